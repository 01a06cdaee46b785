using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Fifth pass (generalisation): numeric date ranges joined by a hyphen, and the measurement fractions that read as
/// month/day in a wider neighbourhood (strength grades by a limb, ventilation settings, chains, units, MIC values).
/// </summary>
public sealed class DateAndMeasurementShapeTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("Admission: 11/3/25-11/19/25 at the rehab", "11/3/25")]
    [InlineData("Admission: 11/3/25-11/19/25 at the rehab", "11/19/25")]
    [InlineData("course 2/14/2023-2/27/2023 complete", "2/14/2023")]
    [InlineData("course 2/14/2023-2/27/2023 complete", "2/27/2023")]
    [InlineData("stay 12/29-1/6/26, then SNF", "12/29")]
    [InlineData("stay 12/29-1/6/26, then SNF", "1/6/26")]
    [InlineData("held 7/2/24-7/9 for procedure", "7/2/24")]
    [InlineData("held 7/2/24-7/9 for procedure", "7/9")]
    [InlineData("window 3/8/24–3/12/24 (en dash)", "3/12/24")]
    public void HyphenatedNumericDateRangesFindBothEnds(string text, string expected) => AssertFound(text, expected);

    [Theory]
    [InlineData("ratio 5/325/10-7/2/24")]
    [InlineData("lot 12/3/24-7/8/99/4")]
    public void LongerNumberChainsAreNotRanges(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Rule == "date-range");

    [Theory]
    // Strength grades beside a limb or muscle, and lists of them.
    [InlineData("motor: 5/5 BLE, 3/5 RUE, 2/5 LUE")]
    [InlineData("weak 4/5 L deltoid and 4/5 in right grip")]
    [InlineData("RLE 3/5, LLE 4/5")]
    [InlineData("grasp 5/5, 3/5")]
    // "x/5" right before a limb abbreviation reads as a grade even after a visit verb (decided: grade, not a date).
    [InlineData("seen 2/5 LUE weakness noted")]
    // Chains after a measurement.
    [InlineData("pain 8/10 -> 2/10 after dilaudid")]
    [InlineData("strength 5/5 -> 3/5 over the shift")]
    [InlineData("pain 7/10, now 4/10")]
    // Units after the fraction.
    [InlineData("drank 1/2 gallon of prep")]
    [InlineData("took 3/4 cup of broth")]
    [InlineData("gave 1/2 amp D50")]
    [InlineData("1/2 vial given")]
    // MIC values of a susceptibility panel.
    [InlineData("Amp/sulbactam  S  (MIC 4/2)")]
    [InlineData("TMP/SMX  S  (MIC <=2/38)")]
    // Non-invasive ventilation a few words before the setting (inspiratory above expiratory).
    [InlineData("on CPAP at night 12/6")]
    [InlineData("BiPAP while asleep 14/7, sats 96%")]
    public void MeasurementFractionsInAWiderNeighbourhoodAreNotDates(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Date);

    [Theory]
    [InlineData("admitted 4/5 with RLE weakness", "4/5")]
    [InlineData("fell 3/12 injuring RLE", "3/12")]
    [InlineData("BiPAP started 11/2 for hypercapnia", "11/2")]
    [InlineData("BiPAP overnight 6/12 and 6/13", "6/12")]
    [InlineData("f/u 6/10, 7/10 with PCP", "7/10")]
    [InlineData("MRSA swab neg 7/21.", "7/21")]
    [InlineData("COVID neg 6/2, repeat tomorrow", "6/2")]
    [InlineData("TTE 3/9 showed TR jet", "3/9")]
    [InlineData("visits 4/5, 5/5 by PT", "5/5")]
    public void RealDatesInTheSameNeighbourhoodsStay(string text, string expected) => AssertFound(text, expected);

    [Theory]
    [InlineData("blood cultures neg 2/2")]
    [InlineData("bcx pos 1/4 bottles")]
    [InlineData("2/6 harsh SEM")]
    [InlineData("4/5 decreased strength")]
    public void CountsAndUnitsStillReadAsMeasurements(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Date);

    private void AssertFound(string text, string expected) => PhiAssert.Found(_engine, text, PhiType.Date, expected);
}
