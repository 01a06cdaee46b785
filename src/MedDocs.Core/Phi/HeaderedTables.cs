namespace MedDocs.Core.Phi;

/// <summary>
/// Tables whose header row names the columns, as result extracts, call logs and worklists print them: cells split by '|',
/// by tabs, or aligned under the header by gaps of two or more blanks. The header is known by its words, not by its place:
/// a line of three or more cells without digits or colons, two of them column words this reader knows ("PT_LAST", "MRN",
/// "DOB", "ORD_MD", "BY", "INSTR"), one of them a column of identifiers. Each row below it (to a blank line or a line cut
/// otherwise) is read by its column: under a patient's name column the name-shaped cell is a Name ("HOPE" too — the column
/// says it is a name), "LAST, FIRST (id)" a name and the id the header names in parentheses; under a staff column (ordering
/// doctor, tech, "by", initials, operator) a name or initials, an operator number first is a badge number (Other); under
/// MRN, account, accession, SSN, NPI, phone and ZIP columns an identifier-shaped cell is of that type; under a location
/// column a named ward ("Harlow 4", not "MICU 9") or, under an address, city or facility column, the place. Instrument, lot,
/// test-code, unit, flag and range columns hold no PHI: a shape guess inside their cells is taken back.
/// </summary>
internal static class HeaderedTables
{
    private enum Column : byte
    {
        None,

        /// <summary>A known column word of no PHI (time, result, comment): it only helps recognise the header.</summary>
        Plain,

        /// <summary>Instrument, lot, code, unit, flag, range: no PHI; shape guesses inside are taken back.</summary>
        Codes,
        PatientName,
        StaffName,
        Id,
        Phone,
        Zip,
        Ward,
        Place,
        Date,
    }

    /// <param name="BareName">The header is the word "name" alone: whose name, the other columns say.</param>
    private readonly record struct ColumnInfo(Column Kind, PhiType IdType = PhiType.Other, PhiType? ParenthesisId = null, bool BareName = false);

    private enum Split : byte
    {
        Pipe,
        Tab,
        Gap,
    }

    private const int MaxRows = 200;
    private const int MaxCells = 24;

    public static void Collect(FindingSink sink)
    {
        string text = sink.Text;
        // Cheap first: a table needs a cell separator somewhere.
        if (text.IndexOf('|') < 0 && text.IndexOf('\t') < 0 && !text.Contains("  ", StringComparison.Ordinal))
        {
            return;
        }
        List<(int Start, int End)>? codes = null, names = null;
        Span<(int Start, int End)> cells = stackalloc (int, int)[MaxCells];
        Span<ColumnInfo> columns = stackalloc ColumnInfo[MaxCells];
        Span<(int Start, int End)> headerCells = stackalloc (int, int)[MaxCells];
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = LineEnd(text, lineStart);
            if (IsHeaderCandidate(text, lineStart, lineEnd, out var split))
            {
                int n = SplitLine(text, lineStart, lineEnd, split, headerCells);
                if (n >= 3 && ClassifyHeader(text, headerCells[..n], columns))
                {
                    lineEnd = ReadRows(sink, text, lineStart, lineEnd, split, headerCells[..n], columns[..n], cells, ref codes, ref names);
                }
            }
            lineStart = NextLine(text, lineEnd);
        }
        if (codes is not null || names is not null)
        {
            TakeBack(sink, codes, names);
        }
    }

    /// <summary>
    /// Shape guesses of an id inside a code column's cells are no PHI; in a name cell, a name by its column, a month or a place
    /// word ("JUNE", "HOPE") is no date or place. (A method of its own: the lambdas' captures cost nothing while no table is read.)
    /// </summary>
    private static void TakeBack(FindingSink sink, List<(int Start, int End)>? codes, List<(int Start, int End)>? names)
    {
        sink.Findings.RemoveAll(f => !IsTableRule(f)
            && (codes is not null && f.Type is PhiType.Other or PhiType.DeviceId && CharRanges.AnyHolds(codes, f.Start, f.End)
                || names is not null && f.Type != PhiType.Name && CharRanges.AnyHolds(names, f.Start, f.End)));
    }

    private static bool IsTableRule(PhiFinding f) => f.Rule is not null && f.Rule.StartsWith("table-", StringComparison.Ordinal);

    private static int LineEnd(string text, int lineStart)
    {
        int end = text.IndexOf('\n', lineStart);
        return end < 0 ? text.Length : end;
    }

    private static int NextLine(string text, int lineEnd) => lineEnd >= text.Length ? text.Length : lineEnd + 1;

    /// <summary>A line with a cell separator, letters, no digit and no colon (a "label: value" line is no header).</summary>
    private static bool IsHeaderCandidate(string text, int start, int end, out Split split)
    {
        split = Split.Gap;
        var line = text.AsSpan(start, end - start).TrimEnd('\r');
        if (line.Length < 8 || line.ContainsAnyInRange('0', '9') || line.Contains(':') || Hl7Messages.IsSegmentLine(text, start))
        {
            return false;
        }
        if (line.Count('|') >= 2)
        {
            split = Split.Pipe;
            return true;
        }
        if (line.Count('\t') >= 2)
        {
            split = Split.Tab;
            return true;
        }
        return line.Trim(' ').IndexOf("  ", StringComparison.Ordinal) > 0;
    }

    /// <summary>The cells of a line, trimmed, in order; an empty cell keeps its place under a separator split.</summary>
    private static int SplitLine(string text, int start, int end, Split split, Span<(int Start, int End)> cells)
    {
        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }
        int n = 0;
        if (split == Split.Gap)
        {
            int at = start;
            while (at < end && n < cells.Length)
            {
                while (at < end && text[at] is ' ' or '\t')
                {
                    at++;
                }
                if (at >= end)
                {
                    break;
                }
                int cellStart = at;
                // A cell runs to a gap of two blanks or a tab.
                while (at < end && text[at] != '\t' && !(text[at] == ' ' && at + 1 < end && text[at + 1] is ' ' or '\t'))
                {
                    at++;
                }
                cells[n++] = Trim(text, cellStart, at);
            }
            return n;
        }
        char separator = split == Split.Pipe ? '|' : '\t';
        int s = start;
        while (n < cells.Length)
        {
            int next = text.IndexOf(separator, s, end - s);
            int cellEnd = next < 0 ? end : next;
            cells[n++] = Trim(text, s, cellEnd);
            if (next < 0)
            {
                break;
            }
            s = next + 1;
        }
        return n;
    }

    private static (int Start, int End) Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        return (s, e);
    }

    /// <summary>The columns of a header line; true when two or more cells are column words and one is a column of PHI.</summary>
    private static bool ClassifyHeader(string text, ReadOnlySpan<(int Start, int End)> cells, Span<ColumnInfo> columns)
    {
        int known = 0, phi = 0;
        bool things = false;
        for (int c = 0; c < cells.Length; c++)
        {
            columns[c] = ClassifyCell(text, cells[c]);
            things |= columns[c].Kind == Column.Codes || ThingColumn(text, cells[c]);
        }
        for (int c = 0; c < cells.Length; c++)
        {
            // "NAME | DOSE | ROUTE", "Name  Lot  Expiry": beside columns of drugs, tests or lots, a bare "name" names the thing.
            if (columns[c].BareName && things)
            {
                columns[c] = new(Column.Plain);
            }
            if (columns[c].Kind != Column.None)
            {
                known++;
            }
            if (columns[c].Kind >= Column.PatientName && columns[c].Kind != Column.Date)
            {
                phi++;
            }
        }
        return known >= 2 && phi >= 1;
    }

    /// <summary>What a header cell names, from its words ("PT_LAST", "ORD_MD", "PATIENT (MRN)", "TEST / VALUE").</summary>
    private static ColumnInfo ClassifyCell(string text, (int Start, int End) cell)
    {
        if (cell.End - cell.Start is < 1 or > 40)
        {
            return default;
        }
        Span<(int Start, int End)> words = stackalloc (int, int)[6];
        int n = 0, parenthesis = -1;
        for (int at = cell.Start; at < cell.End && n < words.Length;)
        {
            if (!char.IsAsciiLetter(text[at]))
            {
                if (text[at] == '(' && parenthesis < 0)
                {
                    parenthesis = n;
                }
                at++;
                continue;
            }
            int s = at;
            while (at < cell.End && char.IsAsciiLetter(text[at]))
            {
                at++;
            }
            words[n++] = (s, at);
        }
        if (n == 0)
        {
            return default;
        }
        bool code = false, staff = false, patient = false, date = false, ward = false, place = false, plain = false, phone = false, zip = false;
        PhiType? id = null;
        int idWord = -1;
        for (int w = 0; w < n; w++)
        {
            var word = text.AsSpan(words[w].Start, words[w].End - words[w].Start);
            if (CodeWords.Contains(word))
            {
                code = true;
            }
            else if (IdWords.Get(word, -1) is var type and >= 0)
            {
                id ??= (PhiType)type;
                idWord = idWord < 0 ? w : idWord;
            }
            else if (StaffWords.Contains(word))
            {
                staff = true;
            }
            else if (PatientWords.Contains(word))
            {
                patient = true;
            }
            else if (DateWords.Contains(word))
            {
                date = true;
            }
            else if (WardWords.Contains(word))
            {
                ward = true;
            }
            else if (PlaceWords.Contains(word))
            {
                place = true;
            }
            else if (PhoneWords.Contains(word))
            {
                phone = true;
            }
            else if (ZipWords.Contains(word))
            {
                zip = true;
            }
            else if (PlainWords.Contains(word))
            {
                plain = true;
            }
        }
        if (code)
        {
            return new(Column.Codes);
        }
        // "PATIENT (MRN)": the name, and the id the parentheses name; "PATIENT ID", "PT MRN": the id.
        if (id is not null && patient && parenthesis >= 0 && idWord >= parenthesis)
        {
            return new(Column.PatientName, ParenthesisId: id);
        }
        if (id is not null)
        {
            return new(Column.Id, id.Value);
        }
        if (patient && ContainsWord(text, words[..n], "id"))
        {
            return new(Column.Id, PhiType.Mrn);
        }
        if (patient && n == 1 && text.AsSpan(words[0].Start, words[0].End - words[0].Start).Equals("name", StringComparison.OrdinalIgnoreCase))
        {
            return new(Column.PatientName, BareName: true);
        }
        return staff ? new(Column.StaffName)
            : phone ? new(Column.Phone, PhiType.Phone)
            : zip ? new(Column.Zip)
            : patient && !date ? new(Column.PatientName)
            : date ? new(Column.Date)
            : place ? new(Column.Place)
            : ward ? new(Column.Ward)
            : patient ? new(Column.PatientName)
            : plain ? new(Column.Plain)
            : default;
    }

    /// <summary>A header cell naming a property of a drug or supply ("DOSE", "ROUTE", "QTY", "EXPIRY").</summary>
    private static bool ThingColumn(string text, (int Start, int End) cell)
    {
        for (int at = cell.Start; at < cell.End;)
        {
            if (!char.IsAsciiLetter(text[at]))
            {
                at++;
                continue;
            }
            int s = at;
            while (at < cell.End && char.IsAsciiLetter(text[at]))
            {
                at++;
            }
            if (ThingWords.Contains(text.AsSpan(s, at - s)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly AsciiWordSet ThingWords = new(
    [
        "dose", "route", "freq", "frequency", "qty", "quantity", "strength", "expiry", "exp", "expiration", "manufacturer", "mfr",
        "vendor", "supplier", "price", "cost", "amount", "volume", "rate", "sig",
    ]);

    private static bool ContainsWord(string text, ReadOnlySpan<(int Start, int End)> words, string word)
    {
        foreach (var (s, e) in words)
        {
            if (text.AsSpan(s, e - s).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The rows under a header; returns the end of the last line read.</summary>
    private static int ReadRows(FindingSink sink, string text, int headerStart, int headerEnd, Split split, ReadOnlySpan<(int Start, int End)> header,
        ReadOnlySpan<ColumnInfo> columns, Span<(int Start, int End)> cells, ref List<(int Start, int End)>? codes, ref List<(int Start, int End)>? names)
    {
        int lastEnd = headerEnd;
        int lineStart = NextLine(text, headerEnd);
        for (int rows = 0; rows < MaxRows && lineStart < text.Length; rows++)
        {
            int lineEnd = LineEnd(text, lineStart);
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.IsWhiteSpace())
            {
                break;
            }
            // A rule under the header ("-----", "==+==") is skipped.
            if (!line.ContainsAnyExcept(RuleCharacters))
            {
                lastEnd = lineEnd;
                lineStart = NextLine(text, lineEnd);
                continue;
            }
            if (split == Split.Pipe && line.IndexOf('|') < 0 || split == Split.Tab && line.IndexOf('\t') < 0 || Hl7Messages.IsSegmentLine(text, lineStart))
            {
                break;
            }
            int n = SplitLine(text, lineStart, lineEnd, split, cells);
            if (split == Split.Gap && n < 2)
            {
                break;
            }
            for (int c = 0; c < n; c++)
            {
                int column = split == Split.Gap ? ColumnUnder(text, headerStart, header, lineStart, cells[c]) : n == header.Length ? c : -1;
                if (column >= 0 && cells[c].End > cells[c].Start)
                {
                    ReadCell(sink, text, cells[c], columns[column], ref codes, ref names);
                }
            }
            lastEnd = lineEnd;
            lineStart = NextLine(text, lineEnd);
        }
        return lastEnd;
    }

    /// <summary>The header cell a gap-aligned cell stands under: the one it overlaps most, else one starting within two columns.</summary>
    private static int ColumnUnder(string text, int headerStart, ReadOnlySpan<(int Start, int End)> header, int lineStart, (int Start, int End) cell)
    {
        int from = cell.Start - lineStart, to = cell.End - lineStart;
        int best = -1, bestOverlap = 0;
        for (int h = 0; h < header.Length; h++)
        {
            int hs = header[h].Start - headerStart, he = header[h].End - headerStart;
            int overlap = Math.Min(to, he) - Math.Max(from, hs);
            if (overlap > bestOverlap)
            {
                best = h;
                bestOverlap = overlap;
            }
            else if (best < 0 && Math.Abs(from - hs) <= 2)
            {
                best = h;
            }
        }
        return best;
    }

    private static void ReadCell(FindingSink sink, string text, (int Start, int End) cell, ColumnInfo column, ref List<(int Start, int End)>? codes, ref List<(int Start, int End)>? names)
    {
        switch (column.Kind)
        {
            case Column.Codes:
                (codes ??= []).Add(cell);
                break;
            case Column.PatientName:
                ReadPatientCell(sink, text, cell, column, ref names);
                break;
            case Column.StaffName:
                ReadStaffCell(sink, text, cell);
                break;
            case Column.Id:
                AddId(sink, text, cell, column.IdType);
                break;
            case Column.Phone:
                if (IdentifierChecks.CountDigits(text.AsSpan(cell.Start, cell.End - cell.Start)) >= 4 && !text.AsSpan(cell.Start, cell.End - cell.Start).ContainsAnyInRange('A', 'Z'))
                {
                    sink.Add(PhiType.Phone, cell.Start, cell.End - cell.Start, 0.8, "table-phone");
                }
                break;
            case Column.Zip:
                var zip = text.AsSpan(cell.Start, cell.End - cell.Start);
                if (zip.Length == 5 && IdentifierChecks.IsAllDigits(zip) || zip.Length == 10 && zip[5] == '-' && IdentifierChecks.IsAllDigits(zip[..5]))
                {
                    sink.Add(PhiType.Zip, cell.Start, cell.End - cell.Start, 0.8, "table-zip");
                }
                break;
            case Column.Ward:
                ReadWardCell(sink, text, cell);
                break;
            case Column.Place:
                ReadPlaceCell(sink, text, cell);
                break;
            case Column.Date:
                ReadCompactDate(sink, text, cell);
                break;
        }
    }

    /// <summary>"PHAM", "ANH DAO", "VARGA-TOTH, ILONA (6603318)", "DOE, BABY GIRL (N6700015)": the name, and the id in parentheses.</summary>
    private static void ReadPatientCell(FindingSink sink, string text, (int Start, int End) cell, ColumnInfo column, ref List<(int Start, int End)>? names)
    {
        int end = cell.End;
        if (text[end - 1] == ')')
        {
            int open = text.LastIndexOf('(', end - 1, end - cell.Start);
            if (open <= cell.Start)
            {
                return;
            }
            if (column.ParenthesisId is { } type)
            {
                AddId(sink, text, Trim(text, open + 1, end - 1), type);
            }
            end = Trim(text, cell.Start, open).End;
        }
        var name = NameSpan(text, cell.Start, end, staff: false);
        if (name.End > name.Start)
        {
            sink.Add(PhiType.Name, name.Start, name.End - name.Start, 0.8, "table-name");
            (names ??= []).Add(name);
        }
    }

    /// <summary>"ACHTERBERG", "MK", "04471 KIM S", "Dr Balogun (pgr 7718)", "Lindahl RN": the name (or initials); a leading number is a badge.</summary>
    private static void ReadStaffCell(FindingSink sink, string text, (int Start, int End) cell)
    {
        int start = cell.Start, end = cell.End;
        // A parenthetical after the name (a pager, a unit) is left to the other rules.
        int open = text.IndexOf('(', start, end - start);
        if (open > start)
        {
            end = Trim(text, start, open).End;
        }
        int digits = start;
        while (digits < end && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        if (digits > start)
        {
            if (digits - start is < 3 or > 8 || digits >= end || text[digits] != ' ')
            {
                return;
            }
            var rest = NameSpan(text, Trim(text, digits, end).Start, end, staff: true);
            if (rest.End > rest.Start)
            {
                sink.Add(PhiType.Other, start, digits - start, 0.75, "table-badge");
                sink.Add(PhiType.Name, rest.Start, rest.End - rest.Start, 0.8, "table-name");
            }
            return;
        }
        var name = NameSpan(text, start, end, staff: true);
        if (name.End > name.Start)
        {
            sink.Add(PhiType.Name, name.Start, name.End - name.Start, 0.8, "table-name");
        }
    }

    /// <summary>
    /// The name in [start, end): one to four words of letters (hyphens, apostrophes, an initial's period), a comma after the
    /// surname; a title before and credentials after stay out; "BABY GIRL" after the comma is no given name. A staff cell's
    /// words may be no role, stop word or clinical abbreviation, and a lone short word must look like initials.
    /// </summary>
    private static (int Start, int End) NameSpan(string text, int start, int end, bool staff)
    {
        Span<(int Start, int End)> words = stackalloc (int, int)[6];
        int n = 0, comma = -1;
        for (int at = start; at < end;)
        {
            char c = text[at];
            if (c == ' ')
            {
                at++;
                continue;
            }
            if (c == ',')
            {
                if (comma >= 0 || n == 0)
                {
                    return default;
                }
                comma = n;
                at++;
                continue;
            }
            if (!char.IsLetter(c) || n == words.Length)
            {
                return default;
            }
            int s = at;
            while (at < end && (char.IsLetter(text[at]) || text[at] is '-' or '\'' or '.'))
            {
                at++;
            }
            if (at < end && text[at] is not (' ' or ','))
            {
                return default;
            }
            words[n++] = (s, at);
        }
        int first = 0, last = n - 1;
        if (n > 0 && ContextWords.Titles.Contains(Bare(text, words[0])))
        {
            first = 1;
        }
        while (last >= first && (ContextWords.CredentialsAfter.Contains(Bare(text, words[last])) || LabCredentials.Contains(Bare(text, words[last]))))
        {
            last--;
        }
        // "DOE, BABY GIRL": a newborn's placeholder given name stays out, like a title.
        if (comma > 0 && comma <= last && NewbornWords.Contains(Bare(text, words[comma])))
        {
            last = comma - 1;
        }
        if (last < first || last - first >= 4)
        {
            return default;
        }
        for (int w = first; w <= last; w++)
        {
            var word = Bare(text, words[w]);
            // An initial beside a name ("KIM S", "OSEI A") is no article or answer.
            if (word.Length == 1 && last > first)
            {
                continue;
            }
            if (Placeholders.Contains(word) || staff && (NameStopWords.Contains(word) || ContextWords.RolesBefore.Contains(word)
                || ContextWords.CredentialsAfter.Contains(word) || ContextWords.NotNames.Contains(word) || Answers.Contains(word)))
            {
                return default;
            }
        }
        var lone = Bare(text, words[first]);
        if (staff && first == last && lone.Length <= 3 && (lone.Length < 2 || !IsInitials(lone)))
        {
            return default;
        }
        return (words[first].Start, words[last].End);
    }

    private static ReadOnlySpan<char> Bare(string text, (int Start, int End) word) => text.AsSpan(word.Start, word.End - word.Start).TrimEnd('.');

    /// <summary>Initials: two or three capitals (or lower-case letters), no vowel in a pair of capitals' place is not needed.</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }
        return WordShape.IsAllCaps(word) || WordShape.IsLowerCase(word);
    }

    /// <summary>An identifier cell: three or more digits, letters, digits and dashes only, no blank ("300-91-77", "N6700015").</summary>
    private static void AddId(FindingSink sink, string text, (int Start, int End) cell, PhiType type)
    {
        int start = cell.Start;
        if (start < cell.End && text[start] == '#')
        {
            start++;
        }
        var value = text.AsSpan(start, cell.End - start);
        if (value.Length is < 4 or > 24 || IdentifierChecks.CountDigits(value) < 3 || value.ContainsAnyExcept(IdCharacters))
        {
            return;
        }
        sink.Add(type, start, value.Length, 0.8, "table-id");
    }

    private static readonly System.Buffers.SearchValues<char> RuleCharacters = System.Buffers.SearchValues.Create(" \t\r-=+|_");

    private static readonly System.Buffers.SearchValues<char> IdCharacters =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-./");

    /// <summary>A ward named like a place ("Harlow 4", "Pruitt 6 South"), not a generic unit ("MICU 9", "ED 22", "NICU").</summary>
    private static void ReadWardCell(FindingSink sink, string text, (int Start, int End) cell)
    {
        var tokens = sink.Tokens;
        int first = TokenAt(tokens, cell.Start);
        if (first < 0 || !tokens.IsWord(first) || !tokens.IsNumber(first + 1) || tokens[first + 1].Length > 2
            || !WardNames.IsWardWord(tokens, PhiLexicon.Shared, first, inCell: true))
        {
            return;
        }
        int last = first + 1;
        if (tokens.IsWord(last + 1) && tokens[last + 1].End <= cell.End && Directions.Contains(tokens.Span(last + 1)))
        {
            last++;
        }
        if (tokens[last].End != cell.End)
        {
            return;
        }
        sink.Add(PhiType.Location, cell.Start, cell.End - cell.Start, 0.75, "table-ward");
    }

    /// <summary>An address, city, county or facility cell: letters in it, no generic word alone.</summary>
    private static void ReadPlaceCell(FindingSink sink, string text, (int Start, int End) cell)
    {
        var value = text.AsSpan(cell.Start, cell.End - cell.Start);
        if (value.Length < 3 || !value.ContainsAnyInRange('A', 'Z') && !value.ContainsAnyInRange('a', 'z') || Placeholders.Contains(value)
            || NameStopWords.Contains(value) || ContextWords.Departments.Contains(value) || WardNames.IsUnitHead(value))
        {
            return;
        }
        sink.Add(PhiType.Location, cell.Start, cell.End - cell.Start, 0.75, "table-place");
    }

    /// <summary>A compact date under a date column ("19590214", "20260718 0941"); other date shapes are the date rules' own.</summary>
    private static void ReadCompactDate(FindingSink sink, string text, (int Start, int End) cell)
    {
        var value = text.AsSpan(cell.Start, cell.End - cell.Start);
        if (value.Length < 8 || !IdentifierChecks.IsAllDigits(value[..8]) || value.Length > 8 && value[8] is not ' ' and not '-')
        {
            return;
        }
        int year = IdentifierChecks.ParseDigits(value[..4]), month = IdentifierChecks.ParseDigits(value[4..6]), day = IdentifierChecks.ParseDigits(value[6..8]);
        if (year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day is >= 1 and <= 31)
        {
            sink.Add(PhiType.Date, cell.Start, 8, 0.8, "table-date");
        }
    }

    private static int TokenAt(TextTokens tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else if (tokens[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    /// <summary>Columns of no PHI whose cells look like ids: instruments, lots, codes, units, flags, ranges.</summary>
    private static readonly AsciiWordSet CodeWords = new(
    [
        "instr", "instrument", "instruments", "analyzer", "analyser", "lot", "reagent", "kit", "test", "tests", "code", "codes", "loinc",
        "cpt", "method", "units", "flag", "flags", "range", "ref", "reference", "qc", "panel", "analyte", "component", "organism",
        "antibiotic", "drug", "med", "medication", "dose", "value", "result", "results",
    ]);

    /// <summary>Identifier columns and their types.</summary>
    private static readonly AsciiWordValues IdWords = IdWordValues(
    [
        ("mrn", PhiType.Mrn), ("mr", PhiType.Mrn), ("medrec", PhiType.Mrn), ("mrno", PhiType.Mrn), ("chart", PhiType.Mrn),
        ("acct", PhiType.AccountNumber), ("account", PhiType.AccountNumber), ("fin", PhiType.AccountNumber), ("csn", PhiType.AccountNumber),
        ("encounter", PhiType.AccountNumber), ("enc", PhiType.AccountNumber), ("visit", PhiType.AccountNumber),
        ("accession", PhiType.Other), ("acc", PhiType.Other), ("accn", PhiType.Other), ("specimen", PhiType.Other), ("spec", PhiType.Other),
        ("order", PhiType.Other), ("ordno", PhiType.Other), ("req", PhiType.Other), ("requisition", PhiType.Other), ("barcode", PhiType.Other),
        ("case", PhiType.Other), ("badge", PhiType.Other),
        ("ssn", PhiType.Ssn), ("npi", PhiType.LicenseNumber), ("dea", PhiType.LicenseNumber), ("license", PhiType.LicenseNumber),
        ("licence", PhiType.LicenseNumber), ("member", PhiType.HealthPlanId), ("subscriber", PhiType.HealthPlanId),
        ("policy", PhiType.HealthPlanId), ("medicaid", PhiType.HealthPlanId), ("medicare", PhiType.HealthPlanId),
    ]);

    private static AsciiWordValues IdWordValues((string Word, PhiType Type)[] pairs) =>
        new([.. pairs.Select(p => p.Word)], [.. pairs.Select(p => (int)p.Type)]);

    /// <summary>Columns of staff: who ordered, performed, called or checked.</summary>
    private static readonly AsciiWordSet StaffWords = new(
    [
        "md", "physician", "provider", "doctor", "dr", "attending", "ordering", "orderer", "tech", "technologist", "tec", "by", "init",
        "initials", "inits", "operator", "oper", "user", "userid", "nurse", "rn", "collector", "phlebotomist", "reviewer", "pathologist",
        "resident", "caller", "called", "notified", "signer", "author", "clinician", "staff", "performer", "verifier", "pcp",
    ]);

    /// <summary>Columns of the patient's name.</summary>
    private static readonly AsciiWordSet PatientWords = new(
    [
        "patient", "pt", "name", "last", "first", "surname", "given", "lname", "fname", "lastname", "firstname", "middle", "mi",
        "patname", "ptname",
    ]);

    private static readonly AsciiWordSet DateWords = new(
    [
        "dob", "birth", "birthdate", "date", "dt", "dos", "collected", "coll", "received", "rcvd", "recd", "verified", "resulted",
        "reported", "drawn", "admit", "admitted", "admission", "discharge", "discharged", "death", "dod", "ordered", "performed",
        "signed", "datetime", "timestamp",
    ]);

    private static readonly AsciiWordSet WardWords = new(["loc", "location", "unit", "ward", "floor", "site"]);

    private static readonly AsciiWordSet PlaceWords = new(["address", "addr", "street", "city", "town", "county", "facility", "hospital", "clinic", "residence"]);

    private static readonly AsciiWordSet PhoneWords = new(["phone", "tel", "telephone", "callback", "pager", "pgr", "cell", "mobile"]);

    private static readonly AsciiWordSet ZipWords = new(["zip", "zipcode", "postal"]);

    /// <summary>Other column words of result tables and logs: they only help recognise the header.</summary>
    private static readonly AsciiWordSet PlainWords = new(
    [
        "time", "comment", "comments", "notes", "note", "status", "priority", "rb", "readback", "type", "source", "sex", "age", "gender",
        "room", "bed", "qty", "route", "freq", "description", "desc", "interpretation", "accept", "action", "reason", "outcome", "call", "ack",
    ]);

    private static readonly AsciiWordSet LabCredentials = new(["mls", "mlt", "mt", "cls", "clt", "ascp", "ct", "htl", "ht", "sbb", "cg"]);

    private static readonly AsciiWordSet NewbornWords = new(["baby", "infant", "newborn", "twin"]);

    private static readonly AsciiWordSet Placeholders = new(["unknown", "unk", "none", "pending", "na", "n/a", "redacted", "test", "tbd", "null", "auto", "system", "interface", "lis"]);

    /// <summary>Answers, actions and places that fill a staff column without naming anyone ("Y", "paged", "charge", "desk").</summary>
    private static readonly AsciiWordSet Answers = new(
    [
        "y", "n", "yes", "no", "ok", "done", "sent", "called", "paged", "left", "msg", "charge", "desk", "floor", "unit", "team", "service",
        "pharmacy", "lab", "office", "clerk", "oncall", "on-call", "operator", "voicemail", "vm",
    ]);

    private static readonly AsciiWordSet Directions = new(["north", "south", "east", "west", "n", "s", "e", "w", "ne", "nw", "se", "sw"]);
}
