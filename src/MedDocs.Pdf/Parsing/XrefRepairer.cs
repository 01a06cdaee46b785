using MedDocs.Pdf.Objects;

namespace MedDocs.Pdf.Parsing;

/// <summary>
/// Rebuilds the cross-reference table by scanning the whole file for "N G obj" headers (later ones win,
/// as in incremental updates) and the trailer from "trailer" dictionaries, xref streams or the catalog.
/// </summary>
internal static class XrefRepairer
{
    public static Dictionary<int, XrefEntry> ScanObjects(byte[] data)
    {
        var entries = new Dictionary<int, XrefEntry>();
        var span = data.AsSpan();
        var position = 0;
        while (position < data.Length)
        {
            var found = span[position..].IndexOf("obj"u8);
            if (found < 0)
            {
                break;
            }

            var at = position + found;
            position = at + 3;
            if (at + 3 < data.Length && PdfLexer.IsRegular(data[at + 3]))
            {
                continue;
            }

            // Walk back: whitespace, generation digits, whitespace, object-number digits.
            var i = at - 1;
            if (i < 0 || !PdfLexer.IsWhitespace(data[i]))
            {
                continue;
            }

            while (i >= 0 && PdfLexer.IsWhitespace(data[i]))
            {
                i--;
            }

            var genEnd = i + 1;
            while (i >= 0 && data[i] >= '0' && data[i] <= '9')
            {
                i--;
            }

            var genStart = i + 1;
            if (genStart == genEnd || genEnd - genStart > 5 || i < 0 || !PdfLexer.IsWhitespace(data[i]))
            {
                continue;
            }

            while (i >= 0 && PdfLexer.IsWhitespace(data[i]))
            {
                i--;
            }

            var numEnd = i + 1;
            while (i >= 0 && data[i] >= '0' && data[i] <= '9')
            {
                i--;
            }

            var numStart = i + 1;
            if (numStart == numEnd || numEnd - numStart > 9 || (i >= 0 && PdfLexer.IsRegular(data[i])))
            {
                continue;
            }

            var number = ParseDigits(data, numStart, numEnd);
            var generation = ParseDigits(data, genStart, genEnd);
            entries[number] = new XrefEntry(XrefEntryKind.InFile, numStart, generation, 0, 0);
        }

        return entries;
    }

    private static int ParseDigits(byte[] data, int from, int to)
    {
        var value = 0;
        for (var i = from; i < to; i++)
        {
            value = (value * 10) + (data[i] - '0');
        }

        return value;
    }

    /// <summary>
    /// Every "trailer" dictionary and xref-stream dictionary merged in file order, so the last one wins per key
    /// and a key only an older section has (/Encrypt, /ID) is kept.
    /// </summary>
    public static PdfDictionary ScanTrailers(byte[] data, IEnumerable<(long Offset, PdfDictionary Dictionary)> xrefStreams)
    {
        var sections = new List<(long Offset, PdfDictionary Dictionary)>(xrefStreams);
        var span = data.AsSpan();
        var position = 0;
        while (position < data.Length)
        {
            var found = span[position..].IndexOf("trailer"u8);
            if (found < 0)
            {
                break;
            }

            var lexer = new PdfLexer(data, position + found + 7);
            position += found + 7;
            if (lexer.ReadObject() is PdfDictionary dict)
            {
                sections.Add((position, dict));
            }
        }

        var trailer = new PdfDictionary();
        foreach (var (_, dict) in sections.OrderBy(s => s.Offset))
        {
            foreach (var (key, value) in dict.Entries)
            {
                if (key is "Root" or "Info" or "ID" or "Encrypt" or "Size")
                {
                    trailer.Entries[key] = value;
                }
            }
        }

        return trailer;
    }
}
