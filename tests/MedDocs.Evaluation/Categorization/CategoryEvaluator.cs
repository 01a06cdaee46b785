namespace MedDocs.Evaluation;

/// <summary>Accuracy, per-category recall/precision and abstain rate of a categorizer on labelled documents.</summary>
public static class CategoryEvaluator
{
    /// <summary>Bin edges of the reliability table: finer near the top, where the cascade threshold lives.</summary>
    public static IReadOnlyList<double> ReliabilityEdges { get; } = [0, 0.25, 0.5, 0.75, 0.9, 0.98, 1.0];

    /// <summary>Runs the rules engine over the documents and scores its verdicts.</summary>
    public static CategoryEvaluation Evaluate(CategoryRulesEngine engine, IEnumerable<LabeledDocument> documents, double confidenceThreshold = 0.75)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var outcomes = documents.Select(d =>
        {
            var verdict = engine.Decide(d.FileName, d.Text);
            return (d.Id, d.ExpectedCategory, verdict.Category, verdict.Confidence);
        }).ToList();
        return Score(outcomes, confidenceThreshold);
    }

    /// <summary>Scores verdicts from any categorizer (rules, LLM, cascade): (id, expected, predicted or null, confidence).</summary>
    public static CategoryEvaluation Score(
        IReadOnlyList<(string Id, string Expected, string? Predicted, double Confidence)> outcomes,
        double confidenceThreshold = 0.75)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var total = outcomes.Count;
        var decided = outcomes.Count(o => o.Predicted is not null);
        var correct = outcomes.Count(o => IsCorrect(o.Expected, o.Predicted));
        var confident = outcomes.Where(o => o.Predicted is not null && o.Confidence >= confidenceThreshold).ToList();

        var categories = outcomes.Select(o => o.Expected)
            .Concat(outcomes.Where(o => o.Predicted is not null).Select(o => o.Predicted!))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase);
        var perCategory = categories.Select(category =>
        {
            var support = outcomes.Count(o => Same(o.Expected, category));
            var predicted = outcomes.Count(o => o.Predicted is not null && Same(o.Predicted, category));
            var hits = outcomes.Count(o => Same(o.Expected, category) && IsCorrect(o.Expected, o.Predicted));
            return new CategoryMetrics(category, support, predicted, hits, Ratio(hits, support), Ratio(hits, predicted));
        }).ToList();

        return new CategoryEvaluation(
            total,
            decided,
            correct,
            Ratio(correct, decided),
            Ratio(correct, total),
            Ratio(total - decided, total),
            confidenceThreshold,
            Ratio(confident.Count, total),
            Ratio(confident.Count(o => IsCorrect(o.Expected, o.Predicted)), confident.Count),
            perCategory,
            [.. outcomes.Where(o => !IsCorrect(o.Expected, o.Predicted))],
            Reliability(outcomes));
    }

    private static List<ConfidenceBin> Reliability(IReadOnlyList<(string Id, string Expected, string? Predicted, double Confidence)> outcomes)
    {
        var bins = new List<ConfidenceBin>(ReliabilityEdges.Count - 1);
        for (var b = 0; b + 1 < ReliabilityEdges.Count; b++)
        {
            var (lower, upper) = (ReliabilityEdges[b], ReliabilityEdges[b + 1]);
            var last = b + 2 == ReliabilityEdges.Count;
            var inBin = outcomes.Where(o => o.Confidence >= lower && (o.Confidence < upper || (last && o.Confidence <= upper))).ToList();
            bins.Add(new ConfidenceBin(lower, upper, inBin.Count, inBin.Count(o => IsCorrect(o.Expected, o.Predicted)),
                inBin.Count == 0 ? double.NaN : inBin.Average(o => o.Confidence)));
        }
        return bins;
    }

    private static bool IsCorrect(string expected, string? predicted) => predicted is not null && Same(expected, predicted);

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
