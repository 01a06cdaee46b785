using MedDocs.Pdf.Filters;
using MedDocs.Pdf.Limits;
using MedDocs.Pdf.Objects;
using MedDocs.Pdf.Security;

namespace MedDocs.Pdf.Parsing;

/// <summary>
/// Random access to a PDF's objects: reads the xref chain (repairing it by scanning when it is wrong),
/// loads objects on demand, unpacks object streams and decrypts strings and streams.
/// </summary>
internal sealed class PdfObjectStore
{
    private const int MaxReferenceChain = 32;

    private readonly byte[] data;
    private readonly Dictionary<int, PdfObject> cache = [];
    private readonly HashSet<int> loading = [];
    private Dictionary<int, XrefEntry> entries = [];
    private StandardSecurityHandler? security;
    private int encryptObjectNumber = -1;

    /// <summary>No "endstream" exists at or after this offset: later searches would scan to the end again (quadratic on hostile files).</summary>
    private int noEndstreamFrom = int.MaxValue;

    public PdfObjectStore(byte[] data, string? password, DecodeAccount? account = null)
    {
        this.data = data;
        Account = account ?? DecodeAccount.StreamCapOnly(PdfOpenOptions.DefaultMaxStreamBytes);
        Version = ReadHeaderVersion();
        var reader = new XrefReader(data, ReadObjectAt);
        if (reader.TryRead() && Validate(reader.Entries))
        {
            entries = reader.Entries;
            Trailer = reader.Trailer;
            SetUpSecurity(password);
        }
        else
        {
            Trailer = Repair(reader, password);
        }

        if (Resolve(Trailer["Root"]) is not PdfDictionary && !Repaired)
        {
            Trailer = Repair(reader, password);
        }

        if (Resolve(Trailer["Root"]) is not PdfDictionary)
        {
            throw new PdfException("The PDF has no readable document catalog (corrupt beyond repair); re-save or re-export it from the producing application.");
        }
    }

    /// <summary>What streams may still decode to (stream cap, document and shared budgets) and the cuts made so far.</summary>
    public DecodeAccount Account { get; }

    /// <summary>
    /// The standard security handler from the trailer's /Encrypt and /ID. It must be known before any object stream
    /// is unpacked: object streams are encrypted, so reading them earlier yields nothing.
    /// </summary>
    private void SetUpSecurity(string? password)
    {
        security = null;
        IsEncrypted = false;
        encryptObjectNumber = -1;
        if (Trailer["Encrypt"] is not { } encryptObject || encryptObject is PdfNull)
        {
            return;
        }

        if (encryptObject is PdfReference encryptRef)
        {
            encryptObjectNumber = encryptRef.Number;
        }

        cache.Clear();
        if (Resolve(encryptObject) is not PdfDictionary encrypt)
        {
            return;
        }

        var id = Resolve(Trailer["ID"]) is PdfArray ids && ids.Count > 0 && Resolve(ids[0]) is PdfString first ? first.Bytes : [];
        try
        {
            security = StandardSecurityHandler.Create(encrypt, id, password, Resolve);
        }
        catch (PdfPasswordException) when (Repaired && id.Length == 0 && Resolve(encrypt["R"]) is PdfNumber { IntValue: < 5 })
        {
            // RC4 and AES-128 keys are derived from the file identifier, which lived in the lost trailer.
            throw new PdfException("The PDF is encrypted, and the file identifier needed to decrypt it was lost with its damaged trailer; restore the original file or re-save it from the producing application.");
        }

        IsEncrypted = true;
        cache.Clear(); // anything loaded before the key was known holds encrypted strings
    }

    public PdfDictionary Trailer { get; private set; }

    public bool Repaired { get; private set; }

    public bool IsEncrypted { get; private set; }

    public string Version { get; }

    public PdfDictionary Catalog => (PdfDictionary)Resolve(Trailer["Root"])!;

    public IEnumerable<int> ObjectNumbers => entries.Where(e => e.Value.Kind != XrefEntryKind.Free).Select(e => e.Key).OrderBy(n => n);

    private string ReadHeaderVersion()
    {
        var head = data.AsSpan(0, Math.Min(data.Length, 1024));
        var at = head.IndexOf("%PDF-"u8);
        if (at < 0)
        {
            throw new PdfException("The file is not a PDF (no %PDF- header in its first kilobyte); check the file type.");
        }

        var end = at + 5;
        while (end < head.Length && (head[end] == '.' || (head[end] >= '0' && head[end] <= '9')))
        {
            end++;
        }

        var version = System.Text.Encoding.ASCII.GetString(head[(at + 5)..end]);
        return version.Length == 0 ? "1.4" : version;
    }

    /// <summary>Every in-file entry must point at its own "N G obj" header, or the table is not to be trusted.</summary>
    private bool Validate(Dictionary<int, XrefEntry> table)
    {
        foreach (var (number, entry) in table)
        {
            if (entry.Kind == XrefEntryKind.InFile && number > 0 && !HeaderMatches(entry.Offset, number))
            {
                return false;
            }
        }

        return true;
    }

    private bool HeaderMatches(long offset, int number)
    {
        if (offset < 0 || offset >= data.Length)
        {
            return false;
        }

        var lexer = new PdfLexer(data, (int)offset, (int)Math.Min(data.Length, offset + 64));
        return lexer.ReadObject(false) is PdfNumber n && n.LongValue == number
            && lexer.ReadObject(false) is PdfNumber
            && lexer.ReadObject(false) is PdfOperator { Name: "obj" };
    }

    /// <summary>
    /// Rebuilds entries by scanning for object headers and the trailer from every trailer dictionary and xref-stream
    /// dictionary in the file (later ones win per key, so /Encrypt and /ID survive even when only an older section
    /// has them). Security is set up before object streams are unpacked, because they are encrypted too.
    /// </summary>
    private PdfDictionary Repair(XrefReader reader, string? password)
    {
        Repaired = true;
        var scanned = XrefRepairer.ScanObjects(data);
        foreach (var (number, entry) in reader.Entries)
        {
            if (entry.Kind == XrefEntryKind.Compressed && !scanned.ContainsKey(number))
            {
                scanned[number] = entry;
            }
        }

        entries = scanned;
        cache.Clear();
        var trailer = XrefRepairer.ScanTrailers(data, XrefStreamDictionaries());
        if (trailer["Encrypt"] == null && FindEncryptionDictionary() is { } encryptNumber)
        {
            trailer.Entries["Encrypt"] = new PdfReference(encryptNumber, 0);
        }

        Trailer = trailer;
        SetUpSecurity(password);
        IndexObjectStreams();

        if (Resolve(trailer["Root"]) is not PdfDictionary)
        {
            foreach (var number in ObjectNumbers.Reverse())
            {
                if (GetObject(number) is PdfDictionary dict && dict.GetName("Type") == "Catalog" && dict["Pages"] != null)
                {
                    trailer.Entries["Root"] = new PdfReference(number, 0);
                    break;
                }
            }
        }

        return trailer;
    }

    /// <summary>Dictionaries of the xref streams found by the scan, in file order (they are never encrypted).</summary>
    private List<(long Offset, PdfDictionary Dictionary)> XrefStreamDictionaries()
    {
        var found = new List<(long, PdfDictionary)>();
        foreach (var entry in entries.Values)
        {
            if (entry.Kind == XrefEntryKind.InFile && data.AsSpan((int)entry.Offset, (int)Math.Min(data.Length - entry.Offset, 4096)).IndexOf("/XRef"u8) >= 0
                && ReadObjectAt(entry.Offset) is PdfStream stream && stream.Dictionary.GetName("Type") == "XRef")
            {
                found.Add((entry.Offset, stream.Dictionary));
            }
        }

        return found;
    }

    /// <summary>An object that is a standard encryption dictionary, for files whose every trailer is lost.</summary>
    private int? FindEncryptionDictionary()
    {
        if (data.AsSpan().IndexOf("/Standard"u8) < 0)
        {
            return null;
        }

        foreach (var (number, entry) in entries)
        {
            if (entry.Kind == XrefEntryKind.InFile && ReadObjectAt(entry.Offset) is PdfDictionary dict
                && dict.GetName("Filter") == "Standard" && dict["O"] is PdfString && dict["U"] is PdfString)
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>After a scan, objects living only inside object streams still need entries.</summary>
    private void IndexObjectStreams()
    {
        foreach (var number in entries.Keys.ToList())
        {
            if (entries[number].Kind != XrefEntryKind.InFile || ReadObjectAt(entries[number].Offset) is not PdfStream stream || stream.Dictionary.GetName("Type") != "ObjStm")
            {
                continue;
            }

            try
            {
                stream.ObjectNumber = number;
                var (_, offsets) = ReadObjectStreamHeader(stream);
                for (var i = 0; i < offsets.Count; i++)
                {
                    entries.TryAdd(offsets[i].Number, new XrefEntry(XrefEntryKind.Compressed, 0, 0, number, i));
                }
            }
            catch (PdfException)
            {
                // An unreadable object stream just contributes nothing.
            }
        }
    }

    public PdfObject? Resolve(PdfObject? obj)
    {
        for (var i = 0; obj is PdfReference reference && i < MaxReferenceChain; i++)
        {
            obj = GetObject(reference.Number);
        }

        return obj is PdfReference ? PdfNull.Instance : obj;
    }

    /// <summary>True when <paramref name="obj"/> is a reference to an object the file does not contain (lost or never written).</summary>
    public bool IsDangling(PdfObject? obj) => obj is PdfReference reference && Resolve(reference) is PdfNull;

    public PdfDictionary? ResolveDictionary(PdfObject? obj)
    {
        var resolved = Resolve(obj);
        return resolved as PdfDictionary ?? (resolved as PdfStream)?.Dictionary;
    }

    public PdfObject GetObject(int number)
    {
        if (cache.TryGetValue(number, out var cached))
        {
            return cached;
        }

        if (!entries.TryGetValue(number, out var entry) || entry.Kind == XrefEntryKind.Free || !loading.Add(number))
        {
            return PdfNull.Instance; // missing, free, or a reference cycle (e.g. /Length pointing at its own stream)
        }

        try
        {
            PdfObject result;
            if (entry.Kind == XrefEntryKind.InFile)
            {
                result = ReadObjectAt(entry.Offset, number) ?? PdfNull.Instance;
                if (security != null && number != encryptObjectNumber)
                {
                    DecryptStrings(result, number, entry.Generation, 0);
                }

                if (result is PdfStream stream)
                {
                    stream.ObjectNumber = number;
                    stream.Generation = entry.Generation;
                }
            }
            else
            {
                result = LoadFromObjectStream(entry.StreamNumber, entry.Index, number);
            }

            cache[number] = result;
            return result;
        }
        finally
        {
            loading.Remove(number);
        }
    }

    private void DecryptStrings(PdfObject obj, int number, int generation, int depth)
    {
        if (depth > PdfLexer.MaxNesting)
        {
            return;
        }

        switch (obj)
        {
            case PdfString s:
                s.Bytes = security!.DecryptString(s.Bytes, number, generation);
                break;
            case PdfArray a:
                foreach (var item in a.Items)
                {
                    DecryptStrings(item, number, generation, depth + 1);
                }

                break;
            case PdfDictionary d:
                foreach (var value in d.Entries.Values)
                {
                    DecryptStrings(value, number, generation, depth + 1);
                }

                break;
            case PdfStream st:
                DecryptStrings(st.Dictionary, number, generation, depth + 1);
                break;
        }
    }

    private PdfObject? ReadObjectAt(long offset) => ReadObjectAt(offset, -1);

    /// <summary>Parses "N G obj … endobj" at an offset; null when the header is not there.</summary>
    private PdfObject? ReadObjectAt(long offset, int expectedNumber)
    {
        if (offset < 0 || offset >= data.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(data, (int)offset);
        if (lexer.ReadObject(false) is not PdfNumber number || lexer.ReadObject(false) is not PdfNumber || lexer.ReadObject(false) is not PdfOperator { Name: "obj" })
        {
            return null;
        }

        if (expectedNumber >= 0 && number.LongValue != expectedNumber)
        {
            return null;
        }

        var obj = lexer.ReadObject() ?? PdfNull.Instance;
        if (obj is PdfOperator)
        {
            return PdfNull.Instance;
        }

        if (obj is PdfDictionary dict)
        {
            var save = lexer.Position;
            lexer.SkipWhitespaceAndComments();
            if (lexer.MatchesKeyword(lexer.Position, "stream"))
            {
                return ReadStreamBody(dict, lexer.Position + 6);
            }

            lexer.Position = save;
        }

        return obj;
    }

    private PdfStream ReadStreamBody(PdfDictionary dict, int afterKeyword)
    {
        var start = afterKeyword;
        if (start < data.Length && data[start] == '\r')
        {
            start++;
        }

        if (start < data.Length && data[start] == '\n')
        {
            start++;
        }

        var declared = Resolve(dict["Length"]) is PdfNumber n ? n.LongValue : -1;
        if (declared >= 0 && start + declared <= data.Length && EndstreamFollows(start + (int)declared))
        {
            return new PdfStream(dict, data, start, (int)declared);
        }

        // /Length is missing or wrong: the data ends at the next "endstream".
        var found = start >= noEndstreamFrom ? -1 : data.AsSpan(start).IndexOf("endstream"u8);
        if (found < 0)
        {
            noEndstreamFrom = Math.Min(noEndstreamFrom, start);
        }

        var end = found < 0 ? data.Length : start + found;
        if (found >= 0)
        {
            if (end > start && data[end - 1] == '\n')
            {
                end--;
            }

            if (end > start && data[end - 1] == '\r')
            {
                end--;
            }
        }

        return new PdfStream(dict, data, start, end - start) { Unterminated = found < 0 };
    }

    private bool EndstreamFollows(int at)
    {
        var lexer = new PdfLexer(data, at, Math.Min(data.Length, at + 64));
        lexer.SkipWhitespaceAndComments();
        return lexer.MatchesKeyword(lexer.Position, "endstream") || lexer.MatchesKeyword(lexer.Position, "endobj");
    }

    private PdfObject LoadFromObjectStream(int streamNumber, int index, int number)
    {
        if (GetObject(streamNumber) is not PdfStream stream)
        {
            return PdfNull.Instance;
        }

        var (decoded, offsets) = ReadObjectStreamHeader(stream);
        PdfObject? result = null;

        // Parse every object of the stream once: pages usually need many of them.
        for (var i = 0; i < offsets.Count; i++)
        {
            var (objectNumber, objectOffset) = offsets[i];
            var isTarget = objectNumber == number && (i == index || result == null);
            if (!isTarget && (cache.ContainsKey(objectNumber) || !entries.TryGetValue(objectNumber, out var e) || e.Kind != XrefEntryKind.Compressed || e.StreamNumber != streamNumber))
            {
                continue;
            }

            var lexer = new PdfLexer(decoded, objectOffset);
            var obj = lexer.ReadObject() ?? PdfNull.Instance;
            if (obj is PdfOperator)
            {
                obj = PdfNull.Instance;
            }

            if (isTarget)
            {
                result = obj;
            }
            else
            {
                cache[objectNumber] = obj;
            }
        }

        return result ?? PdfNull.Instance;
    }

    private (byte[] Decoded, List<(int Number, int Offset)> Offsets) ReadObjectStreamHeader(PdfStream stream)
    {
        var decoded = Decode(stream).Data;
        var count = Resolve(stream.Dictionary["N"]) is PdfNumber nn ? Math.Clamp(nn.IntValue, 0, 1_000_000) : 0;
        var first = Resolve(stream.Dictionary["First"]) is PdfNumber f ? Math.Max(0, f.IntValue) : 0;
        var lexer = new PdfLexer(decoded, 0, Math.Min(first, decoded.Length));
        var offsets = new List<(int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            if (lexer.ReadObject(false) is not PdfNumber num || lexer.ReadObject(false) is not PdfNumber off)
            {
                break;
            }

            offsets.Add((num.IntValue, (int)Math.Min(decoded.Length, (long)first + off.IntValue)));
        }

        return (decoded, offsets);
    }

    /// <summary>Decrypts (when needed) and runs the filter chain of a stream.</summary>
    public DecodedStream Decode(PdfStream stream)
    {
        byte[] raw;
        if (security != null && stream.ObjectNumber >= 0 && stream.Dictionary.GetName("Type") != "XRef" && !HasIdentityCryptFilter(stream))
        {
            raw = security.DecryptStream(stream.RawSpan, stream.ObjectNumber, stream.Generation);
        }
        else
        {
            raw = stream.RawSpan.ToArray();
        }

        return StreamFilters.Decode(raw, stream.Dictionary["Filter"], stream.Dictionary["DecodeParms"] ?? stream.Dictionary["DP"], Resolve, Account);
    }

    private bool HasIdentityCryptFilter(PdfStream stream) =>
        Resolve(stream.Dictionary["Filter"]) is PdfArray filters && filters.Count > 0 && Resolve(filters[0]) is PdfName { Value: "Crypt" };
}
