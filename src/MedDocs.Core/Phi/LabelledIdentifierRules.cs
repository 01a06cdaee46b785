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
        int lastEnd = 0;
        foreach (int trigger in LabelTriggers.Find(text))
        {
            if (trigger < lastEnd || !TryMatch(text, trigger, out var group, out var m))
            {
                continue;
            }
            lastEnd = m.Index + m.Length;
            var value = m.Groups[ValueGroup];
            int length = value.Length;
            // UDIs carry parenthesised application identifiers; a lone closing parenthesis belongs to the prose.
            if (value.ValueSpan.Count(')') > value.ValueSpan.Count('('))
            {
                length = value.ValueSpan.TrimEnd(')').Length;
            }
            if (length is < MinimumLength or > MaximumLength || text.AsSpan(value.Index, length).Count('(') > text.AsSpan(value.Index, length).Count(')'))
            {
                continue;
            }
            var (type, confidence, rule) = Classify(group, text.AsSpan(value.Index, length));
            if (confidence > 0)
            {
                sink.Add(type, value.Index, length, confidence, rule);
            }
        }
    }

    /// <summary>The value group's number (ExplicitCapture: the only group besides the whole match).</summary>
    private const int ValueGroup = 1;

    private static readonly LabelGroup[] Groups = Enum.GetValues<LabelGroup>();

    /// <summary>
    /// The first group whose pattern matches at <paramref name="start"/>, tried in <see cref="LabelGroup"/> order:
    /// the match of the single alternation the groups were split from. Groups none of whose labels can start with
    /// the character there are skipped.
    /// </summary>
    private static bool TryMatch(string text, int start, out LabelGroup group, out Match match)
    {
        int initials = InitialsAt(text[start]);
        foreach (var candidate in Groups)
        {
            if ((GroupInitials[(int)candidate] & initials) == 0)
            {
                continue;
            }
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

    /// <summary>A bit for an ASCII letter (either case); every bit for any other character, which is never skipped.</summary>
    private static int InitialsAt(char c) => char.IsAsciiLetter(c) ? 1 << ((c | 0x20) - 'a') : -1;

    private static int Initials(string letters)
    {
        int bits = 0;
        foreach (char c in letters)
        {
            bits |= InitialsAt(c);
        }
        return bits;
    }

    /// <summary>
    /// Per <see cref="LabelGroup"/>, the first letters of its labels (case-insensitive, as the patterns match them).
    /// LabelledIdentifierRulesTests checks them against the patterns.
    /// </summary>
    internal static readonly int[] GroupInitials =
    [
        Initials("s"),       // SSN, SS#, Social Security
        Initials("mpcha"),   // MRN, M.R.N., Medical Record, Med Rec, Patient ID, Pt ID, Chart, Hospital, Accession
        Initials("mpgsihb"), // Member, Policy, Group, Subscriber, Medicaid, Medicare, MBI, Insurance, HICN, Plan, Beneficiary
        Initials("aibcev"),  // Acct, Account, Invoice, IBAN, Billing, Claim, Encounter, Visit
        Initials("vlp"),     // VIN, Vehicle, License Plate, Plate
        Initials("dlncp"),   // Driver's, DL, DEA, Licence, Lic, NPI, Certificate, Passport
        Initials("sdumi"),   // Serial, S/N, SN, Device, UDI, Model/Serial, Implant
        Initials("zp"),      // ZIP, Postal code
        Initials("ropb"),    // Rx, Prescription, Order, Biometric, Badge
    ];

    private static (PhiType Type, double Confidence, string Rule) Classify(LabelGroup group, ReadOnlySpan<char> value)
    {
        switch (group)
        {
            case LabelGroup.Ssn:
                bool valid = IdentifierChecks.CountDigits(value) == 9 && value.Length is 9 or 11 && IsValidSsnDigits(value);
                return (PhiType.Ssn, valid ? 0.98 : 0, "ssn-labelled");
            case LabelGroup.Mrn:
                return (PhiType.Mrn, 0.9, "mrn-labelled");
            case LabelGroup.HealthPlan:
                return (PhiType.HealthPlanId, 0.9, "health-plan-labelled");
            case LabelGroup.Account:
                return (PhiType.AccountNumber, 0.88, "account-labelled");
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
                return (PhiType.Other, 0.85, "other-labelled");
        }
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
