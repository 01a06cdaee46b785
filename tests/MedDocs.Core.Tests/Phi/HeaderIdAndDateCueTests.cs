using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Sixth pass: a header's bare "ID:" or '#' number after the patient's LAST, First is the record number; month parts written
/// as one word; dates after an imaging study's region or a duration in parentheses.
/// </summary>
public sealed class HeaderIdAndDateCueTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("RESTING ECG\nMOSS, DARIEN  ID: 660193382   02-Dec-2026 06:10   Female   Age 71", "660193382")]
    [InlineData("CHEST 1 VIEW\nOkafor, Bisi   #7120934   4 West bed 2\nIndication: line", "7120934")]
    public void AHeaderIdIsTheRecordNumber(string text, string value) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Mrn && f.Text == value);

    [Theory]
    [InlineData("met with interpreter ID 661029 and family")]
    [InlineData("pump rate 125000 units\nissued #4471203 tickets")]
    public void OtherIdsAreNoRecordNumbers(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Mrn);

    [Theory]
    [InlineData("joint pain since about mid-February, worse in the mornings", "February")]
    [InlineData("plans to travel late-October", "October")]
    public void MonthPartsWrittenAsOneWordAreDates(string text, string value) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Date && f.Text == value);

    [Theory]
    [InlineData("GI: NPO. CT ABD 11/3 W/ FREE FLUID", "11/3")]
    [InlineData("PCP visit within 3-5 days (2/14 10:30 booked)", "2/14")]
    public void DatesAfterStudiesAndDurationsStayDates(string text, string value) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Date && f.Text.StartsWith(value, StringComparison.Ordinal));

    [Theory]
    [InlineData("abx day 3/7 today")]
    [InlineData("chemo cycle 2/6 given")]
    [InlineData("ABD 2/4 quadrants tender")]
    public void CourseDaysAndCyclesStayMeasurements(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Date);
}
