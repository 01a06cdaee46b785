using System.Text.RegularExpressions;

namespace MedDocs.Core.Phi;

/// <summary>
/// Identifiers that have no shape of their own and are known by their label: MRN, account, health-plan,
/// licence, device, vehicle numbers, SSNs without dashes, ZIP codes ("Member ID: W123456789").
/// </summary>
internal static class LabelledIdentifierRules
{
    private const int MinimumLength = 3;
    private const int MaximumLength = 64;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Collect(FindingSink sink)
    {
        string text = sink.Text;
        bool ascii = sink.IsAscii && LabelledIdentifierMatcher.IsReady;
        int lastEnd = 0;
        foreach (int trigger in LabelTriggers.Find(text, sink.LetterRuns))
        {
            if (trigger < lastEnd)
            {
                continue;
            }
            LabelGroup group;
            int valueStart, valueEnd;
            if (ascii)
            {
                // By hand (once the patterns are compiled): the same match as the patterns, without a regex call per label word.
                if (!TryMatchAscii(text, trigger, out group, out valueStart, out valueEnd))
                {
                    continue;
                }
            }
            else
            {
                if (!TryMatch(text, trigger, out group, out var m))
                {
                    continue;
                }
                var v = m.Groups[ValueGroup];
                (valueStart, valueEnd) = (v.Index, v.Index + v.Length);
            }
            lastEnd = valueEnd;
            if (!HasRequiredMarker(text, trigger, group, valueStart) || group == LabelGroup.Mrn && BloodUnitNumbers.IsUnitNumberAt(text, valueStart)
                || group == LabelGroup.Device && FacilityInstruments.IsLabelAfterInstrument(text, trigger))
            {
                continue;
            }
            var value = text.AsSpan(valueStart, valueEnd - valueStart);
            int length = value.Length;
            // UDIs carry parenthesised application identifiers; a lone closing parenthesis belongs to the prose.
            if (value.Count(')') > value.Count('('))
            {
                length = value.TrimEnd(')').Length;
            }
            if (length is < MinimumLength or > MaximumLength || text.AsSpan(valueStart, length).Count('(') > text.AsSpan(valueStart, length).Count(')'))
            {
                continue;
            }
            var (type, confidence, rule) = Classify(group, text.AsSpan(valueStart, length));
            if (confidence > 0)
            {
                sink.Add(type, valueStart, length, confidence, rule);
            }
        }
    }

    /// <summary>
    /// "CAP" (the College of American Pathologists' laboratory number) counts only with a number sign or "No" before the
    /// value ("CAP #8840127", "CAP No. 71234"): bare "CAP 11/12" is community-acquired pneumonia.
    /// </summary>
    private static bool HasRequiredMarker(string text, int trigger, LabelGroup group, int valueStart)
    {
        if (group != LabelGroup.Licence || !text.AsSpan(trigger).StartsWith("CAP", StringComparison.Ordinal))
        {
            return true;
        }
        var between = text.AsSpan(trigger + 3, valueStart - trigger - 3);
        return between.Contains('#') || between.Contains("no", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><see cref="TryMatch"/> for ASCII texts, by hand (<see cref="LabelledIdentifierMatcher"/>): the group, the value and the match's end.</summary>
    internal static bool TryMatchAscii(string text, int start, out LabelGroup group, out int valueStart, out int valueEnd) =>
        LabelledIdentifierMatcher.TryMatch(text, start, out group, out valueStart, out valueEnd);

    /// <summary>The value group's number (ExplicitCapture: the only group besides the whole match).</summary>
    private const int ValueGroup = 1;

    /// <summary>
    /// The first group whose pattern matches at <paramref name="start"/>, tried in <see cref="LabelGroup"/> order:
    /// the match of the single alternation the groups were split from. Groups none of whose labels can start with
    /// the two characters there are skipped ("Patient" tries the MRN and licence groups, not all six starting with 'p').
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static bool TryMatch(string text, int start, out LabelGroup group, out Match match)
    {
        for (int candidates = GroupsStartingWith(text, start); candidates != 0; candidates &= candidates - 1)
        {
            var candidate = (LabelGroup)System.Numerics.BitOperations.TrailingZeroCount(candidates);
            var m = PhiPatterns.LabelledIdentifier(candidate).Match(text, start);
            if (m.Success)
            {
                group = candidate;
                match = m;
                return true;
            }
        }
        group = default;
        match = Match.Empty;
        return false;
    }

    /// <summary>
    /// A bit per <see cref="LabelGroup"/> (bit order = try order) whose labels may start at <paramref name="start"/> (the
    /// start of a trigger word, an ASCII letter; anything else is not judged): the first two characters, ASCII letters folded, are one of the group's
    /// <see cref="GroupPrefixes"/>. A non-ASCII second character is not judged (case-insensitive matching may pair it
    /// with an ASCII letter).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int GroupsStartingWith(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return 0;
        }
        if (!char.IsAsciiLetter(text[start]))
        {
            return (1 << GroupPrefixes.Length) - 1;
        }
        int first = (text[start] | 0x20) - 'a';
        char second = text[start + 1];
        if (!char.IsAscii(second))
        {
            return GroupsByInitial[first];
        }
        return GroupsByPrefix[first * 128 + (char.IsAsciiLetter(second) ? second | 0x20 : second)];
    }

    private static ushort[] BuildGroupsByPrefix()
    {
        var table = new ushort[26 * 128];
        for (int group = 0; group < GroupPrefixes.Length; group++)
        {
            foreach (string prefix in GroupPrefixes[group])
            {
                table[(prefix[0] - 'a') * 128 + prefix[1]] |= (ushort)(1 << group);
            }
        }
        return table;
    }

    private static ushort[] BuildGroupsByInitial()
    {
        var table = new ushort[26];
        for (int group = 0; group < GroupPrefixes.Length; group++)
        {
            foreach (string prefix in GroupPrefixes[group])
            {
                table[prefix[0] - 'a'] |= (ushort)(1 << group);
            }
        }
        return table;
    }

    /// <summary>
    /// Per <see cref="LabelGroup"/>, the first two characters of its labels, lower case (the patterns' case-sensitive
    /// labels are listed too: a superset only costs a regex call). LabelledIdentifierRulesTests checks them against the labels.
    /// </summary>
    internal static readonly string[][] GroupPrefixes =
    [
        ["ss", "so"],                                                     // SSN, SS#, Social Security
        ["mr", "m.", "me", "pa", "pt", "ch", "ho", "un", "re", "ex", "cl", "en", "co", "em", "cm"], // MRN, MR#, M.R.N., Medical/Med Rec, Patient ID/#, Pt ID/#, Chart, Hospital/Hosp, Unit No/#, Resident/Res, External, Client, Enterprise, Corporate, EMPI, CMRN
        ["me", "po", "gr", "su", "mb", "hi", "in", "pl", "be"],           // Member, Medicaid, Medicare, Policy, Group, Subscriber, MBI, HICN, Insurance, Plan, Beneficiary
        ["ac", "in", "bi", "en", "vi", "ib", "fi", "cs", "ha"],           // Acct, Account, Invoice, Billing, Encounter/Enc, Visit, IBAN, FIN/Financial, CSN, HAR
        ["vi", "ve", "li", "pl"],                                         // VIN, Vehicle, License Plate, Plate
        ["dr", "li", "dl", "de", "np", "ce", "pa", "cl", "ca"],           // Driver's, Licence/Lic, DL, DEA, NPI, Certificate, Passport, CLIA, CAP
        ["se", "s/", "sn", "de", "ud", "mo", "im"],                       // Serial, S/N, SN, Device, UDI, Model/Serial, Implant
        ["zi", "po"],                                                     // ZIP, Postal code
        ["rx", "pr", "or", "bi", "ba", "ac", "sp", "ca", "re", "la", "co", "au", "tr", "ti", "em", "st", "cl"], // Rx, Prescription, Order, Biometric, Badge, Acc/Accession, Specimen, Case, Req/Requisition/Ref, Lab, Confirmation, Auth, Tracking, Ticket, Employee, Staff, Claim
    ];

    /// <summary>Groups per (initial, ASCII second character) of <see cref="GroupPrefixes"/>: 26 × 128 small masks.</summary>
    private static readonly ushort[] GroupsByPrefix = BuildGroupsByPrefix();

    /// <summary>Groups per initial, whatever the second character.</summary>
    private static readonly ushort[] GroupsByInitial = BuildGroupsByInitial();

    private static (PhiType Type, double Confidence, string Rule) Classify(LabelGroup group, ReadOnlySpan<char> value)
    {
        switch (group)
        {
            case LabelGroup.Ssn:
                bool valid = IdentifierChecks.CountDigits(value) == 9 && value.Length is 9 or 11 && IsValidSsnDigits(value);
                return (PhiType.Ssn, valid ? 0.98 : 0, "ssn-labelled");
            case LabelGroup.Mrn:
                // Record numbers have four digits or more: "Unit # 12" is an apartment, "pt #3" a count.
                return (PhiType.Mrn, IdentifierChecks.CountDigits(value) >= 4 ? 0.9 : 0, "mrn-labelled");
            case LabelGroup.HealthPlan:
                // Plan, member and policy numbers are long; "policy BB-114" is a hospital policy's number.
                return (PhiType.HealthPlanId, IdentifierChecks.CountDigits(value) >= 4 ? 0.9 : 0, "health-plan-labelled");
            case LabelGroup.Account:
                return (PhiType.AccountNumber, IsNumberLike(value) ? 0.88 : 0, "account-labelled");
            case LabelGroup.Vehicle:
                return (PhiType.VehicleId, 0.9, "vehicle-labelled");
            case LabelGroup.Licence:
                bool checkedNumber = IdentifierChecks.IsValidNpi(value) || IdentifierChecks.IsValidDea(value);
                return (PhiType.LicenseNumber, checkedNumber ? 0.98 : 0.88, "license-labelled");
            case LabelGroup.Device:
                return (PhiType.DeviceId, 0.88, "device-labelled");
            case LabelGroup.Zip:
                bool zipShape = !value.ContainsAnyExcept(DigitsAndDash) && IdentifierChecks.CountDigits(value) is >= 3 and <= 9;
                return (PhiType.Zip, zipShape ? 0.9 : 0, "zip-labelled");
            default:
                return (PhiType.Other, IsNumberLike(value) ? 0.85 : 0, "other-labelled");
        }
    }

    /// <summary>
    /// A value that can be an account, encounter, accession or badge number after a bare label ("Visit", "Enc", "Case", "Badge"):
    /// four digits or more, or three with a letter ("S26-1"), and no date ("Visit: 12/03/2026", "visit 2025", "Acc 2024-01-05").
    /// </summary>
    internal static bool IsNumberLike(ReadOnlySpan<char> value)
    {
        int digits = IdentifierChecks.CountDigits(value);
        bool letters = value.IndexOfAnyInRange('A', 'Z') >= 0 || value.IndexOfAnyInRange('a', 'z') >= 0;
        if (digits < 3 || digits == 3 && !letters)
        {
            return false;
        }
        if (letters)
        {
            return true;
        }
        // Digits with slashes, or a four-digit year alone or first in an ISO date.
        if (value.Contains('/'))
        {
            return false;
        }
        int dash = value.IndexOfAny('-', '.');
        var first = dash < 0 ? value : value[..dash];
        bool year = first.Length == 4 && (first.StartsWith("19") || first.StartsWith("20"));
        return !(year && (dash < 0 || value.Count('-') + value.Count('.') == 2));
    }

    private static readonly System.Buffers.SearchValues<char> DigitsAndDash = System.Buffers.SearchValues.Create("0123456789-");

    private static bool IsValidSsnDigits(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[9];
        int count = 0;
        foreach (char c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
        }
        return IdentifierChecks.IsValidSsn(digits[..3], digits.Slice(3, 2), digits[5..]);
    }
}
