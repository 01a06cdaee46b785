using MedDocs.Pdf.Objects;

namespace MedDocs.Pdf.Parsing;

/// <summary>
/// Reads the cross-reference chain from startxref: classic tables, xref streams, hybrid files
/// (/XRefStm) and incremental updates (/Prev). Returns false instead of throwing when anything is off,
/// so the caller can fall back to <see cref="XrefRepairer"/>.
/// </summary>
internal sealed class XrefReader(byte[] data, Func<long, PdfObject?> readObjectAt)
{
    private const int MaxSections = 256;
    private const int MaxXrefStreamBytes = 64 * 1024 * 1024;

    public Dictionary<int, XrefEntry> Entries { get; } = [];

    public PdfDictionary Trailer { get; } = new();

    public bool TryRead()
    {
        var startXref = FindStartXref();
        if (startXref < 0 || startXref >= data.Length)
        {
            return false;
        }

        var pending = new Stack<long>();
        var visited = new HashSet<long>();
        long offset = startXref;
        var sections = 0;
        while (offset >= 0 && sections++ < MaxSections)
        {
            if (!visited.Add(offset) || offset >= data.Length)
            {
                return false;
            }

            PdfDictionary? sectionTrailer;
            var lexer = new PdfLexer(data, (int)offset);
            lexer.SkipWhitespaceAndComments();
            if (lexer.MatchesKeyword(lexer.Position, "xref"))
            {
                lexer.Position += 4;
                sectionTrailer = ReadTable(lexer);
                if (sectionTrailer == null)
                {
                    return false;
                }

                // Hybrid file: the xref stream holds the compressed objects of this update.
                if (sectionTrailer["XRefStm"] is PdfNumber xrefStm && !visited.Contains(xrefStm.LongValue))
                {
                    if (readObjectAt(xrefStm.LongValue) is PdfStream hybrid)
                    {
                        ReadXrefStream(hybrid);
                    }
                }
            }
            else
            {
                if (readObjectAt(offset) is not PdfStream stream || stream.Dictionary.GetName("Type") != "XRef")
                {
                    return false;
                }

                if (!ReadXrefStream(stream))
                {
                    return false;
                }

                sectionTrailer = stream.Dictionary;
            }

            MergeTrailer(sectionTrailer);
            offset = sectionTrailer["Prev"] is PdfNumber prev ? prev.LongValue : -1;
        }

        return Trailer.ContainsKey("Root");
    }

    private void MergeTrailer(PdfDictionary section)
    {
        foreach (var (key, value) in section.Entries)
        {
            if (key is "Prev" or "XRefStm" or "Length" or "Filter" or "DecodeParms" or "W" or "Index" or "Type")
            {
                continue;
            }

            Trailer.Entries.TryAdd(key, value); // newest update first: older values never override
        }
    }

    public long FindStartXref()
    {
        var tailStart = Math.Max(0, data.Length - 4096);
        var tail = data.AsSpan(tailStart);
        var at = tail.LastIndexOf("startxref"u8);
        if (at < 0)
        {
            return -1;
        }

        var lexer = new PdfLexer(data, tailStart + at + 9);
        return lexer.ReadObject(false) is PdfNumber n ? n.LongValue : -1;
    }

    private PdfDictionary? ReadTable(PdfLexer lexer)
    {
        while (true)
        {
            var token = lexer.ReadObject(false);
            if (token is PdfOperator { Name: "trailer" })
            {
                return lexer.ReadObject() as PdfDictionary;
            }

            if (token is not PdfNumber start || lexer.ReadObject(false) is not PdfNumber count)
            {
                return null;
            }

            var first = start.IntValue;
            for (var i = 0; i < count.IntValue; i++)
            {
                if (lexer.ReadObject(false) is not PdfNumber offset || lexer.ReadObject(false) is not PdfNumber generation || lexer.ReadObject(false) is not PdfOperator kind)
                {
                    return null;
                }

                // Common producer bug: a table starting at 1 whose first entry is the free head of the list.
                if (i == 0 && first == 1 && kind.Name == "f" && offset.LongValue == 0 && generation.IntValue == 65535)
                {
                    first = 0;
                }

                var number = first + i;
                var entry = kind.Name == "n" && offset.LongValue > 0
                    ? new XrefEntry(XrefEntryKind.InFile, offset.LongValue, generation.IntValue, 0, 0)
                    : new XrefEntry(XrefEntryKind.Free, 0, 0, 0, 0);
                Entries.TryAdd(number, entry);
            }
        }
    }

    private bool ReadXrefStream(PdfStream stream)
    {
        var dict = stream.Dictionary;
        if (dict["W"] is not PdfArray w || w.Count < 3)
        {
            return false;
        }

        var widths = new int[3];
        for (var i = 0; i < 3; i++)
        {
            widths[i] = w[i] is PdfNumber n ? Math.Clamp(n.IntValue, 0, 8) : 0;
        }

        var size = dict["Size"] is PdfNumber s ? s.IntValue : 0;
        var index = new List<(int Start, int Count)>();
        if (dict["Index"] is PdfArray indexArray)
        {
            for (var i = 0; i + 1 < indexArray.Count; i += 2)
            {
                if (indexArray[i] is PdfNumber a && indexArray[i + 1] is PdfNumber b)
                {
                    index.Add((a.IntValue, b.IntValue));
                }
            }
        }
        else
        {
            index.Add((0, size));
        }

        byte[] decoded;
        try
        {
            // Cross-reference data is small; its own cap keeps a hostile xref stream from costing the document budget.
            decoded = Filters.StreamFilters.Decode(stream.RawSpan.ToArray(), dict["Filter"], dict["DecodeParms"], o => o, Limits.DecodeAccount.StreamCapOnly(MaxXrefStreamBytes)).Data;
        }
        catch (PdfException)
        {
            return false;
        }

        var rowLength = widths[0] + widths[1] + widths[2];
        if (rowLength == 0)
        {
            return false;
        }

        var position = 0;
        foreach (var (start, count) in index)
        {
            for (var i = 0; i < count && position + rowLength <= decoded.Length; i++)
            {
                var type = widths[0] == 0 ? 1 : ReadField(decoded, position, widths[0]);
                var field2 = ReadField(decoded, position + widths[0], widths[1]);
                var field3 = ReadField(decoded, position + widths[0] + widths[1], widths[2]);
                position += rowLength;
                var entry = type switch
                {
                    1 => new XrefEntry(XrefEntryKind.InFile, field2, (int)field3, 0, 0),
                    2 => new XrefEntry(XrefEntryKind.Compressed, 0, 0, (int)field2, (int)field3),
                    _ => new XrefEntry(XrefEntryKind.Free, 0, 0, 0, 0),
                };
                Entries.TryAdd(start + i, entry);
            }
        }

        return true;
    }

    private static long ReadField(byte[] data, int at, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++)
        {
            value = (value << 8) | data[at + i];
        }

        return value;
    }
}
