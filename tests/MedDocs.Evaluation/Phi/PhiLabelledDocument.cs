namespace MedDocs.Evaluation;

/// <summary>A text with its gold identifier spans, for measuring precision and recall.</summary>
public sealed record PhiLabelledDocument(string Id, string Text, IReadOnlyList<PhiGoldSpan> Spans);
