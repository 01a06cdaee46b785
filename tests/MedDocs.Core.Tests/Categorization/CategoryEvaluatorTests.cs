using MedDocs.Core.Categorization;
using MedDocs.Evaluation;

namespace MedDocs.Core.Tests.Categorization;

public sealed class CategoryEvaluatorTests
{
    [Fact]
    public void ScoresAccuracyRecallPrecisionAbstentionAndThreshold()
    {
        var outcomes = new List<(string, string, string?, double)>
        {
            ("a", "Bill", "Bill", 0.9),
            ("b", "Bill", "Pleading", 0.8),
            ("c", "Bill", null, 0),
            ("d", "Pleading", "Pleading", 0.5),
        };
        var evaluation = CategoryEvaluator.Score(outcomes, confidenceThreshold: 0.75);

        Assert.Equal(4, evaluation.Total);
        Assert.Equal(3, evaluation.Decided);
        Assert.Equal(2.0 / 3, evaluation.Accuracy, 6);
        Assert.Equal(0.5, evaluation.OverallAccuracy, 6);
        Assert.Equal(0.25, evaluation.AbstainRate, 6);
        Assert.Equal(0.5, evaluation.CoverageAtThreshold, 6);   // a and b
        Assert.Equal(0.5, evaluation.AccuracyAtThreshold, 6);   // a right, b wrong
        var bill = evaluation.PerCategory.Single(m => m.Category == "Bill");
        Assert.Equal((3, 1, 1), (bill.Support, bill.Predicted, bill.Correct));
        Assert.Equal(1.0 / 3, bill.Recall, 6);
        var pleading = evaluation.PerCategory.Single(m => m.Category == "Pleading");
        Assert.Equal(0.5, pleading.Precision, 6);
        Assert.Equal(["b", "c"], evaluation.Misses.Select(m => m.Id));
    }

    [Fact]
    public void EmptyInputGivesNaNRatherThanDividingByZero()
    {
        var evaluation = CategoryEvaluator.Score([]);
        Assert.Equal(0, evaluation.Total);
        Assert.True(double.IsNaN(evaluation.Accuracy));
    }
}
