namespace MedDocs.Core.Categorization;

/// <summary>Everything the rules engine looks for on behalf of one category.</summary>
/// <param name="TermNoun">How the reason names this category's body terms, e.g. "clinical term".</param>
/// <param name="IsCurated">False for cues derived from configuration keywords: those verdicts get a lower confidence.</param>
/// <param name="Genres">The layouts that speak for this category (a letter for Documentary Evidence, a caption for
/// Pleading…); empty for configured categories, whose vocabulary is then never discounted by layout.</param>
/// <param name="Tolerates">Layouts of other categories in which this category's words keep their full weight (a letter
/// asking to be paid is a bill).</param>
internal sealed record CategoryCueSet(
    IReadOnlyList<PhraseCue> Phrases,
    IReadOnlyList<StructuralCue> Structural,
    IReadOnlyDictionary<string, double> FileNameTokens,
    string TermNoun,
    bool IsCurated,
    IReadOnlyList<LayoutGenre>? Genres = null,
    IReadOnlyList<LayoutGenre>? Tolerates = null)
{
    public IReadOnlyList<LayoutGenre> Genres { get; init; } = Genres ?? [];

    public IReadOnlyList<LayoutGenre> Tolerates { get; init; } = Tolerates ?? [];
}
