using System.Text;
using MedDocs.Pdf.Objects;
using MedDocs.Pdf.Parsing;

namespace MedDocs.Pdf.Fonts;

/// <summary>
/// A parsed CMap: codespace ranges (how many bytes make a code), code → Unicode (ToUnicode: bfchar/bfrange,
/// multi-character targets) and code → CID (encoding CMaps: cidchar/cidrange). Large ranges stay ranges.
/// </summary>
internal sealed class CMap
{
    private const int MaxEntries = 1 << 20;
    private const int ExpandLimit = 256;

    private readonly List<(byte[] Low, byte[] High)> codespaces = [];
    private readonly Dictionary<int, string> unicode = [];
    private readonly List<(int Low, int High, string Start)> unicodeRanges = [];
    private readonly Dictionary<int, int> cids = [];
    private readonly List<(int Low, int High, int Start)> cidRanges = [];

    public string? UseCMap { get; private set; }

    public bool HasCodespaces => codespaces.Count > 0;

    public bool HasUnicode => unicode.Count > 0 || unicodeRanges.Count > 0;

    public static CMap Parse(byte[] data)
    {
        var cmap = new CMap();
        var lexer = new PdfLexer(data);
        var operands = new List<PdfObject>();
        var total = 0;
        while (lexer.ReadObject(false) is { } token && total < MaxEntries)
        {
            if (token is not PdfOperator op)
            {
                operands.Add(token);
                if (operands.Count > 4096)
                {
                    operands.Clear();
                }

                continue;
            }

            switch (op.Name)
            {
                case "usecmap":
                    if (operands.Count > 0 && operands[^1] is PdfName parent)
                    {
                        cmap.UseCMap = parent.Value;
                    }

                    break;
                case "begincodespacerange":
                    while (lexer.ReadObject(false) is PdfString low && lexer.ReadObject(false) is PdfString high)
                    {
                        if (low.Bytes.Length is > 0 and <= 4 && low.Bytes.Length == high.Bytes.Length)
                        {
                            cmap.codespaces.Add((low.Bytes, high.Bytes));
                        }
                    }

                    break;
                case "beginbfchar":
                    while (lexer.ReadObject(false) is PdfString src && lexer.ReadObject(false) is { } dst and not PdfOperator)
                    {
                        var text = Target(dst);
                        if (text != null)
                        {
                            cmap.unicode[ToCode(src.Bytes)] = text;
                            total++;
                        }
                    }

                    break;
                case "beginbfrange":
                    while (lexer.ReadObject(false) is PdfString low && lexer.ReadObject(false) is PdfString high && lexer.ReadObject(false) is { } dst and not PdfOperator)
                    {
                        total += cmap.AddBfRange(ToCode(low.Bytes), ToCode(high.Bytes), dst);
                    }

                    break;
                case "begincidchar":
                    while (lexer.ReadObject(false) is PdfString src && lexer.ReadObject(false) is PdfNumber cid)
                    {
                        cmap.cids[ToCode(src.Bytes)] = cid.IntValue;
                        total++;
                    }

                    break;
                case "begincidrange":
                    while (lexer.ReadObject(false) is PdfString low && lexer.ReadObject(false) is PdfString high && lexer.ReadObject(false) is PdfNumber cid)
                    {
                        cmap.cidRanges.Add((ToCode(low.Bytes), ToCode(high.Bytes), cid.IntValue));
                        total++;
                    }

                    break;
                default:
                    break;
            }

            operands.Clear();
        }

        return cmap;
    }

    private int AddBfRange(int low, int high, PdfObject dst)
    {
        if (high < low || high - low > 0xFFFF)
        {
            return 0;
        }

        if (dst is PdfArray array)
        {
            for (var i = 0; i < array.Count && low + i <= high; i++)
            {
                var text = Target(array[i]);
                if (text != null)
                {
                    unicode[low + i] = text;
                }
            }

            return array.Count;
        }

        var start = Target(dst);
        if (start == null || start.Length == 0)
        {
            return 0;
        }

        if (high - low < ExpandLimit)
        {
            for (var code = low; code <= high; code++)
            {
                unicode[code] = Offset(start, code - low);
            }

            return high - low + 1;
        }

        unicodeRanges.Add((low, high, start));
        return 1;
    }

    /// <summary>bfrange destinations increment in their last UTF-16 unit (surrogate pairs as whole code points).</summary>
    private static string Offset(string start, int delta)
    {
        if (delta == 0)
        {
            return start;
        }

        if (start.Length >= 2 && char.IsSurrogatePair(start[^2], start[^1]))
        {
            var cp = char.ConvertToUtf32(start[^2], start[^1]) + delta;
            return start[..^2] + (cp <= 0x10FFFF ? char.ConvertFromUtf32(cp) : string.Empty);
        }

        return start[..^1] + (char)(start[^1] + delta);
    }

    private static string? Target(PdfObject dst) => dst switch
    {
        PdfString s when s.Bytes.Length >= 2 => Encoding.BigEndianUnicode.GetString(s.Bytes, 0, s.Bytes.Length & ~1),
        PdfString s when s.Bytes.Length == 1 => ((char)s.Bytes[0]).ToString(),
        PdfName n => GlyphNames.ToUnicode(n.Value),
        _ => null,
    };

    private static int ToCode(byte[] bytes)
    {
        var code = 0;
        for (var i = 0; i < bytes.Length && i < 4; i++)
        {
            code = (code << 8) | bytes[i];
        }

        return code;
    }

    public string? Lookup(int code)
    {
        if (unicode.TryGetValue(code, out var text))
        {
            return text;
        }

        foreach (var (low, high, start) in unicodeRanges)
        {
            if (code >= low && code <= high)
            {
                return Offset(start, code - low);
            }
        }

        return null;
    }

    public int? LookupCid(int code)
    {
        if (cids.TryGetValue(code, out var cid))
        {
            return cid;
        }

        foreach (var (low, high, start) in cidRanges)
        {
            if (code >= low && code <= high)
            {
                return start + (code - low);
            }
        }

        return null;
    }

    /// <summary>Reads one code at <paramref name="at"/> using the codespace ranges; returns its byte length.</summary>
    public int ReadCode(ReadOnlySpan<byte> bytes, int at, out int code)
    {
        for (var length = 1; length <= 4 && at + length <= bytes.Length; length++)
        {
            foreach (var (low, high) in codespaces)
            {
                if (low.Length != length)
                {
                    continue;
                }

                var match = true;
                for (var i = 0; i < length && match; i++)
                {
                    match = bytes[at + i] >= low[i] && bytes[at + i] <= high[i];
                }

                if (match)
                {
                    code = ToCode(bytes.Slice(at, length).ToArray());
                    return length;
                }
            }
        }

        // No range matches: take the shortest codespace length (or one byte) and move on.
        var fallback = codespaces.Count == 0 ? 1 : codespaces.Min(c => c.Low.Length);
        fallback = Math.Min(fallback, bytes.Length - at);
        code = ToCode(bytes.Slice(at, fallback).ToArray());
        return fallback;
    }
}
