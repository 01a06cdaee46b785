using System.Text;
using MedDocs.Pdf.Objects;
using MedDocs.Pdf.Parsing;

namespace MedDocs.Pdf.Fonts;

/// <summary>Composite (Type0) fonts: a CMap turns bytes into codes and CIDs; /W gives widths per CID.</summary>
internal sealed class Type0Font : PdfFont
{
    private readonly CMap? encoding;
    private readonly CMap? toUnicode;
    private readonly bool unicodeCodes;
    private readonly Encoding? codePage;
    private readonly Dictionary<int, double> cidWidths = [];
    private readonly List<(int First, int Last, double Width)> cidWidthRanges = [];
    private readonly double defaultWidth = 1.0;
    private readonly Dictionary<int, double> cidVerticalAdvances = [];
    private readonly List<(int First, int Last, double Advance)> cidVerticalRanges = [];
    private readonly double defaultVerticalAdvance = -1.0;
    private readonly Dictionary<int, string>? glyphText;
    private readonly int[]? cidToGid;

    public Type0Font(PdfDictionary dict, PdfObjectStore store)
    {
        toUnicode = FontFactory.ReadToUnicode(dict, store);
        var encodingObject = store.Resolve(dict["Encoding"]);
        var encodingName = (encodingObject as PdfName)?.Value;
        if (encodingObject is PdfStream cmapStream)
        {
            encoding = CMap.Parse(store.Decode(cmapStream).Data);
            encodingName = encoding.UseCMap;
            if (!encoding.HasCodespaces)
            {
                encoding = null;
            }
        }

        IsVertical = encodingName?.EndsWith("-V", StringComparison.Ordinal) == true
            || (store.Resolve(dict["Encoding"]) is PdfStream s && store.Resolve(s.Dictionary["WMode"]) is PdfNumber { IntValue: 1 });
        if (encodingName != null && encodingName.StartsWith("Uni", StringComparison.Ordinal) && (encodingName.Contains("UCS2", StringComparison.Ordinal) || encodingName.Contains("UTF16", StringComparison.Ordinal)))
        {
            unicodeCodes = true; // the code *is* UTF-16BE
        }

        codePage = encodingName == null || encoding != null ? null : LegacyCodePage(encodingName);

        var descendants = store.Resolve(dict["DescendantFonts"]) as PdfArray;
        var cidFont = descendants != null && descendants.Count > 0 ? store.ResolveDictionary(descendants[0]) : null;
        if (cidFont != null)
        {
            if (store.Resolve(cidFont["DW"]) is PdfNumber dw)
            {
                defaultWidth = dw.Value / 1000;
            }

            ReadWidths(store.Resolve(cidFont["W"]) as PdfArray, store);
            ReliableWidths = true;
            if (IsVertical)
            {
                // /DW2 [vy w1] and /W2 give the vertical advance (w1, negative: downwards) per CID.
                if (store.Resolve(cidFont["DW2"]) is PdfArray dw2 && dw2.Count >= 2 && store.Resolve(dw2[1]) is PdfNumber w1 && w1.Value < 0)
                {
                    defaultVerticalAdvance = w1.Value / 1000;
                }

                ReadVerticalMetrics(store.Resolve(cidFont["W2"]) as PdfArray, store);
            }

            // Without ToUnicode, an embedded TrueType's Unicode cmap still tells us what each glyph is.
            if (toUnicode == null && !unicodeCodes && codePage == null)
            {
                var descriptor = store.ResolveDictionary(cidFont["FontDescriptor"]);
                if (descriptor != null && store.Resolve(descriptor["FontFile2"]) is PdfStream fontFile)
                {
                    try
                    {
                        glyphText = TrueTypeCmap.TryParse(store.Decode(fontFile).Data)?.GlyphToUnicode();
                        if (store.Resolve(cidFont["CIDToGIDMap"]) is PdfStream map)
                        {
                            var bytes = store.Decode(map).Data;
                            cidToGid = new int[bytes.Length / 2];
                            for (var i = 0; i < cidToGid.Length; i++)
                            {
                                cidToGid[i] = (bytes[2 * i] << 8) | bytes[(2 * i) + 1];
                            }
                        }
                    }
                    catch (PdfException)
                    {
                        glyphText = null;
                    }
                }
            }
        }
    }

    private static Encoding? LegacyCodePage(string name)
    {
        var codePage = name switch
        {
            _ when name.Contains("RKSJ", StringComparison.Ordinal) => 932,
            _ when name.StartsWith("GB", StringComparison.Ordinal) => 936,
            _ when name.Contains("B5", StringComparison.Ordinal) || name.StartsWith("ETen", StringComparison.Ordinal) || name.StartsWith("HKscs", StringComparison.Ordinal) => 950,
            _ when name.StartsWith("KSC", StringComparison.Ordinal) => 949,
            _ when name.StartsWith("EUC", StringComparison.Ordinal) => 20932,
            _ => 0,
        };
        if (codePage == 0)
        {
            return null;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private void ReadWidths(PdfArray? w, PdfObjectStore store)
    {
        if (w == null)
        {
            return;
        }

        var i = 0;
        while (i < w.Count)
        {
            if (store.Resolve(w[i]) is not PdfNumber first)
            {
                i++;
                continue;
            }

            var next = i + 1 < w.Count ? store.Resolve(w[i + 1]) : null;
            if (next is PdfArray list)
            {
                for (var k = 0; k < list.Count && k < 65536; k++)
                {
                    if (store.Resolve(list[k]) is PdfNumber width)
                    {
                        cidWidths[first.IntValue + k] = width.Value / 1000;
                    }
                }

                i += 2;
            }
            else if (next is PdfNumber last && i + 2 < w.Count && store.Resolve(w[i + 2]) is PdfNumber width)
            {
                cidWidthRanges.Add((first.IntValue, last.IntValue, width.Value / 1000));
                i += 3;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>/W2 entries: <c>c [w1 vx vy w1 vx vy …]</c> or <c>cFirst cLast w1 vx vy</c>; only w1 matters for reading order.</summary>
    private void ReadVerticalMetrics(PdfArray? w2, PdfObjectStore store)
    {
        if (w2 == null)
        {
            return;
        }

        var i = 0;
        while (i < w2.Count)
        {
            if (store.Resolve(w2[i]) is not PdfNumber first)
            {
                i++;
                continue;
            }

            var next = i + 1 < w2.Count ? store.Resolve(w2[i + 1]) : null;
            if (next is PdfArray list)
            {
                for (var k = 0; k + 2 < list.Count && k < 3 * 65536; k += 3)
                {
                    if (store.Resolve(list[k]) is PdfNumber advance && advance.Value < 0)
                    {
                        cidVerticalAdvances[first.IntValue + (k / 3)] = advance.Value / 1000;
                    }
                }

                i += 2;
            }
            else if (next is PdfNumber last && i + 2 < w2.Count && store.Resolve(w2[i + 2]) is PdfNumber advance)
            {
                if (advance.Value < 0)
                {
                    cidVerticalRanges.Add((first.IntValue, last.IntValue, advance.Value / 1000));
                }

                i += 5;
            }
            else
            {
                i++;
            }
        }
    }

    public override double GetVerticalAdvance(int code)
    {
        var cid = ToCid(code);
        if (cidVerticalAdvances.TryGetValue(cid, out var advance))
        {
            return advance;
        }

        foreach (var (first, last, a) in cidVerticalRanges)
        {
            if (cid >= first && cid <= last)
            {
                return a;
            }
        }

        return defaultVerticalAdvance;
    }

    public override int ReadCode(ReadOnlySpan<byte> bytes, int at, out int code)
    {
        if (encoding != null)
        {
            return Math.Max(1, encoding.ReadCode(bytes, at, out code));
        }

        if (codePage != null)
        {
            var lead = bytes[at];
            if (lead >= 0x81 && lead != 0xA0 && !(codePage.CodePage == 932 && lead is >= 0xA1 and <= 0xDF) && at + 1 < bytes.Length)
            {
                code = (lead << 8) | bytes[at + 1];
                return 2;
            }

            code = lead;
            return 1;
        }

        if (at + 1 < bytes.Length)
        {
            code = (bytes[at] << 8) | bytes[at + 1];
            return 2;
        }

        code = bytes[at];
        return 1;
    }

    private int ToCid(int code) => encoding?.LookupCid(code) ?? code;

    public override string? GetText(int code)
    {
        var text = toUnicode?.Lookup(code);
        if (text != null)
        {
            return text;
        }

        if (unicodeCodes)
        {
            return code is >= 0xD800 and <= 0xDFFF ? null : ((char)code).ToString();
        }

        if (codePage != null)
        {
            return codePage.GetString(code > 0xFF ? [(byte)(code >> 8), (byte)code] : [(byte)code]);
        }

        if (glyphText != null)
        {
            var cid = ToCid(code);
            var gid = cidToGid == null ? cid : cid >= 0 && cid < cidToGid.Length ? cidToGid[cid] : 0;
            return glyphText.TryGetValue(gid, out var g) ? g : null;
        }

        return null;
    }

    public override double GetWidth(int code)
    {
        var cid = ToCid(code);
        if (cidWidths.TryGetValue(cid, out var width))
        {
            return width;
        }

        foreach (var (first, last, w) in cidWidthRanges)
        {
            if (cid >= first && cid <= last)
            {
                return w;
            }
        }

        return defaultWidth;
    }
}
