namespace MedDocs.Core.Phi;

/// <summary>
/// Identifiers in HL7 v2 messages pasted into a report ("MSH|^~\&amp;|LIS|…", "PID|1||…", "OBX|1|NM|…"), read by the standard's
/// field table rather than by their shape: a segment line starts with its three-character id and the field separator; its
/// fields are numbered from 1 after the id (in MSH the separator itself is MSH-1, so the first text is MSH-2, the encoding
/// characters); fields repeat by '~', split into components by '^' and those into subcomponents by '&amp;' (MSH-2 may name
/// others). Each field that holds PHI has a data type that says where the identifier sits: a CX/EI id in its first component
/// (the identifier type code, CX.5, can name it better: MR, SS, AN, DL …; the assigning authority, CX.4, is a facility), an
/// XPN name in family^given^middle, an XCN provider as id^family^given^middle, an XAD address as street^other^city^state^zip,
/// an XTN phone as the number first or area code and local number in XTN.6/7, a DTM date-time as YYYYMMDD[HHMM[SS]], a
/// facility (HD/XON) in its first component. Empty fields and components are skipped. Fields of codes (message control id,
/// type and version, test codes, units, reference ranges, abnormal flags, equipment ids) hold no PHI: shape rules that fire
/// inside them are taken back.
/// </summary>
internal static class Hl7Messages
{
    /// <summary>How a field's value is read (its HL7 data type, for the PHI it can carry).</summary>
    private enum Field : byte
    {
        /// <summary>CX: id^check digit^scheme^assigning authority^type code^assigning facility; the id typed by the field or CX.5.</summary>
        PatientId,

        /// <summary>A plain id (ST, or the first component of EI/CX) of the field's type.</summary>
        Id,

        /// <summary>DTM/TS: YYYY[MM[DD[HHMM[SS]]]] in the first component.</summary>
        DateTime,

        /// <summary>XPN: family^given^middle^suffix^prefix^degree.</summary>
        PersonName,

        /// <summary>XCN (or CNN in NDL, by subcomponents): id^family^given^middle^suffix^prefix^degree.</summary>
        Provider,

        /// <summary>XAD: street^other designation^city^state^zip^country^type^other geographic^county.</summary>
        Address,

        /// <summary>XTN: number^use code^equipment type^email^country^area^local^extension.</summary>
        Telephone,

        /// <summary>HD or XON: a facility or organisation named in the first component.</summary>
        Facility,

        /// <summary>PL: point of care^room^bed^facility…: only the facility (PL.4) names an institution.</summary>
        PatientLocation,

        /// <summary>A code, control id, value type, unit, range or flag: no PHI, and shape findings inside are taken back.</summary>
        Code,

        /// <summary>Free text (an observation's value, a note): the other rules read it as prose.</summary>
        FreeText,
    }

    private readonly record struct FieldRule(int Number, Field Kind, PhiType Type = PhiType.Other);

    /// <summary>The segments read and their PHI-bearing and code fields (HL7 v2.5.1 numbering; older versions agree on these).</summary>
    private static readonly Dictionary<string, FieldRule[]> Segments = new(StringComparer.Ordinal)
    {
        ["MSH"] =
        [
            new(3, Field.Code), new(4, Field.Facility), new(5, Field.Code), new(6, Field.Facility), new(7, Field.DateTime),
            new(9, Field.Code), new(10, Field.Code), new(11, Field.Code), new(12, Field.Code),
        ],
        ["EVN"] = [new(2, Field.DateTime), new(3, Field.DateTime), new(5, Field.Provider), new(6, Field.DateTime)],
        ["PID"] =
        [
            new(2, Field.PatientId, PhiType.Mrn), new(3, Field.PatientId, PhiType.Mrn), new(4, Field.PatientId, PhiType.Mrn),
            new(5, Field.PersonName), new(6, Field.PersonName), new(7, Field.DateTime), new(8, Field.Code), new(9, Field.PersonName),
            new(11, Field.Address), new(13, Field.Telephone), new(14, Field.Telephone), new(18, Field.PatientId, PhiType.AccountNumber),
            new(19, Field.Id, PhiType.Ssn), new(20, Field.Id, PhiType.LicenseNumber), new(21, Field.PatientId, PhiType.Mrn),
            new(23, Field.Facility), new(29, Field.DateTime),
        ],
        ["PD1"] = [new(3, Field.Facility), new(4, Field.Provider)],
        ["MRG"] =
        [
            new(1, Field.PatientId, PhiType.Mrn), new(2, Field.PatientId, PhiType.Mrn), new(3, Field.PatientId, PhiType.AccountNumber),
            new(4, Field.PatientId, PhiType.Mrn), new(5, Field.PatientId, PhiType.AccountNumber), new(7, Field.PersonName),
        ],
        ["NK1"] =
        [
            new(2, Field.PersonName), new(4, Field.Address), new(5, Field.Telephone), new(6, Field.Telephone), new(13, Field.Facility),
            new(16, Field.DateTime), new(30, Field.PersonName), new(31, Field.Telephone), new(32, Field.Address), new(37, Field.Id, PhiType.Ssn),
        ],
        ["PV1"] =
        [
            new(3, Field.PatientLocation), new(6, Field.PatientLocation), new(7, Field.Provider), new(8, Field.Provider), new(9, Field.Provider),
            new(17, Field.Provider), new(19, Field.PatientId, PhiType.AccountNumber), new(39, Field.Facility), new(44, Field.DateTime),
            new(45, Field.DateTime), new(50, Field.PatientId, PhiType.AccountNumber), new(52, Field.Provider),
        ],
        ["PV2"] = [new(8, Field.DateTime), new(9, Field.DateTime)],
        ["GT1"] =
        [
            new(2, Field.PatientId, PhiType.AccountNumber), new(3, Field.PersonName), new(5, Field.Address), new(6, Field.Telephone),
            new(7, Field.Telephone), new(8, Field.DateTime), new(12, Field.Id, PhiType.Ssn),
        ],
        ["IN1"] =
        [
            new(16, Field.PersonName), new(18, Field.DateTime), new(19, Field.Address), new(36, Field.Id, PhiType.HealthPlanId),
            new(49, Field.PatientId, PhiType.HealthPlanId),
        ],
        ["ORC"] =
        [
            new(1, Field.Code), new(2, Field.Id), new(3, Field.Id), new(4, Field.Id), new(9, Field.DateTime), new(10, Field.Provider),
            new(11, Field.Provider), new(12, Field.Provider), new(15, Field.DateTime), new(19, Field.Provider), new(21, Field.Facility),
            new(22, Field.Address), new(23, Field.Telephone), new(24, Field.Address),
        ],
        ["OBR"] =
        [
            new(2, Field.Id), new(3, Field.Id), new(4, Field.Code), new(6, Field.DateTime), new(7, Field.DateTime), new(8, Field.DateTime),
            new(14, Field.DateTime), new(16, Field.Provider), new(17, Field.Telephone), new(22, Field.DateTime), new(28, Field.Provider),
            new(32, Field.Provider), new(33, Field.Provider), new(34, Field.Provider), new(35, Field.Provider), new(36, Field.DateTime),
        ],
        ["OBX"] =
        [
            new(2, Field.Code), new(3, Field.Code), new(6, Field.Code), new(7, Field.Code), new(8, Field.Code), new(11, Field.Code), new(5, Field.FreeText),
            new(14, Field.DateTime), new(16, Field.Provider), new(18, Field.Code), new(19, Field.DateTime), new(23, Field.Facility),
            new(24, Field.Address), new(25, Field.Provider),
        ],
        ["SPM"] = [new(2, Field.Id), new(3, Field.Id), new(17, Field.DateTime), new(18, Field.DateTime)],
        ["TXA"] = [new(4, Field.DateTime), new(5, Field.Provider), new(9, Field.Provider), new(12, Field.Id), new(22, Field.Provider)],
        ["DG1"] = [new(5, Field.DateTime), new(16, Field.Provider)],
        ["AL1"] = [new(6, Field.DateTime)],
        ["ROL"] = [new(4, Field.Provider)],
        ["NTE"] = [new(3, Field.FreeText)],
    };

    /// <summary>Whether the line at <paramref name="lineStart"/> is a segment this reader knows ("PID|…").</summary>
    public static bool IsSegmentLine(string text, int lineStart) =>
        lineStart + 3 < text.Length && text[lineStart + 3] == '|' && IsSegmentId(text, lineStart) && Segments.ContainsKey(text.Substring(lineStart, 3));

    public static void Collect(FindingSink sink)
    {
        string text = sink.Text;
        int firstBar = text.IndexOf('|');
        if (firstBar < 3)
        {
            return;
        }
        var enc = Encoding.Default;
        List<(int Start, int End)>? codes = null;
        int lineStart = text.LastIndexOf('\n', firstBar) + 1;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            int end = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (end - lineStart > 4 && IsSegmentId(text, lineStart))
            {
                string id = text.Substring(lineStart, 3);
                if (id == "MSH")
                {
                    enc = Encoding.Of(text, lineStart + 3, end);
                }
                if (text[lineStart + 3] == enc.Field && Segments.TryGetValue(id, out var rules))
                {
                    ReadSegment(sink, text, lineStart, end, id == "MSH", enc, rules, ref codes);
                }
            }
            if (lineEnd >= text.Length)
            {
                break;
            }
            int nextBar = text.IndexOf('|', lineEnd + 1);
            if (nextBar < 0)
            {
                break;
            }
            lineStart = text.LastIndexOf('\n', nextBar) + 1;
        }
        if (codes is not null)
        {
            TakeBackInsideCodes(sink, codes);
        }
    }

    private static bool IsSegmentId(string text, int at) =>
        char.IsAsciiLetterUpper(text[at]) && (char.IsAsciiLetterUpper(text[at + 1]) || char.IsAsciiDigit(text[at + 1]))
        && (char.IsAsciiLetterUpper(text[at + 2]) || char.IsAsciiDigit(text[at + 2]));

    /// <summary>The message's delimiters: MSH-1 and MSH-2, or the standard ones for a segment quoted without its MSH.</summary>
    private readonly record struct Encoding(char Field, char Component, char Repetition, char Subcomponent)
    {
        public static Encoding Default => new('|', '^', '~', '&');

        public static Encoding Of(string text, int at, int end)
        {
            if (end - at < 5 || char.IsLetterOrDigit(text[at]))
            {
                return Default;
            }
            char component = text[at + 1], repetition = text[at + 2], subcomponent = text[at + 4];
            return char.IsLetterOrDigit(component) || char.IsLetterOrDigit(repetition) || char.IsLetterOrDigit(subcomponent)
                ? Default with { Field = text[at] }
                : new Encoding(text[at], component, repetition, subcomponent);
        }
    }

    private static void ReadSegment(FindingSink sink, string text, int lineStart, int end, bool msh, Encoding enc, FieldRule[] rules,
        ref List<(int Start, int End)>? codes)
    {
        // Field n of MSH is the (n-1)th text after the id (MSH-1 is the separator); of other segments the nth.
        int number = msh ? 1 : 0;
        int start = lineStart + 3;
        while (start < end)
        {
            int fieldStart = start + 1;
            int fieldEnd = text.IndexOf(enc.Field, fieldStart, end - fieldStart);
            if (fieldEnd < 0)
            {
                fieldEnd = end;
            }
            number++;
            if (fieldEnd > fieldStart && !(msh && number == 2))
            {
                bool known = false;
                foreach (var rule in rules)
                {
                    if (rule.Number != number)
                    {
                        continue;
                    }
                    known = true;
                    if (rule.Kind == Field.Code)
                    {
                        (codes ??= []).Add((fieldStart, fieldEnd));
                    }
                    else
                    {
                        ReadField(sink, text, fieldStart, fieldEnd, rule, enc);
                    }
                }
                if (!known)
                {
                    DateTimesIn(sink, text, fieldStart, fieldEnd, enc);
                }
            }
            start = fieldEnd;
        }
    }

    private static void ReadField(FindingSink sink, string text, int start, int end, FieldRule rule, Encoding enc)
    {
        // Each repetition of the field separately.
        int rep = start;
        while (rep <= end)
        {
            int repEnd = text.IndexOf(enc.Repetition, rep, end - rep);
            if (repEnd < 0)
            {
                repEnd = end;
            }
            if (repEnd > rep)
            {
                ReadValue(sink, text, rep, repEnd, rule, enc);
            }
            rep = repEnd + 1;
        }
    }

    private static void ReadValue(FindingSink sink, string text, int start, int end, FieldRule rule, Encoding enc)
    {
        Span<(int Start, int End)> parts = stackalloc (int, int)[16];
        int n = Split(text, start, end, enc.Component, parts);
        switch (rule.Kind)
        {
            case Field.PatientId:
                ReadPatientId(sink, text, parts[..n], rule.Type, enc);
                break;
            case Field.Id:
                AddId(sink, text, parts[0], rule.Type);
                break;
            case Field.DateTime:
                AddDateTime(sink, text, parts[0]);
                break;
            case Field.PersonName:
                AddName(sink, text, parts[..n], 0);
                break;
            case Field.Provider:
                ReadProvider(sink, text, parts[..n], enc);
                break;
            case Field.Address:
                ReadAddress(sink, text, parts[..n]);
                break;
            case Field.Telephone:
                ReadTelephone(sink, text, parts[..n]);
                break;
            case Field.Facility:
                AddFacility(sink, text, FirstSubcomponent(text, parts[0], enc));
                break;
            case Field.PatientLocation:
                if (n >= 4)
                {
                    AddFacility(sink, text, FirstSubcomponent(text, parts[3], enc));
                }
                break;
        }
    }

    /// <summary>Cuts [start, end) at <paramref name="separator"/> into at most <paramref name="parts"/>.Length pieces; returns their number.</summary>
    private static int Split(string text, int start, int end, char separator, Span<(int Start, int End)> parts)
    {
        int n = 0, at = start;
        while (n < parts.Length)
        {
            int next = text.IndexOf(separator, at, end - at);
            if (next < 0 || n == parts.Length - 1)
            {
                parts[n++] = (at, end);
                break;
            }
            parts[n++] = (at, next);
            at = next + 1;
        }
        return n;
    }

    private static (int Start, int End) FirstSubcomponent(string text, (int Start, int End) part, Encoding enc)
    {
        int amp = part.End > part.Start ? text.IndexOf(enc.Subcomponent, part.Start, part.End - part.Start) : -1;
        return amp < 0 ? part : (part.Start, amp);
    }

    /// <summary>CX: the id (typed by CX.5 when it names a type), the assigning authority (CX.4) and facility (CX.6).</summary>
    private static void ReadPatientId(FindingSink sink, string text, ReadOnlySpan<(int Start, int End)> parts, PhiType type, Encoding enc)
    {
        if (parts.Length >= 5)
        {
            type = TypeOfIdentifierCode(text.AsSpan(parts[4].Start, parts[4].End - parts[4].Start)) ?? type;
        }
        AddId(sink, text, parts[0], type);
        if (parts.Length >= 4)
        {
            AddFacility(sink, text, FirstSubcomponent(text, parts[3], enc));
        }
        if (parts.Length >= 6)
        {
            AddFacility(sink, text, FirstSubcomponent(text, parts[5], enc));
        }
    }

    /// <summary>HL7 table 0203 (identifier type) codes that name a PHI type.</summary>
    private static PhiType? TypeOfIdentifierCode(ReadOnlySpan<char> code) => code switch
    {
        "MR" or "MRN" or "PI" or "PT" or "PN" or "PRN" or "MRT" => PhiType.Mrn,
        "SS" or "SSN" => PhiType.Ssn,
        "AN" or "VN" or "FI" or "ACCT" => PhiType.AccountNumber,
        "DL" or "NPI" or "DEA" or "DN" or "MD" or "SL" or "LN" or "LR" or "RN" or "NP" => PhiType.LicenseNumber,
        "MA" or "MC" or "MB" or "SN" or "MCD" or "MCR" or "HC" or "JHN" => PhiType.HealthPlanId,
        _ => null,
    };

    /// <summary>An identifier: a digit in it, no blank; trimmed.</summary>
    private static void AddId(FindingSink sink, string text, (int Start, int End) part, PhiType type)
    {
        var (start, end) = Trim(text, part);
        if (end - start < 3 || end - start > 30)
        {
            return;
        }
        var value = text.AsSpan(start, end - start);
        if (!value.ContainsAnyInRange('0', '9') || value.Contains(' '))
        {
            return;
        }
        sink.Add(type, start, end - start, 0.85, "hl7-id");
    }

    /// <summary>
    /// A field this reader has no rule for: its components that are whole date-times (YYYYMMDD, with or without the time) are
    /// dates by their shape, as a DTM is in any field; shorter numbers there are left alone.
    /// </summary>
    private static void DateTimesIn(FindingSink sink, string text, int start, int end, Encoding enc)
    {
        int at = start;
        while (at < end)
        {
            int next = text.AsSpan(at, end - at).IndexOfAny(enc.Component, enc.Repetition, enc.Subcomponent);
            int stop = next < 0 ? end : at + next;
            var (s, e) = Trim(text, (at, stop));
            if (e - s >= 8 && IdentifierChecks.IsAllDigits(text.AsSpan(s, 8)))
            {
                AddDateTime(sink, text, (s, e), wholeDateOnly: true);
            }
            at = stop + 1;
        }
    }

    /// <summary>A DTM: four to fourteen digits (a fraction of a second after a point), the time zone left out; a year alone is a Year.</summary>
    private static void AddDateTime(FindingSink sink, string text, (int Start, int End) part, bool wholeDateOnly = false)
    {
        var (start, end) = Trim(text, part);
        int digits = 0;
        while (start + digits < end && char.IsAsciiDigit(text[start + digits]))
        {
            digits++;
        }
        int stop = start + digits;
        if (stop < end && text[stop] == '.')
        {
            int frac = stop + 1;
            while (frac < end && char.IsAsciiDigit(text[frac]))
            {
                frac++;
            }
            stop = frac;
        }
        if (stop < end && text[stop] is not ('+' or '-') || digits is not (4 or 6 or 8 or 10 or 12 or 14))
        {
            return;
        }
        if (wholeDateOnly && digits < 8)
        {
            return;
        }
        int year = IdentifierChecks.ParseDigits(text.AsSpan(start, 4));
        if (year is < 1850 or > 2199 || wholeDateOnly && year is < 1900 or > 2099)
        {
            return;
        }
        if (digits >= 6)
        {
            int month = IdentifierChecks.ParseDigits(text.AsSpan(start + 4, 2));
            int day = digits >= 8 ? IdentifierChecks.ParseDigits(text.AsSpan(start + 6, 2)) : 1;
            if (month is < 1 or > 12 || day is < 1 or > 31
                || digits >= 12 && (IdentifierChecks.ParseDigits(text.AsSpan(start + 8, 2)) > 23 || IdentifierChecks.ParseDigits(text.AsSpan(start + 10, 2)) > 59))
            {
                return;
            }
            sink.Add(PhiType.Date, start, stop - start, 0.85, "hl7-date");
        }
        else if (sink.IncludeYears)
        {
            sink.Add(PhiType.Year, start, 4, 0.6, "hl7-date");
        }
    }

    /// <summary>
    /// XPN from component <paramref name="first"/>: family, given, middle as one span (the written name, like "LAST, FIRST M."),
    /// prefix and degree left out as titles and credentials are; "BABY BOY/GIRL" for a newborn's given name is no name.
    /// </summary>
    private static void AddName(FindingSink sink, string text, ReadOnlySpan<(int Start, int End)> parts, int first)
    {
        int start = -1, end = -1;
        for (int c = first; c < parts.Length && c < first + 3; c++)
        {
            var (s, e) = Trim(text, parts[c]);
            if (e <= s || !IsNamePart(text.AsSpan(s, e - s)))
            {
                if (e > s)
                {
                    break;
                }
                continue;
            }
            if (start < 0)
            {
                start = s;
            }
            end = e;
        }
        if (start >= 0 && end - start >= 2)
        {
            sink.Add(PhiType.Name, start, end - start, 0.85, "hl7-name");
        }
    }

    /// <summary>Letters (any script), blanks, hyphens, apostrophes, periods and subcomponent marks; no digit; not a placeholder.</summary>
    private static bool IsNamePart(ReadOnlySpan<char> value)
    {
        bool letter = false;
        foreach (char c in value)
        {
            if (char.IsLetter(c))
            {
                letter = true;
            }
            else if (c is not (' ' or '-' or '\'' or '.' or '&'))
            {
                return false;
            }
        }
        return letter && !NotNames.Contains(value) && !(value.StartsWith("BABY ", StringComparison.OrdinalIgnoreCase) && value.Length <= 9);
    }

    private static readonly AsciiWordSet NotNames = new(["unknown", "unk", "none", "na", "baby", "infant", "newborn", "test", "patient"]);

    /// <summary>XCN (or CNN in subcomponents, as OBR-32 holds it): the provider's id, then the name from the family name on.</summary>
    private static void ReadProvider(FindingSink sink, string text, ReadOnlySpan<(int Start, int End)> parts, Encoding enc)
    {
        // OBR-32..35 (NDL) hold the person as subcomponents of the first component.
        if (parts.Length >= 1 && text.IndexOf(enc.Subcomponent, parts[0].Start, parts[0].End - parts[0].Start) >= 0)
        {
            Span<(int Start, int End)> subs = stackalloc (int, int)[8];
            int m = Split(text, parts[0].Start, parts[0].End, enc.Subcomponent, subs);
            ReadProvider(sink, text, subs[..m], enc with { Subcomponent = '\0' });
            return;
        }
        var (s, e) = Trim(text, parts[0]);
        var id = text.AsSpan(s, e - s);
        if (e > s && !id.ContainsAnyInRange('0', '9') && IsNamePart(id))
        {
            // A name in the id's place, as many systems send it ("SMITH^JANE", a user id): the name starts there.
            AddName(sink, text, parts, 0);
            return;
        }
        if (e > s)
        {
            PhiType? type = parts.Length >= 13 ? TypeOfIdentifierCode(text.AsSpan(parts[12].Start, parts[12].End - parts[12].Start)) : null;
            // The provider's number: an NPI, a licence or a provider number the sender assigns; the corpus types them as licences.
            AddId(sink, text, parts[0], type ?? PhiType.LicenseNumber);
        }
        if (parts.Length >= 2)
        {
            AddName(sink, text, parts, 1);
        }
    }

    /// <summary>XAD: street and other designation, city and county are places; the state is not labelled; the ZIP is its own.</summary>
    private static void ReadAddress(FindingSink sink, string text, ReadOnlySpan<(int Start, int End)> parts)
    {
        for (int c = 0; c < parts.Length && c < 9; c++)
        {
            var (s, e) = Trim(text, parts[c]);
            if (e - s < 2)
            {
                continue;
            }
            var value = text.AsSpan(s, e - s);
            switch (c)
            {
                case 0 or 1 or 2 or 8 when value.ContainsAnyInRange('A', 'z'):
                    sink.Add(PhiType.Location, s, e - s, 0.85, "hl7-address");
                    break;
                case 4 when IsZip(value):
                    sink.Add(PhiType.Zip, s, e - s, 0.85, "hl7-address");
                    break;
            }
        }
    }

    private static bool IsZip(ReadOnlySpan<char> value) =>
        value.Length == 5 && IdentifierChecks.IsAllDigits(value)
        || value.Length == 10 && value[5] == '-' && IdentifierChecks.IsAllDigits(value[..5]) && IdentifierChecks.IsAllDigits(value[6..]);

    /// <summary>XTN: the number as written (XTN.1), or area code, local number and extension (XTN.6–8); an e-mail in XTN.4; FX is a fax.</summary>
    private static void ReadTelephone(FindingSink sink, string text, ReadOnlySpan<(int Start, int End)> parts)
    {
        var type = parts.Length >= 3 && text.AsSpan(parts[2].Start, parts[2].End - parts[2].Start) is "FX" ? PhiType.Fax : PhiType.Phone;
        for (int c = 0; c < parts.Length && c < 8; c++)
        {
            var (s, e) = Trim(text, parts[c]);
            if (e <= s)
            {
                continue;
            }
            var value = text.AsSpan(s, e - s);
            if (c == 3 && value.Contains('@'))
            {
                sink.Add(PhiType.Email, s, e - s, 0.85, "hl7-telephone");
            }
            else if ((c == 0 && IdentifierChecks.CountDigits(value) >= 7 || c is 5 or 6 or 7 && IdentifierChecks.CountDigits(value) >= 3)
                && !value.ContainsAnyInRange('A', 'Z') && !value.ContainsAnyInRange('a', 'z'))
            {
                sink.Add(type, s, e - s, 0.85, "hl7-telephone");
            }
        }
    }

    /// <summary>
    /// A sending, receiving, assigning or performing facility: a place when it names an institution (a name or an acronym of
    /// letters), not an ISO OID or a system's generic word; a CLIA number there is the laboratory's licence.
    /// </summary>
    private static void AddFacility(FindingSink sink, string text, (int Start, int End) part)
    {
        var (s, e) = Trim(text, part);
        if (e - s < 2)
        {
            return;
        }
        var value = text.AsSpan(s, e - s);
        if (value.Length == 10 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && value[2] is 'D' or 'd' && IdentifierChecks.IsAllDigits(value[3..]))
        {
            sink.Add(PhiType.LicenseNumber, s, e - s, 0.8, "hl7-facility");
            return;
        }
        int letters = 0;
        foreach (char c in value)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (!(c is ' ' or '-' or '\'' or '.' or '&' || char.IsAsciiDigit(c)))
            {
                return;
            }
        }
        if (letters < 2 || GenericFacilityWords.Contains(value) || ContextWords.Departments.Contains(value))
        {
            return;
        }
        sink.Add(PhiType.Location, s, e - s, 0.8, "hl7-facility");
    }

    /// <summary>Values of facility fields that name a kind of place or system, not an institution.</summary>
    private static readonly AsciiWordSet GenericFacilityWords = new(
    [
        "lab", "labs", "laboratory", "lis", "his", "ris", "pacs", "ehr", "emr", "hospital", "hosp", "clinic", "main", "facility", "fac", "site",
        "local", "default", "test", "prod", "interface", "ssa", "cms", "usssa", "state", "hl7", "ln", "loinc", "l", "npi", "dea", "mr",
        "icu", "micu", "sicu", "ccu", "nicu", "picu", "ed", "er", "or", "pacu", "unknown", "unk", "none",
    ]);

    private static (int Start, int End) Trim(string text, (int Start, int End) part)
    {
        int s = part.Start, e = part.End;
        while (s < e && text[s] == ' ')
        {
            s++;
        }
        while (e > s && text[e - 1] == ' ')
        {
            e--;
        }
        return (s, e);
    }

    /// <summary>Shape findings (numbers, ids, name guesses) wholly inside a code field are no PHI: the field's type says so.</summary>
    private static void TakeBackInsideCodes(FindingSink sink, List<(int Start, int End)> codes)
    {
        sink.Findings.RemoveAll(f => f.Type is PhiType.Other or PhiType.DeviceId or PhiType.Name or PhiType.Location or PhiType.AccountNumber
            && f.Rule is not null && !f.Rule.StartsWith("hl7-", StringComparison.Ordinal) && CharRanges.AnyHolds(codes, f.Start, f.End));
    }
}
