using System.Collections.Frozen;

namespace MedDocs.Core.Phi;

/// <summary>
/// Finds the words that can start an identifier label ("MRN", "Member", "License", "S/N" …) in one pass
/// over the text, so the full label pattern runs only at those offsets.
/// </summary>
internal static class LabelTriggers
{
    private const int LongestWord = 13;

    private static readonly FrozenSet<string> FirstWords = new[]
    {
        "ssn", "ss", "social", "mrn", "m", "medical", "med", "patient", "pt", "chart", "hospital", "accession", "member", "policy",
        "group", "subscriber", "medicaid", "medicare", "mbi", "hicn", "insurance", "plan", "beneficiary", "acct", "account",
        "invoice", "billing", "claim", "encounter", "visit", "iban", "vin", "vehicle", "license", "licence", "plate", "driver",
        "driver's", "drivers", "lic", "dl", "dea", "npi", "certificate", "passport", "serial", "s", "sn", "device", "udi", "model",
        "implant", "zip", "postal", "rx", "prescription", "order", "biometric", "badge",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Start offsets of words (ASCII letters, optional "'s") that may begin a label.</summary>
    public static List<int> Find(string text)
    {
        var starts = new List<int>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }
            if (i < text.Length - 1 && text[i] == '\'' && text[i + 1] == 's')
            {
                i += 2;
            }
            int length = i - start;
            bool wordStart = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
            if (wordStart && length <= LongestWord && FirstWords.Contains(text.Substring(start, length)))
            {
                starts.Add(start);
            }
        }
        return starts;
    }
}
