using MedDocs.Core.Phi;
using MedDocs.Evaluation;
using Xunit.Abstractions;

namespace MedDocs.Core.Tests.Phi;

public sealed class PhiEvaluationTests(ITestOutputHelper output)
{
    private readonly PhiRulesEngine _engine = new();

    [Fact]
    public void FixtureSpansMatchTheirText()
    {
        var notes = PhiTestData.ClinicalNotes();
        Assert.True(notes.Count >= 25);
        foreach (var note in notes)
        {
            Assert.All(note.Spans, s => Assert.Equal(s.Text, note.Text.Substring(s.Start, s.Length)));
        }
    }

    [Fact]
    public void RulesMeetTheRecallFloorOnPatternTypesOfTheClinicalNotes()
    {
        var evaluation = PhiEvaluator.Evaluate(PhiTestData.ClinicalNotes(), _engine.Find);
        output.WriteLine(evaluation.FormatTable());
        PhiType[] patternTypes =
            [PhiType.Phone, PhiType.Fax, PhiType.Email, PhiType.Ssn, PhiType.Mrn, PhiType.IpAddress, PhiType.Url, PhiType.Date, PhiType.Zip, PhiType.Age, PhiType.HealthPlanId];
        var pattern = patternTypes.Select(evaluation.For).ToList();
        double recall = (double)pattern.Sum(s => s.GoldFound) / pattern.Sum(s => s.Gold);
        Assert.True(recall >= 0.95, $"pattern-type recall {recall:0.000} < 0.95");
        // Floors a little under what the rules reach today (docs/phi.md), so a regression fails.
        Assert.True(evaluation.Overall.Recall >= 0.93, $"overall recall {evaluation.Overall.Recall:0.000}");
        Assert.True(evaluation.Overall.Precision >= 0.95, $"overall precision {evaluation.Overall.Precision:0.000}");
        Assert.True(evaluation.For(PhiType.Name).Recall >= 0.9, $"name recall {evaluation.For(PhiType.Name).Recall:0.000}");
    }

    [PresidioSynthFact]
    public void RulesKeepTheirPrecisionOnPresidioSynth()
    {
        var documents = PhiCorpusReader.LoadAsync(PhiTestData.PresidioSynthPath!).GetAwaiter().GetResult();
        var evaluation = PhiEvaluator.Evaluate(documents, _engine.Find);
        output.WriteLine(evaluation.FormatTable());
        // Was 0.999 at recall 0.347 when only cued, title-case names counted. The lexicon rules now also flag names and
        // places without cues and organisations as places (the clinical corpora label employers and facilities as
        // Location; presidio's ORGANIZATION spans are not scored): recall 0.57, precision 0.91.
        Assert.True(evaluation.AnyType.Precision >= 0.88, $"any-type precision {evaluation.AnyType.Precision:0.000}");
        Assert.True(evaluation.AnyType.Recall >= 0.55, $"any-type recall {evaluation.AnyType.Recall:0.000}");
        foreach (var type in new[] { PhiType.Email, PhiType.Ssn, PhiType.IpAddress, PhiType.Url })
        {
            Assert.True(evaluation.For(type).Recall >= 0.95, $"{type} recall {evaluation.For(type).Recall:0.000}");
        }
    }

    [Fact]
    public void EvaluatorCountsOverlapsPerTypeAndForAnyType()
    {
        const string text = "John Smith called 555-123-4567 on 03/14/2024.";
        var document = new PhiLabelledDocument("d", text,
        [
            new PhiGoldSpan(PhiType.Name, 0, 10, "John Smith"),
            new PhiGoldSpan(PhiType.Phone, 18, 12, "555-123-4567"),
            new PhiGoldSpan(PhiType.Date, 34, 10, "03/14/2024"),
        ]);
        PhiFinding[] predicted =
        [
            new(PhiType.Name, "John", 0, 4, 0.7, "rules", null), // partial overlap still counts
            new(PhiType.Fax, "555-123-4567", 18, 12, 0.9, "rules", null), // wrong type
            new(PhiType.Other, "called", 11, 6, 0.5, "rules", null), // false alarm
        ];
        var evaluation = PhiEvaluator.Evaluate([(document, predicted)]);
        Assert.Equal(1.0, evaluation.For(PhiType.Name).Recall);
        Assert.Equal(0.0, evaluation.For(PhiType.Phone).Recall);
        Assert.Equal(0.0, evaluation.For(PhiType.Fax).Precision);
        Assert.Equal(1.0 / 3, evaluation.Overall.Recall, 3);
        Assert.Equal(2.0 / 3, evaluation.AnyType.Recall, 3);
        Assert.Equal(2.0 / 3, evaluation.AnyType.Precision, 3);
        Assert.Equal(4, evaluation.Errors.Count); // 2 misses (phone typed as fax, date) + 2 false alarms
    }

    [Fact]
    public void PresidioTypesMapToSafeHarborTypes()
    {
        Assert.Equal(PhiType.Name, PhiCorpusReader.MapEntityType("PERSON"));
        Assert.Equal(PhiType.Location, PhiCorpusReader.MapEntityType("GPE"));
        Assert.Equal(PhiType.AccountNumber, PhiCorpusReader.MapEntityType("IBAN_CODE"));
        Assert.Equal(PhiType.HealthPlanId, PhiCorpusReader.MapEntityType("HealthPlanId"));
        Assert.Null(PhiCorpusReader.MapEntityType("ORGANIZATION"));
        Assert.Null(PhiCorpusReader.MapEntityType("TITLE"));
    }
}
