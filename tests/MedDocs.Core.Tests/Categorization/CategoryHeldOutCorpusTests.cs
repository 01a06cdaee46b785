using System.Globalization;
using MedDocs.Core.Categorization;
using MedDocs.Evaluation;

namespace MedDocs.Core.Tests.Categorization;

/// <summary>
/// Issue 12's "done when", asserted on the test split of the corpus written apart from the cues
/// (tests/corpora/categorize; its README has the taxonomy and the split rule). The cues were tuned on the dev split only,
/// so a regression on unseen letters, forms and short reports fails CI here. Text only: the files' names carry their kind.
/// </summary>
public sealed class CategoryHeldOutCorpusTests
{
    private const double Threshold = 0.75;

    private static readonly CategoryEvaluation Test = Evaluate("test");

    [Fact]
    public void TheTestSplitCoversEveryDefaultCategory()
    {
        Assert.True(Test.Total >= 100, $"test split has {Test.Total} documents");
        Assert.All(DefaultCategories.All, c => Assert.True(Support(c.Name) >= 10, $"{c.Name}: {Support(c.Name)} documents"));
    }

    [Fact]
    public void BalancedRecallOfflineIsAtLeastNinetyFivePercent() =>
        Assert.True(Test.BalancedRecall >= 0.95, $"balanced recall {Test.BalancedRecall:0.000}; {Summary()}");

    [Fact]
    public void TheModelIsNeededForAtMostAQuarterOfTheDocuments() =>
        Assert.True(Test.UnsureRate <= 0.25, $"unsure (below {Threshold}) {Test.UnsureRate:P1}; {Summary()}");

    [Fact]
    public void ConfidentAnswersAreRightAtLeastNinetyEightTimesInAHundred() =>
        Assert.True(Test.AccuracyAtThreshold >= 0.98, $"confident-answer accuracy {Test.AccuracyAtThreshold:0.000}; {Summary()}");

    [Fact]
    public void EveryDocumentGetsACategory() => Assert.Equal(0, Test.Total - Test.Decided);

    [Fact]
    public void ConfidenceIsNotOverconfident()
    {
        // Calibration on unseen documents: wherever a confidence bin holds enough answers to judge, they are right at
        // least about as often as the confidence says.
        Assert.All(Test.Reliability.Where(b => b.Count >= 10), b => Assert.True(b.Accuracy >= b.MeanConfidence - 0.05,
            string.Create(CultureInfo.InvariantCulture, $"[{b.Lower}, {b.Upper}): {b.Count} answers, mean confidence {b.MeanConfidence:0.00}, accuracy {b.Accuracy:0.00}")));
        Assert.True(Test.ExpectedCalibrationError <= 0.10, $"calibration error {Test.ExpectedCalibrationError:0.000}");
    }

    [Fact]
    public void ReasonsCarryNoDigitsOnUnseenDocuments()
    {
        var engine = new CategoryRulesEngine();
        foreach (var document in Documents("test"))
        {
            var reason = engine.Decide(null, document.Text).Reason;
            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(reason, @"\d"), $"{document.Id}: {reason}");
            Assert.Equal(1, reason.Count(c => c == '.'));
        }
    }

    private static int Support(string category) => Test.PerCategory.SingleOrDefault(m => m.Category == category)?.Support ?? 0;

    private static string Summary() =>
        string.Join(", ", Test.PerCategory.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Category} recall {m.Recall:0.00}"))) +
        "; misses: " + string.Join("; ", Test.Misses.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Id} → {m.Predicted ?? "none"} at {m.Confidence:0.00}")));

    private static CategoryEvaluation Evaluate(string split) => CategoryEvaluator.Evaluate(new CategoryRulesEngine(), Documents(split), Threshold);

    private static List<LabeledDocument> Documents(string split) =>
        LabelledFolderReader.Read(Path.Combine(AppContext.BaseDirectory, "corpora", "categorize", split));
}
