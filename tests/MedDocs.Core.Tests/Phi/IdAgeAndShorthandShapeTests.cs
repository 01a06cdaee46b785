using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Fifth pass (generalisation): vital-sign decades are not identifiers, serials after device words are device
/// identifiers, run-together words are not host names, ages over 89 stated in speech, and spoken month/day names.
/// </summary>
public sealed class IdAgeAndShorthandShapeTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("HR: SINUS 90S-100S, NO ECTOPY")]
    [InlineData("MAPS 60S-70S ON LEVO")]
    [InlineData("SBP 100S-140S OVERNIGHT")]
    public void VitalSignDecadeRangesAreNotIdentifiers(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Rule == "id-shape");

    [Fact]
    public void ACapitalAndDigitCodeStillIsAnIdentifier() =>
        Assert.Contains(_engine.Find("ref RX-4410-72 on file"), f => f.Text == "RX-4410-72");

    [Theory]
    [InlineData("readings from glucometer TRU-88-10342 reviewed", "TRU-88-10342")]
    [InlineData("insulin pump MMT-7781-55 alarming", "MMT-7781-55")]
    [InlineData("pacemaker ADR-01-44718 interrogated", "ADR-01-44718")]
    public void SerialsAfterDeviceWordsAreDeviceIds(string text, string expected)
    {
        var findings = _engine.Find(text);
        Assert.Contains(findings, f => f.Type == PhiType.DeviceId && f.Text == expected);
    }

    [Theory]
    [InlineData("MRN 5512034 | Medicaid QX2-771-AB40 | Acct 99120", "QX2-771-AB40", PhiType.HealthPlanId)]
    [InlineData("MRN: 4471203   ACC: H25-118-0473", "H25-118-0473", PhiType.Other)]
    [InlineData("insurance aware; case # QA-31-55120", "QA-31-55120", PhiType.Other)]
    [InlineData("Record ID QZ-55012 on file", "QZ-55012", PhiType.Mrn)]
    public void TheNearestLabelOfTheSameFieldTypesAnIdShape(string text, string expected, PhiType type) =>
        Assert.Contains(_engine.Find(text), f => f.Type == type && f.Text == expected);

    [Theory]
    [InlineData("LOC: 4E-318   COLLECTED: today")]
    [InlineData("moved to room 7N-204 overnight")]
    public void WardAndRoomCodesAreNotIdentifiers(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Rule == "id-shape");

    [Theory]
    [InlineData("resting.vitals.stable.resp.even.no distress")]
    [InlineData("pt resting.sats.in 90s")]
    [InlineData("skin.intact.turns.q2h.no breakdown")]
    public void RunTogetherWordsAreNotHostNames(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Url);

    [Theory]
    [InlineData("results at mychart.nordby.no tomorrow", "mychart.nordby.no")]
    [InlineData("see patient.example.com", "patient.example.com")]
    public void RealHostsStayUrls(string text, string expected) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Url && f.Text == expected);

    [Theory]
    [InlineData("so you're 104 now is that right", "104")]
    [InlineData("she's 97 and lives alone", "97")]
    [InlineData("my father is 99.", "99")]
    [InlineData("he turned 92 last month", "92")]
    [InlineData("she'll be 100 in june", "100")]
    [InlineData("not bad for 95 huh", "95")]
    [InlineData("lives with husband Oskar (93) at home", "93")]
    [InlineData("i’m 91, doctor", "91")]
    public void AgesOverEightyNineStatedInSpeech(string text, string expected) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Age && f.Text == expected);

    [Theory]
    [InlineData("he's 96 on two liters")]
    [InlineData("her sats are fine, she's 94.")]
    [InlineData("she is 130 over 85")]
    [InlineData("he's 99% on room air")]
    [InlineData("i'm 100 percent sure")]
    [InlineData("rate is 110, rhythm sinus")]
    [InlineData("she's 88 and spry")]
    public void NumbersAfterBeVerbsThatAreNotAgesOverEightyNine(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Age);

    [Theory]
    [InlineData("uh it's october i think", "october")]
    [InlineData("pt: november already", "november")]
    [InlineData("well it's the ninth today", "ninth")]
    [InlineData("so today's the 14th", "14th")]
    public void MonthsAndDaysNamedInSpeech(string text, string expected) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Date && f.Text == expected);

    [Theory]
    [InlineData("it's the first thing she asked")]
    [InlineData("it's the third time today")]
    [InlineData("you may go home")]
    [InlineData("it's the second one")]
    public void OrdinalsAndVerbMonthsThatAreNotDates(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Date);
}
