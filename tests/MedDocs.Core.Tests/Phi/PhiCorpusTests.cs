using MedDocs.Core.Phi;
using MedDocs.Evaluation;
using Xunit.Abstractions;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Rules-only accuracy on the issue-11 corpora (tests/corpora/phi, written apart from the rules: ICU nursing notes,
/// discharge summaries, lab reports, lower-case transcripts). Scored as PhysioNet's deid runStat does: a gold span
/// counts as found when any finding overlaps it ("any type"); the same-type figures are printed beside. Floors sit a
/// little under what the rules reach today (README, docs/phi.md) so that a regression fails.
/// </summary>
public sealed class PhiCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] Styles = ["icu_nursing", "discharge", "lab", "transcripts"];

    private readonly PhiRulesEngine _engine = new();

    [Fact]
    public void DevCorporaMeetTheDoneWhenFloor()
    {
        var all = Styles.SelectMany(style => PhiTestData.Corpus(style, "dev")).ToList();
        var evaluation = PhiEvaluator.Evaluate(all, _engine.Find);
        output.WriteLine(evaluation.FormatTable());
        Assert.True(evaluation.AnyType.Recall >= 0.95, $"dev recall {evaluation.AnyType.Recall:0.000} < 0.95");
        Assert.True(evaluation.AnyType.Precision >= 0.85, $"dev precision {evaluation.AnyType.Precision:0.000} < 0.85");
        Assert.True(evaluation.Overall.Recall >= 0.93 && evaluation.Overall.Precision >= 0.95,
            $"dev same-type recall {evaluation.Overall.Recall:0.000}, precision {evaluation.Overall.Precision:0.000}");
    }

    // test: tuned on since 2026-12-03; holdout: written apart, studied after its first measurement; holdout2: the same,
    // studied in the seventh pass; holdout3: written blind before that pass, never studied; holdout4: written blind,
    // judged the tagger, then studied in the eighth pass; holdout5: written blind before the eighth pass, studied in the
    // ninth; holdout6: written blind before the ninth pass, never studied (the unseen figure).
    // Floors sit about 0.01-0.02 under today's figures so that a regression fails.
    [Theory]
    [InlineData("icu_nursing", "test", 0.98, 0.98)]
    [InlineData("discharge", "test", 0.98, 0.98)]
    [InlineData("lab", "test", 0.98, 0.98)]
    [InlineData("transcripts", "test", 0.95, 0.98)]
    [InlineData("icu_nursing", "holdout", 0.96, 0.98)]
    [InlineData("discharge", "holdout", 0.97, 0.98)]
    [InlineData("lab", "holdout", 0.95, 0.97)]
    [InlineData("transcripts", "holdout", 0.83, 0.98)]
    [InlineData("icu_nursing", "holdout2", 0.97, 0.98)]
    [InlineData("discharge", "holdout2", 0.97, 0.98)]
    [InlineData("lab", "holdout2", 0.97, 0.98)]
    [InlineData("transcripts", "holdout2", 0.91, 0.96)]
    [InlineData("icu_nursing", "holdout3", 0.92, 0.95)]
    [InlineData("discharge", "holdout3", 0.94, 0.95)]
    [InlineData("lab", "holdout3", 0.93, 0.97)]
    [InlineData("transcripts", "holdout3", 0.81, 0.96)]
    [InlineData("icu_nursing", "holdout4", 0.94, 0.96)]
    [InlineData("discharge", "holdout4", 0.94, 0.95)]
    [InlineData("lab", "holdout4", 0.94, 0.97)]
    [InlineData("transcripts", "holdout4", 0.87, 0.97)]
    [InlineData("icu_nursing", "holdout5", 0.89, 0.96)]
    [InlineData("discharge", "holdout5", 0.91, 0.95)]
    [InlineData("lab", "holdout5", 0.94, 0.92)]
    [InlineData("transcripts", "holdout5", 0.87, 0.97)]
    [InlineData("icu_nursing", "holdout6", 0.90, 0.96)]
    [InlineData("discharge", "holdout6", 0.89, 0.96)]
    [InlineData("lab", "holdout6", 0.90, 0.95)]
    [InlineData("transcripts", "holdout6", 0.82, 0.97)]
    public void SplitsKeepTheirRecallAndPrecision(string style, string split, double recall, double precision)
    {
        var documents = PhiTestData.Corpus(style, split);
        Assert.NotEmpty(documents);
        var evaluation = PhiEvaluator.Evaluate(documents, _engine.Find);
        output.WriteLine($"{style}.{split}: {documents.Count} notes");
        output.WriteLine(evaluation.FormatTable());
        Assert.True(evaluation.AnyType.Recall >= recall, $"{style}.{split} recall {evaluation.AnyType.Recall:0.000} < {recall}");
        Assert.True(evaluation.AnyType.Precision >= precision, $"{style}.{split} precision {evaluation.AnyType.Precision:0.000} < {precision}");
    }

    [Fact]
    public void YearsCountOnlyWhenAskedFor()
    {
        var documents = Styles.SelectMany(style => PhiCorpusReader.LoadAsync(Path.Combine(PhiTestData.CorporaDirectory, $"{style}.dev.json")).GetAwaiter().GetResult()).ToList();
        var years = documents.SelectMany(d => d.Spans).Where(s => s.Type == PhiType.Year).ToList();
        Assert.NotEmpty(years);
        var withYears = new PhiRulesEngine { IncludeYears = true };
        var byDefault = documents.SelectMany(d => _engine.Find(d.Text)).ToList();
        Assert.DoesNotContain(byDefault, f => f.Type == PhiType.Year);
        var found = documents.Sum(d => d.Spans.Count(s => s.Type == PhiType.Year && withYears.Find(d.Text).Any(f => f.Start < s.End && s.Start < f.End)));
        Assert.True(found * 2 >= years.Count, $"only {found} of {years.Count} labelled years found with IncludeYears");
    }
}
