using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Sixth pass: an SSN-shaped number after another number's label, blood product unit numbers, codes whose words before
/// name no plan, and scale scores that read as month/day.
/// </summary>
public sealed class ScoresUnitsAndLabelTypeTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("Name: ROE, AL     MR#: 512-77-3090", "512-77-3090", PhiType.Mrn)]
    [InlineData("Acct 233-41-7781 billed", "233-41-7781", PhiType.AccountNumber)]
    public void AnSsnShapeAfterAnotherLabelTakesThatLabel(string text, string value, PhiType type)
    {
        var findings = _engine.Find(text);
        Assert.Contains(findings, f => f.Type == type && f.Text == value);
        Assert.DoesNotContain(findings, f => f.Type == PhiType.Ssn);
    }

    [Fact]
    public void AnSsnAfterItsOwnLabelStaysAnSsn() =>
        Assert.Contains(_engine.Find("SSN: 512-77-3090"), f => f.Type == PhiType.Ssn);

    [Theory]
    [InlineData("issued units Z1187 25 440913, Z1187 25 440927 for OR", "Z1187 25 440913")]
    [InlineData("issued units Z1187 25 440913, Z1187 25 440927 for OR", "Z1187 25 440927")]
    [InlineData("FFP unit A0031 24 118802 spiked at 1400", "A0031 24 118802")]
    public void BloodUnitNumbersAreOther(string text, string value) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Other && f.Text == value);

    [Theory]
    [InlineData("given K 4020 20 meq over 2 h")]
    [InlineData("Room B1204 12 patients")]
    public void LookAlikesOfUnitNumbersAreNotOther(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Rule == "blood-unit-number");

    [Fact]
    public void ACodeAfterAFamilyMemberWordIsNoHealthPlanId()
    {
        var findings = _engine.Find("genetic testing for relatives uses family member code REL-5520913-B.");
        Assert.Contains(findings, f => f.Type == PhiType.Other && f.Text == "REL-5520913-B");
        Assert.DoesNotContain(findings, f => f.Type == PhiType.HealthPlanId);
    }

    [Theory]
    [InlineData("exam: fluent, naming 11/15, no drift")]
    [InlineData("in ED PRAM 8/12, on albuterol")]
    [InlineData("MoCA: 12/30 today")]
    [InlineData("grade 2 (tubules 2, nuclei 3, mitoses 2 = 7/9).")]
    public void ScaleScoresAreNotDates(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Date);

    [Theory]
    [InlineData("recall seen 9/12 in clinic", "9/12")]
    [InlineData("naming clinic visit 12/5", "12/5")]
    public void DatesNearScaleWordsStayDates(string text, string value) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Date && f.Text == value);
}
