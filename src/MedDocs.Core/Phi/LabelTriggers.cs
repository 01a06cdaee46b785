namespace MedDocs.Core.Phi;

/// <summary>
/// Finds the words that can start an identifier label ("MRN", "Member", "License", "S/N" …) in one pass
/// over the text, so the full label pattern runs only at those offsets.
/// </summary>
internal static class LabelTriggers
{
    private static readonly AsciiWordSet FirstWords = new(
    [
        "ssn", "ss", "social", "mrn", "m", "medical", "med", "patient", "pt", "chart", "hospital", "accession", "member", "policy",
        "group", "subscriber", "medicaid", "medicare", "mbi", "hicn", "insurance", "plan", "beneficiary", "acct", "account",
        "invoice", "billing", "claim", "encounter", "visit", "iban", "vin", "vehicle", "license", "licence", "plate", "driver",
        "driver's", "drivers", "lic", "dl", "dea", "npi", "certificate", "passport", "serial", "s", "sn", "device", "udi", "model",
        "implant", "zip", "postal", "rx", "prescription", "order", "biometric", "badge", "mr", "unit", "clia",
        "enc", "fin", "financial", "csn", "har", "acc", "specimen", "case", "req", "requisition", "lab", "ref", "reference", "confirmation",
        "authorization", "auth", "tracking", "ticket", "employee", "staff", "hosp", "res", "resident", "external", "client", "enterprise",
        "corporate", "empi", "cmrn", "cap",
    ]);

    private static readonly WordStarts Starts = new(FirstWords, allowPossessive: true);

    /// <summary>Start offsets of words (ASCII letters, optional "'s") that may begin a label.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<int> Find(string text, LetterRuns runs)
    {
        var starts = Starts.Find(text, runs);
        // A label starts a word: the character before must not be a letter or digit.
        int kept = 0;
        for (int i = 0; i < starts.Count; i++)
        {
            int start = starts[i];
            if (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
            {
                starts[kept++] = start;
            }
        }
        starts.RemoveRange(kept, starts.Count - kept);
        return starts;
    }
}
