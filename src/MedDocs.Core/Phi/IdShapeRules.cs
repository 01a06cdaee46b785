using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// Record numbers that no label pattern knows but whose shape gives them away: capital letters and digits joined
/// by dashes ("C24-256-00871", "MR24-0877412", "NBS-23-5590142", "E0048812", "7KX-219"), and plain numbers of five or
/// more digits right after an identifier word ("job 880321", "interpreter ID 40118"). The type comes from a word just
/// before (serial → DeviceId, plate → VehicleId, MRN → Mrn …); otherwise it is <see cref="PhiType.Other"/>.
/// </summary>
internal static class IdShapeRules
{
    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            var kind = tokens[i].Kind;
            if (kind == TokenKind.Symbol || (i > 0 && tokens.Touches(i) && tokens[i - 1].Kind != TokenKind.Symbol))
            {
                continue;
            }
            if (i > 0 && tokens.Touches(i) && tokens.Span(i - 1) is "-" or "/" or "." or "#" && tokens.Touches(i - 1) && i > 1 && tokens[i - 2].Kind != TokenKind.Symbol)
            {
                continue;
            }
            // A word that touches nothing after it is a chain without digits: no identifier (most tokens end here).
            if (kind == TokenKind.Word && (i + 1 >= tokens.Count || !tokens.Touches(i + 1)))
            {
                continue;
            }
            // The chain: words and numbers touching each other or joined by single dashes.
            // Word tokens hold no ASCII digit and number tokens nothing else: the digits are the number tokens' lengths.
            int end = i, digits = 0, dashes = 0;
            for (int k = i; k < tokens.Count; k++)
            {
                if (k > i && !tokens.Touches(k))
                {
                    break;
                }
                if (tokens[k].Kind == TokenKind.Symbol)
                {
                    if (tokens.Span(k) is "-" && k + 1 < tokens.Count && tokens.Touches(k + 1) && tokens[k + 1].Kind != TokenKind.Symbol)
                    {
                        dashes++;
                        continue;
                    }
                    break;
                }
                if (tokens[k].Kind == TokenKind.Number)
                {
                    digits += tokens[k].Length;
                }
                end = k;
            }
            if (kind == TokenKind.Number && digits >= 6 && TryInsuranceNumber(sink, tokens, i, end))
            {
                i = end;
                continue;
            }
            if (end == i && kind == TokenKind.Number)
            {
                TryLabelledNumber(sink, tokens, i);
                continue;
            }
            int length = tokens[end].End - tokens[i].Start;
            // Capitals and digits only; a number first needs a dash ("7KX-219"), so "1000ML" stays a volume.
            bool shape = digits >= 4 && length is >= 6 and <= 24 && (kind == TokenKind.Word || dashes > 0)
                && UpperCaseLetters(tokens, i, end) >= 1 && !IsDateLike(tokens, i, end) && !IsDecadeRange(tokens, i, end) && !IsMeasurementRange(tokens, i, end) && !IsNamedRange(tokens, i, end);
            if (shape && !IsAfterDeviceWordOnly(tokens, i) && !IsAfterPlaceWord(tokens, i))
            {
                var type = TypeFromLabel(tokens, i);
                if (!(type == PhiType.DeviceId && FacilityInstruments.IsNamedAmong(tokens, i - 4, i - 1)))
                {
                    sink.Add(type ?? PhiType.Other, tokens[i].Start, length, 0.72, "id-shape");
                }
            }
            i = end;
        }
        BloodUnitNumbers.Collect(sink);
    }

    /// <summary>
    /// "Ins: Medi-Cal 91884203A", "Insurance: Aetna PPO 448812993", "Payer: Tricare 7720019842": a member number after an insurance
    /// label and the plan's name (up to four capitalised words, dashes and ampersands between), digits first and capitals only.
    /// </summary>
    private static bool TryInsuranceNumber(FindingSink sink, TextTokens tokens, int i, int end)
    {
        if (tokens[i].NewLineBefore || tokens.Touches(i) || (end > i && UpperCaseLetters(tokens, i, end) < 0))
        {
            return false;
        }
        int k = i - 1;
        for (int guard = 0; guard < 8 && k >= 0 && !tokens[k + 1].NewLineBefore; guard++, k--)
        {
            if (tokens.IsSymbol(k, ':') && tokens.IsWord(k - 1) && InsuranceLabels.Contains(tokens.Span(k - 1)) && tokens.Touches(k))
            {
                sink.Add(PhiType.HealthPlanId, tokens[i].Start, tokens[end].End - tokens[i].Start, 0.75, "health-plan-after-payer");
                return true;
            }
            bool planPart = tokens.IsWord(k) && char.IsUpper(tokens.Span(k)[0]) || tokens[k].Kind == TokenKind.Symbol && tokens.Span(k) is "-" or "&" or "/";
            if (!planPart)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Labels of a payer line.</summary>
    private static readonly AsciiWordSet InsuranceLabels = new(["ins", "insurance", "insurer", "payer", "payor", "coverage", "carrier"]);

    /// <summary>"job 880321", "interpreter ID 40118", "ref # 558812": five or more digits after an identifier word.</summary>
    private static void TryLabelledNumber(FindingSink sink, TextTokens tokens, int i)
    {
        if (tokens[i].Length is < 4 or > 12 || (i + 1 < tokens.Count && tokens.Touches(i + 1) && tokens.Span(i + 1) is not ("." or "," or ")" or ";")))
        {
            return;
        }
        int k = i - 1;
        if (tokens.IsSymbol(k, ':') || tokens.IsSymbol(k, '#'))
        {
            k--;
        }
        if (tokens.IsSymbol(k, '#'))
        {
            k--;
        }
        if (!tokens.IsWord(k) || tokens[k + 1].NewLineBefore)
        {
            return;
        }
        // Four digits only as a secret code: "privacy code 7723", "access code 4471", "passcode 2208".
        if (!(tokens[i].Length >= 5 && NumberWords.Contains(tokens.Span(k)) || IsSecretCodeLabel(tokens, k)))
        {
            return;
        }
        sink.Add(TypeFromLabel(tokens, i) ?? PhiType.Other, tokens[i].Start, tokens[i].Length, 0.7, "id-labelled-number");
    }

    /// <summary>"privacy code", "access code", "security code", "passcode", "password", "PIN": a code that lets someone in or gives out information.</summary>
    private static bool IsSecretCodeLabel(TextTokens tokens, int k)
    {
        var word = tokens.Span(k);
        if (SecretCodeWords.Contains(word))
        {
            return true;
        }
        return word.Equals("code", StringComparison.OrdinalIgnoreCase) && tokens.IsWord(k - 1) && !tokens[k].NewLineBefore && CodeQualifiers.Contains(tokens.Span(k - 1));
    }

    private static readonly AsciiWordSet SecretCodeWords = new(["passcode", "password", "pin", "passphrase", "passcodes", "codeword"]);

    private static readonly AsciiWordSet CodeQualifiers = new(
        ["privacy", "access", "security", "secret", "pass", "door", "gate", "alarm", "entry", "lockbox", "verification", "confidentiality", "family", "visitor", "release", "info", "information"]);

    /// <summary>The upper-case letters in tokens <paramref name="start"/> to <paramref name="end"/>, or -1 when one letter is lower case.</summary>
    private static int UpperCaseLetters(TextTokens tokens, int start, int end)
    {
        int upper = 0;
        for (int k = start; k <= end; k++)
        {
            foreach (char c in tokens.Span(k))
            {
                if (char.IsLower(c))
                {
                    return -1;
                }
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }
        return upper;
    }

    /// <summary>"03-FEB-2024" and "2024-03-02" belong to the date rules.</summary>
    private static bool IsDateLike(TextTokens tokens, int start, int end)
    {
        for (int k = start; k <= end; k++)
        {
            if (tokens.IsWord(k) && ShortDateRules.MonthOf(tokens.Span(k)) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "110S-120S", "130s-150s", "90S-100S": values written as decades ("in the 110s") joined by dashes, as vital signs are
    /// charted. Every part is a number of two or three digits with a plural "s"; an identifier is not written so.
    /// </summary>
    private static bool IsDecadeRange(TextTokens tokens, int start, int end)
    {
        int k = start;
        while (true)
        {
            if (!tokens.IsNumber(k) || tokens[k].Length is < 2 or > 3 || k + 1 > end || !tokens.IsWord(k + 1) || tokens.Span(k + 1) is not ("S" or "s"))
            {
                return false;
            }
            k += 2;
            if (k > end)
            {
                return true;
            }
            if (!tokens.IsSymbol(k, '-'))
            {
                return false;
            }
            k++;
        }
    }

    /// <summary>
    /// "40-90CC", "110-120S", "2-4MG", "10-20ML": a range of small numbers ending in a unit or a decade's "s", as shorthand charts
    /// rates, doses and vital signs. Numbers of one to four digits joined by dashes, every word a unit (<see cref="ContextWords.FractionUnits"/>) or "s",
    /// the last token a word.
    /// </summary>
    private static bool IsMeasurementRange(TextTokens tokens, int start, int end)
    {
        if (!tokens.IsNumber(start) || !tokens.IsWord(end))
        {
            return false;
        }
        for (int k = start; k <= end; k++)
        {
            if (tokens.IsNumber(k) ? tokens[k].Length > 4
                : tokens.IsWord(k) ? !(tokens.Span(k) is "S" or "s" || ContextWords.FractionUnits.Contains(tokens.Span(k)))
                : !tokens.IsSymbol(k, '-'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "FEF25-75", "MEF25-75", "FEF 25-75%": a measure named by a short abbreviation and a rising range of two-digit percentiles
    /// (spirometry's mid-expiratory flow): a word of two to four capitals glued to "nn-nn", the second number the larger.
    /// </summary>
    private static bool IsNamedRange(TextTokens tokens, int start, int end)
    {
        if (end != start + 3 || !tokens.IsWord(start) || tokens[start].Length is < 2 or > 4 || !tokens.IsNumber(start + 1) || !tokens.IsSymbol(start + 2, '-')
            || !tokens.IsNumber(end) || tokens[start + 1].Length != 2 || tokens[end].Length != 2)
        {
            return false;
        }
        return IdentifierChecks.ParseDigits(tokens.Span(start + 1)) < IdentifierChecks.ParseDigits(tokens.Span(end));
    }

    /// <summary>Model numbers of devices and drugs are not identifiers of a person ("Medtronic MRI SureScan W1DR01" stays).</summary>
    private static bool IsAfterDeviceWordOnly(TextTokens tokens, int i) => tokens.IsWord(i - 1) && (tokens.WordIs(i - 1, "model") || tokens.WordIs(i - 1, "lot") || tokens.WordIs(i - 1, "ndc") || tokens.WordIs(i - 1, "cpt") || tokens.WordIs(i - 1, "icd"));

    private static PhiType? TypeFromLabel(TextTokens tokens, int first)
    {
        for (int k = first - 1; k >= 0 && first - k <= 5 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (!tokens.IsWord(k))
            {
                // A label belongs to its own field: "MRN 2293051 | Medicare …", "per policy, ref # …".
                if (tokens[k].Kind == TokenKind.Symbol && tokens.Span(k) is "," or ";" or "|" || tokens.IsNumber(k))
                {
                    break;
                }
                continue;
            }
            var word = tokens.Span(k);
            // "family member code FAM-…", "access code …": a code of its own, whatever the word before it.
            if (word.Equals("code", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            // Serial labels anywhere in the window; other device words close before ("meter GLM-44-70219", "pump serial …").
            if (SerialWords.Contains(word) || word is "N" or "n" && tokens.IsSymbol(k - 1, '/') && tokens.WordIs(k - 2, "s")
                || first - k <= 3 && DeviceWords.Contains(word))
            {
                return PhiType.DeviceId;
            }
            if (word.Equals("plate", StringComparison.OrdinalIgnoreCase) || word.Equals("vin", StringComparison.OrdinalIgnoreCase))
            {
                return PhiType.VehicleId;
            }
            // "Pt #: DWI-…", "patient ID …" (only symbols or "ID" between), not "pt given tag …".
            bool patientLabel = (word.Equals("pt", StringComparison.OrdinalIgnoreCase) || word.Equals("patient", StringComparison.OrdinalIgnoreCase)) && OnlyLabelPartsBetween(tokens, k, first);
            if (patientLabel || MrnWords.Contains(word) || word is "ID" or "Id" && HeaderNumberRules.IsHeaderIdLabel(tokens, k, first))
            {
                return PhiType.Mrn;
            }
            if (word.Equals("account", StringComparison.OrdinalIgnoreCase) || word.Equals("acct", StringComparison.OrdinalIgnoreCase))
            {
                return PhiType.AccountNumber;
            }
            if (HealthPlanWords.Contains(word))
            {
                return PhiType.HealthPlanId;
            }
            if (word.Equals("clia", StringComparison.OrdinalIgnoreCase) || word.Equals("license", StringComparison.OrdinalIgnoreCase) || word.Equals("npi", StringComparison.OrdinalIgnoreCase))
            {
                return PhiType.LicenseNumber;
            }
            // The nearest label decides: "ACC: M24-…" after "MRN: …", "ref # NE-…" after "policy" are other numbers.
            if (NumberWords.Contains(word) && word is not ("id" or "ID" or "Id" or "no" or "No" or "NO" or "number" or "Number" or "NUMBER" or "num" or "Num" or "NUM"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// Devices whose serial numbers are device identifiers ("meter GLM-44-70219", "pump SN 88-AX-2231", "S/N PX-7731-22"):
    /// serial labels, implants, monitors and home or bedside equipment.
    /// </summary>
    private static readonly AsciiWordSet DeviceWords = new(
    [
        "serial", "sn", "s/n", "device", "devices", "meter", "glucometer", "pump", "pumps", "monitor", "monitors", "pacemaker",
        "pacer", "ppm", "defibrillator", "defib", "aicd", "icd", "crt-d", "crt-p", "implant", "implants", "implanted", "generator",
        "stimulator", "neurostimulator", "lvad", "vad", "controller", "recorder", "transmitter", "sensor", "cgm", "concentrator",
        "ventilator", "nebulizer", "wheelchair", "prosthesis", "hearing", "battery", "interrogation", "interrogated",
    ]);

    /// <summary>
    /// Words of record-number labels: "MRN", "medical record", "pt #", "patient ID", "res ID" (a resident's number in a care home),
    /// "external ID", "hosp #", "EMPI"; a bare "ID" on a header line counts too.
    /// </summary>
    private static readonly AsciiWordSet MrnWords = new(
        ["mrn", "record", "dialysis", "resident", "res", "external", "hosp", "hospital", "client", "empi", "cmrn"]);

    /// <summary>Between the label word <paramref name="k"/> and the value <paramref name="first"/> only symbols ('#', ':') or an "ID"/"No".</summary>
    private static bool OnlyLabelPartsBetween(TextTokens tokens, int k, int first)
    {
        for (int j = k + 1; j < first; j++)
        {
            if (tokens.IsWord(j) && !(tokens.WordIs(j, "id") || tokens.WordIs(j, "no") || tokens.WordIs(j, "number")) || tokens.IsNumber(j))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly AsciiWordSet HealthPlanWords = new(
        ["member", "policy", "medicare", "medicaid", "mbi", "hicn", "subscriber", "insurance", "insurer", "payer", "payor", "ins", "plan", "group"]);

    /// <summary>Ward, room and bed codes ("LOC: 6W-612", "room 4N-12") are places in the hospital, not identifiers.</summary>
    private static bool IsAfterPlaceWord(TextTokens tokens, int i)
    {
        int k = tokens.IsSymbol(i - 1, ':') ? i - 2 : i - 1;
        return tokens.IsWord(k) && !tokens[k + 1].NewLineBefore && PlaceWords.Contains(tokens.Span(k));
    }

    private static readonly AsciiWordSet PlaceWords = new(["loc", "location", "room", "rm", "bed", "ward", "floor", "pod", "bay", "suite"]);

    private static readonly AsciiWordSet SerialWords = new(["serial", "sn", "s/n", "device"]);

    private static readonly AsciiWordSet NumberWords = new(
    [
        "id", "no", "number", "num", "job", "ref", "reference", "case", "accession", "acc", "specimen", "kit", "unit", "units", "donor",
        "clia", "armband", "bracelet", "badge", "employee", "interpreter", "confirmation", "auth", "authorization", "tracking", "order",
        "req", "requisition", "claim", "tag", "tags", "ticket", "voucher", "certificate", "permit", "case#", "file", "chart", "mrn", "acct", "account",
    ]);
}
