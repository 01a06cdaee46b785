using MedDocs.Core.Clinical;

namespace MedDocs.Core.Tests.Clinical;

public sealed class ClinicalRulesTests
{
    [Theory]
    [InlineData("J18.9", "J18.9")]
    [InlineData(" e11.9 ", "E11.9")]
    [InlineData("E119", "E11.9")]
    [InlineData("I10", "I10")]
    [InlineData("S72.001A", "S72.001A")]
    [InlineData("O09.A0", "O09.A0")]
    [InlineData("U07.1", null)]
    [InlineData("250.00", null)]
    [InlineData("J18.", null)]
    [InlineData("pneumonia", null)]
    [InlineData("J18.90123", null)]
    [InlineData("", null)]
    public void IcdCodesAreCheckedByFormat(string raw, string? expected) => Assert.Equal(expected, IcdCode.Normalize(raw));

    [Theory]
    [InlineData("temperature", "101.2", "F", "38.4", "°C")]
    [InlineData("temperature", "98.6 °F", null, "37", "°C")]
    [InlineData("temp", "38.5", "C", "38.5", "°C")]
    [InlineData("temperature", "99.5", null, "37.5", "°C")]
    [InlineData("weight", "180", "lbs", "81.6", "kg")]
    [InlineData("weight", "72", "kg", "72", "kg")]
    [InlineData("height", "70", "in", "177.8", "cm")]
    [InlineData("blood pressure", "120/80", "mmHg", "120/80", "mmHg")]
    [InlineData("BP", "132 / 84", null, "132/84", "mmHg")]
    [InlineData("heart rate", "104", "bpm", "104", "bpm")]
    [InlineData("pulse", "72 beats per minute", null, "72", "bpm")]
    [InlineData("respiratory rate", "18", null, "18", "breaths/min")]
    [InlineData("oxygen saturation", "93", "percent", "93", "%")]
    public void VitalSignsAreNormalised(string name, string value, string? unit, string normalized, string normalizedUnit)
    {
        var vital = VitalSignNormalizer.Normalize(name, value, unit);
        Assert.NotNull(vital);
        Assert.Equal((normalized, normalizedUnit), (vital.Value, vital.Unit));
    }

    [Fact]
    public void AVitalWithoutANumberIsNotNormalised() => Assert.Null(VitalSignNormalizer.Normalize("temperature", "afebrile", null));

    [Fact]
    public void TheLocatorToleratesCaseWhitespaceAndTypography()
    {
        const string text = "Patient: I don\u2019t take the\nLisinopril   10 mg any more.";
        var locator = new EntityLocator(text);

        var span = locator.Locate("lisinopril 10 mg");
        var quote = locator.Locate("don't take");

        Assert.NotNull(span);
        Assert.Equal("Lisinopril   10 mg", text.Substring(span.Value.Start, span.Value.Length));
        Assert.Equal("don\u2019t take", text.Substring(quote!.Value.Start, quote.Value.Length));
        Assert.Null(locator.Locate("metformin"));
    }

    [Fact]
    public void TheLocatorGivesRepeatedMentionsTheirOwnOccurrences()
    {
        const string text = "Aspirin daily. No reaction to aspirin before. Aspirinated? no.";
        var locator = new EntityLocator(text);

        var first = locator.Locate("aspirin");
        var second = locator.Locate("ASPIRIN");
        var third = locator.Locate("aspirin");

        Assert.Equal(0, first!.Value.Start);
        Assert.Equal(text.IndexOf("aspirin before", StringComparison.Ordinal), second!.Value.Start);
        // No whole-word occurrence left: the part-word one, never a miss.
        Assert.Equal(text.IndexOf("Aspirinated", StringComparison.Ordinal), third!.Value.Start);
    }

    [Fact]
    public void WholeWordsArePreferredOverPartsOfWords()
    {
        const string text = "No fevers at night. Fever today.";
        var span = new EntityLocator(text).Locate("fever");
        Assert.Equal(text.IndexOf("Fever today", StringComparison.Ordinal), span!.Value.Start);
    }
}
