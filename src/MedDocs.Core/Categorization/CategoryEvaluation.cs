namespace MedDocs.Core.Categorization;

/// <summary>How a categorizer did on a labelled set.</summary>
/// <param name="Accuracy">Correct ÷ decided (abstentions excluded).</param>
/// <param name="OverallAccuracy">Correct ÷ all documents (abstentions count as wrong).</param>
/// <param name="ConfidenceThreshold">The cascade threshold the two figures below were computed for.</param>
/// <param name="CoverageAtThreshold">Share of all documents decided with confidence ≥ the threshold (kept by the rules, not cascaded).</param>
/// <param name="AccuracyAtThreshold">Accuracy over those confident decisions (NaN when there are none).</param>
/// <param name="Misses">Ids of the documents decided wrongly or abstained on, with what was predicted (null = abstained).</param>
public sealed record CategoryEvaluation(
    int Total,
    int Decided,
    int Correct,
    double Accuracy,
    double OverallAccuracy,
    double AbstainRate,
    double ConfidenceThreshold,
    double CoverageAtThreshold,
    double AccuracyAtThreshold,
    IReadOnlyList<CategoryMetrics> PerCategory,
    IReadOnlyList<(string Id, string Expected, string? Predicted, double Confidence)> Misses);
