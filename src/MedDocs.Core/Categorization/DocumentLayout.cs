namespace MedDocs.Core.Categorization;

/// <summary>
/// What a document looks like, apart from its words: how strongly it is laid out as correspondence (letter, fax, email,
/// memo), a fill-in form, a court caption, an itemised table, a clinical report with labelled sections, or a Q/A
/// transcript. Strengths are sums of the weights of the <see cref="LayoutTier"/>s reached (0 = none); <see cref="LayoutReader"/> fills them in.
/// </summary>
/// <remarks>
/// Layout tells the genre, vocabulary tells the topic: a letter about a lawsuit is still a letter, and a consent form
/// citing 45 CFR 164.508 is still a form. <see cref="CategoryRulesEngine"/> weighs both.
/// </remarks>
internal sealed class DocumentLayout
{
    private readonly Dictionary<LayoutGenre, List<LayoutTier>> _found = [];

    /// <summary>Dollar amounts or amount columns: money is listed, not just mentioned.</summary>
    public bool ListsAmounts { get; init; }

    /// <summary>Patient/health words in the text (patient, date of birth, health information, allergies…).</summary>
    public bool IsAboutAPatient { get; init; }

    public void Add(LayoutGenre genre, LayoutTier tier)
    {
        if (!_found.TryGetValue(genre, out var tiers))
        {
            tiers = [];
            _found[genre] = tiers;
        }
        tiers.Add(tier);
    }

    /// <summary>Sum of the weights of the cues found for the genre.</summary>
    public double Strength(LayoutGenre genre) => _found.TryGetValue(genre, out var cues) ? cues.Sum(c => c.Weight) : 0;

    /// <summary>The cues found for the genre, strongest first (our own labels, never document text).</summary>
    public IReadOnlyList<LayoutTier> CuesOf(LayoutGenre genre) =>
        _found.TryGetValue(genre, out var cues) ? [.. cues.OrderByDescending(c => c.Weight)] : [];
}
