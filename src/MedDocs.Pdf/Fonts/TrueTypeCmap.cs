using System.Buffers.Binary;

namespace MedDocs.Pdf.Fonts;

/// <summary>
/// Reads the 'cmap' table of an embedded TrueType/OpenType font: the fallback for fonts without ToUnicode
/// (Unicode (3,1)/(3,10) inverted to glyph → Unicode, Mac Roman (1,0) and symbol (3,0) for code → glyph).
/// </summary>
internal sealed class TrueTypeCmap
{
    private TrueTypeCmap() { }

    /// <summary>Unicode code point → glyph id, from (3,1)/(3,10)/(0,x).</summary>
    public Dictionary<int, int> Unicode { get; } = [];

    /// <summary>Single-byte code → glyph id, from (3,0) (codes F0xx folded to xx) or (1,0).</summary>
    public Dictionary<int, int> ByteCodes { get; } = [];

    public static TrueTypeCmap? TryParse(byte[] font)
    {
        try
        {
            return Parse(font);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // truncated or foreign font program
        }
        catch (IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static TrueTypeCmap? Parse(byte[] font)
    {
        var span = font.AsSpan();
        if (span.Length < 12)
        {
            return null;
        }

        var tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var cmapOffset = -1;
        for (var i = 0; i < tables && 12 + (16 * i) + 16 <= span.Length; i++)
        {
            var record = span.Slice(12 + (16 * i), 16);
            if (record[..4].SequenceEqual("cmap"u8))
            {
                cmapOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            }
        }

        if (cmapOffset < 0 || cmapOffset + 4 > span.Length)
        {
            return null;
        }

        var result = new TrueTypeCmap();
        var cmap = span[cmapOffset..];
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var i = 0; i < count && 4 + (8 * i) + 8 <= cmap.Length; i++)
        {
            var platform = BinaryPrimitives.ReadUInt16BigEndian(cmap[(4 + (8 * i))..]);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(cmap[(6 + (8 * i))..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(8 + (8 * i))..]);
            if (offset >= cmap.Length)
            {
                continue;
            }

            var target = (platform, encoding) switch
            {
                (3, 1) or (3, 10) or (0, _) => result.Unicode,
                (3, 0) or (1, 0) => result.ByteCodes,
                _ => null,
            };
            if (target != null)
            {
                ReadSubtable(cmap[offset..], target, fold: platform == 3 && encoding == 0);
            }
        }

        return result;
    }

    private static void ReadSubtable(ReadOnlySpan<byte> table, Dictionary<int, int> target, bool fold)
    {
        var format = BinaryPrimitives.ReadUInt16BigEndian(table);
        switch (format)
        {
            case 0:
                for (var c = 0; c < 256 && 6 + c < table.Length; c++)
                {
                    Add(target, c, table[6 + c], fold);
                }

                break;
            case 4:
                var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
                var ends = 14;
                var starts = ends + (2 * segments) + 2;
                var deltas = starts + (2 * segments);
                var rangeOffsets = deltas + (2 * segments);
                for (var s = 0; s < segments; s++)
                {
                    int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (2 * s))..]);
                    int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (2 * s))..]);
                    int delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (2 * s))..]);
                    int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + (2 * s))..]);
                    for (var c = start; c <= end && c != 0xFFFF; c++)
                    {
                        int glyph;
                        if (rangeOffset == 0)
                        {
                            glyph = (c + delta) & 0xFFFF;
                        }
                        else
                        {
                            var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                            if (at + 2 > table.Length)
                            {
                                break;
                            }

                            glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                            if (glyph != 0)
                            {
                                glyph = (glyph + delta) & 0xFFFF;
                            }
                        }

                        Add(target, c, glyph, fold);
                    }
                }

                break;
            case 6:
                int first = BinaryPrimitives.ReadUInt16BigEndian(table[6..]);
                int entries = BinaryPrimitives.ReadUInt16BigEndian(table[8..]);
                for (var i = 0; i < entries && 10 + (2 * i) + 2 <= table.Length; i++)
                {
                    Add(target, first + i, BinaryPrimitives.ReadUInt16BigEndian(table[(10 + (2 * i))..]), fold);
                }

                break;
            case 12:
                var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
                for (var g = 0; g < groups && 16 + (12 * g) + 12 <= table.Length; g++)
                {
                    var record = table[(16 + (12 * g))..];
                    var startCode = (int)BinaryPrimitives.ReadUInt32BigEndian(record);
                    var endCode = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(record[4..]), 0x10FFFF);
                    var startGlyph = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
                    for (var c = startCode; c <= endCode && c - startCode < 0x10000; c++)
                    {
                        Add(target, c, startGlyph + (c - startCode), fold);
                    }
                }

                break;
            default:
                break;
        }
    }

    private static void Add(Dictionary<int, int> target, int code, int glyph, bool fold)
    {
        if (glyph == 0)
        {
            return;
        }

        if (fold && code >= 0xF000 && code <= 0xF0FF)
        {
            code -= 0xF000;
        }

        target.TryAdd(code, glyph);
    }

    /// <summary>Glyph id → Unicode text (first code point wins), for CID fonts without ToUnicode.</summary>
    public Dictionary<int, string> GlyphToUnicode()
    {
        var map = new Dictionary<int, string>(Unicode.Count);
        foreach (var (codePoint, glyph) in Unicode.OrderBy(p => p.Key))
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF or > 0x10FFFF || (codePoint >= 0xE000 && codePoint <= 0xF8FF))
            {
                continue;
            }

            map.TryAdd(glyph, char.ConvertFromUtf32(codePoint));
        }

        return map;
    }
}
