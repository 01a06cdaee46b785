using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

public sealed class PhiMergerTests
{
    private const string Text = "0123456789012345678901234567890123456789";

    private static PhiFinding F(PhiType type, int start, int length, double confidence = 0.9, string engine = "rules") =>
        new(type, Text.Substring(start, length), start, length, confidence, engine, "test");

    [Theory]
    [InlineData(PhiType.Ssn, PhiType.Other)]
    [InlineData(PhiType.Mrn, PhiType.AccountNumber)]
    [InlineData(PhiType.Fax, PhiType.Phone)]
    [InlineData(PhiType.Date, PhiType.Other)]
    [InlineData(PhiType.Email, PhiType.Url)]
    [InlineData(PhiType.Zip, PhiType.Location)]
    public void TheMoreSpecificTypeWinsAnOverlap(PhiType specific, PhiType general)
    {
        var merged = PhiMerger.Merge([F(general, 5, 10, confidence: 0.99), F(specific, 5, 10, confidence: 0.6)]);
        Assert.Equal(specific, Assert.Single(merged).Type);
    }

    [Fact]
    public void OnEqualTypesHigherConfidenceThenLongerSpanWins()
    {
        var byConfidence = PhiMerger.Merge([F(PhiType.Name, 0, 10, 0.7), F(PhiType.Name, 2, 4, 0.9)]);
        Assert.Contains(byConfidence, f => f.Start == 2 && f.Length == 4);

        var byLength = PhiMerger.Merge([F(PhiType.Name, 2, 4, 0.8), F(PhiType.Name, 0, 10, 0.8)]);
        Assert.Equal((0, 10), (Assert.Single(byLength).Start, byLength[0].Length));
    }

    [Fact]
    public void PartsOfALoserOutsideTheWinnerAreKept()
    {
        // An LLM-style long location around a rules ZIP: the ZIP wins, the rest of the address stays covered.
        const string text = "Lives at 12 Main St, Springfield, IL 62704 now";
        int start = text.IndexOf("12 Main", StringComparison.Ordinal);
        int zip = text.IndexOf("62704", StringComparison.Ordinal);
        var location = new PhiFinding(PhiType.Location, text[start..(zip + 5)], start, zip + 5 - start, 0.7, "llm", null);
        var zipFinding = new PhiFinding(PhiType.Zip, "62704", zip, 5, 0.95, "rules", "zip");
        var merged = PhiMerger.Merge([location, zipFinding]);
        Assert.Equal(2, merged.Count);
        Assert.Equal("12 Main St, Springfield, IL", merged[0].Text);
        Assert.Equal(PhiType.Location, merged[0].Type);
        Assert.Equal(merged[0].Text, text.Substring(merged[0].Start, merged[0].Length));
        Assert.Equal(PhiType.Zip, merged[1].Type);
    }

    [Fact]
    public void OutputIsSortedAndDisjoint()
    {
        var merged = PhiMerger.Merge([F(PhiType.Name, 20, 5), F(PhiType.Date, 0, 8), F(PhiType.Phone, 6, 6), F(PhiType.Name, 20, 5)]);
        for (int i = 1; i < merged.Count; i++)
        {
            Assert.True(merged[i - 1].End <= merged[i].Start);
        }
        Assert.Equal(3, merged.Count);
    }
}
