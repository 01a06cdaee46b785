namespace MedDocs.Evaluation;

/// <summary>How a categorizer did on a labelled set.</summary>
/// <param name="Accuracy">Correct ÷ decided (abstentions excluded).</param>
/// <param name="OverallAccuracy">Correct ÷ all documents (abstentions count as wrong).</param>
/// <param name="ConfidenceThreshold">The cascade threshold the two figures below were computed for.</param>
/// <param name="CoverageAtThreshold">Share of all documents decided with confidence ≥ the threshold (kept by the rules, not cascaded).</param>
/// <param name="AccuracyAtThreshold">Accuracy over those confident decisions (NaN when there are none).</param>
/// <param name="Misses">Ids of the documents decided wrongly or abstained on, with what was predicted (null = abstained).</param>
/// <param name="Reliability">Verdicts grouped by confidence (see <see cref="CategoryEvaluator.ReliabilityEdges"/>): is a
/// confidence of 0.9 right about nine times in ten?</param>
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
    IReadOnlyList<(string Id, string Expected, string? Predicted, double Confidence)> Misses,
    IReadOnlyList<ConfidenceBin> Reliability)
{
    /// <summary>Mean recall over the categories that have documents: every category counts the same, however rare.</summary>
    public double BalancedRecall => PerCategory.Where(m => m.Support > 0).Select(m => m.Recall).DefaultIfEmpty(double.NaN).Average();

    /// <summary>Share of documents below the threshold (no verdict, or a confidence under it): the ones the cascade sends to the model.</summary>
    public double UnsureRate => Total == 0 ? double.NaN : 1 - CoverageAtThreshold;

    /// <summary>Σ (bin count ÷ total) · |bin accuracy − bin mean confidence| over <see cref="Reliability"/>: 0 is perfectly calibrated.</summary>
    public double ExpectedCalibrationError =>
        Total == 0 ? double.NaN : Reliability.Where(b => b.Count > 0).Sum(b => (double)b.Count / Total * Math.Abs(b.Accuracy - b.MeanConfidence));
}
