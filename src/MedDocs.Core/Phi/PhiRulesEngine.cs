namespace MedDocs.Core.Phi;

/// <summary>
/// The offline half of PHI detection: finds the HIPAA Safe Harbor identifiers in plain text with exact
/// offsets, by validated patterns, labels and name heuristics. Stateless and thread-safe: one instance
/// can serve every thread; the regular expressions are compiled once per process (docs/phi.md: speed-ups).
/// </summary>
public sealed class PhiRulesEngine
{
    /// <summary>Findings below this confidence are left out (0 keeps everything; name repeats are 0.65, name-list pairs 0.72).</summary>
    public double MinimumConfidence { get; init; }

    /// <summary>Also report years standing alone (<see cref="PhiType.Year"/>); off by default, since Safe Harbor lets years stay.</summary>
    public bool IncludeYears { get; init; }

    /// <summary>Every finding in <paramref name="text"/>, merged (no overlaps) and sorted by offset.</summary>
    public IReadOnlyList<PhiFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }
        TieredRegex.NoteScanned(text.Length);
        // The per-note arrays of this thread's last Find, reused (PhiScratch); given back when this Find is done with the text.
        var scratch = PhiScratch.Rent();
        try
        {
            return Find(text, scratch);
        }
        finally
        {
            scratch.Return();
        }
    }

    private IReadOnlyList<PhiFinding> Find(string text, PhiScratch scratch)
    {
        var sink = new FindingSink(text, IncludeYears) { Scratch = scratch };
        IdentifierRules.Collect(sink);
        SsnLastFour.Collect(sink);
        PhoneRules.Collect(sink);
        ExtensionRules.Collect(sink);
        SlashedPhones.Collect(sink);
        SpokenNumbers.Collect(sink);
        DateRules.Collect(sink);
        ShortDateRules.Collect(sink);
        AgeRules.Collect(sink);
        LabelledIdentifierRules.Collect(sink);
        IdShapeRules.Collect(sink);
        HeaderNumberRules.Collect(sink);
        AddressRules.Collect(sink);
        PlaceRules.Collect(sink);
        PlaceAcronyms.CollectBeforeRecords(sink);
        SpokenAddresses.Collect(sink);
        NameRules.Collect(sink);
        ContextNameRules.Collect(sink);
        CaseCaptions.Collect(sink);
        LawFirmNames.Collect(sink);
        // Structured interface text last: it reads fields by their definition and takes back shape guesses inside code fields.
        Hl7Messages.Collect(sink);
        HeaderedTables.Collect(sink);
        var merged = PhiMerger.Merge(sink.Findings);

        var repeats = new FindingSink(text);
        repeats.ShareTokens(sink);
        NameRules.CollectRepeats(repeats, merged);
        PlaceRules.CollectRepeats(repeats, merged);
        if (repeats.Findings.Count > 0)
        {
            repeats.Findings.AddRange(merged);
            merged = PhiMerger.Merge(repeats.Findings);
        }
        return MinimumConfidence <= 0 ? merged : merged.Where(f => f.Confidence >= MinimumConfidence).ToList();
    }
}
