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
            if (trigger < lastEnd)
            {
                continue;
            }
            var m = PhiPatterns.LabelledIdentifier().Match(text, trigger);
            if (!m.Success)
            {
                continue;
            }
            lastEnd = m.Index + m.Length;
            var value = m.Groups["v"];
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
            var (type, confidence, rule) = Classify(m, text.AsSpan(value.Index, length));
            if (confidence > 0)
            {
                sink.Add(type, value.Index, length, confidence, rule);
            }
        }
    }

    private static (PhiType Type, double Confidence, string Rule) Classify(Match m, ReadOnlySpan<char> value)
    {
        if (m.Groups["ssn"].Success)
        {
            bool valid = IdentifierChecks.CountDigits(value) == 9 && value.Length is 9 or 11 && IsValidSsnDigits(value);
            return (PhiType.Ssn, valid ? 0.98 : 0, "ssn-labelled");
        }
        if (m.Groups["mrn"].Success)
        {
            return (PhiType.Mrn, 0.9, "mrn-labelled");
        }
        if (m.Groups["plan"].Success)
        {
            return (PhiType.HealthPlanId, 0.9, "health-plan-labelled");
        }
        if (m.Groups["acct"].Success)
        {
            return (PhiType.AccountNumber, 0.88, "account-labelled");
        }
        if (m.Groups["veh"].Success)
        {
            return (PhiType.VehicleId, 0.9, "vehicle-labelled");
        }
        if (m.Groups["lic"].Success)
        {
            bool checkedNumber = IdentifierChecks.IsValidNpi(value) || IdentifierChecks.IsValidDea(value);
            return (PhiType.LicenseNumber, checkedNumber ? 0.98 : 0.88, "license-labelled");
        }
        if (m.Groups["dev"].Success)
        {
            return (PhiType.DeviceId, 0.88, "device-labelled");
        }
        if (m.Groups["zip"].Success)
        {
            bool zipShape = !value.ContainsAnyExcept(DigitsAndDash) && IdentifierChecks.CountDigits(value) is >= 3 and <= 9;
            return (PhiType.Zip, zipShape ? 0.9 : 0, "zip-labelled");
        }
        if (m.Groups["other"].Success)
        {
            return (PhiType.Other, 0.85, "other-labelled");
        }
        return (PhiType.Other, 0, "unlabelled");
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
