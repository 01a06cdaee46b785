namespace MedDocs.Evaluation;

/// <summary>A text with its gold identifier spans, for measuring precision and recall.</summary>
public sealed record PhiLabelledDocument(string Id, string Text, IReadOnlyList<PhiGoldSpan> Spans)
{
    /// <summary>The note with its Year spans left out: years alone are opt-in for the rules and never taught to the tagger.</summary>
    public PhiLabelledDocument WithoutYears() => this with { Spans = Spans.Where(s => s.Type != PhiType.Year).ToList() };
}
