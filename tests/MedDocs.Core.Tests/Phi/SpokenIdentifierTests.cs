using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Sixth pass: spoken identifiers in transcripts: letters spelled out before the digits, a number after "i d" or "badge",
/// and an area code read out on its own.
/// </summary>
public sealed class SpokenIdentifierTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("agent: your ticket is k r four oh nine one seven two thanks", "k r four oh nine one seven two")]
    [InlineData("patient: it says h b seven seven two oh one", "h b seven seven two oh one")]
    public void SpelledLettersBeforeDigitsMakeAnIdentifier(string text, string value)
    {
        var findings = _engine.Find(text);
        Assert.Contains(findings, f => f.Type == PhiType.Other && f.Text == value);
        Assert.DoesNotContain(findings, f => f.Type == PhiType.Phone);
    }

    [Theory]
    [InlineData("hello this is the arabic interpreter i d three one nine oh four", "three one nine oh four")]
    [InlineData("officer here badge number six six two oh", "six six two oh")]
    public void SpokenNumbersAfterAnIdWordAreOther(string text, string value) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Other && f.Text == value);

    [Fact]
    public void AnAreaCodeReadOutIsPartOfAPhone() =>
        Assert.Contains(_engine.Find("patient: oh and the area code is six oh eight"), f => f.Type == PhiType.Phone && f.Text == "six oh eight");

    [Theory]
    [InlineData("doctor: take two four times a day for a week")]
    [InlineData("patient: i walk a mile five days a week")]
    public void CountsInSpeechAreNoIdentifiers(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type is PhiType.Other or PhiType.Phone);

    [Fact]
    public void ASpokenPhoneNumberStaysAPhone() =>
        Assert.Contains(_engine.Find("patient: my cell is five five five oh one four two"), f => f.Type == PhiType.Phone);
}
