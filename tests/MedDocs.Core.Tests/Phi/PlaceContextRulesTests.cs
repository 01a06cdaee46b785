using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Places known by their neighbours (fifth pass, 2026-12-03): towns after a facility or street and a comma, towns after
/// residence and origin cues, named wards after transfer and "on" cues, facilities in lists and after location labels,
/// spoken saints, numbered roads, towns before "police", businesses before a found town or street; and the look-alikes
/// that stay unmarked (specialties and schedules before facility words, drug doses, people with credentials).
/// </summary>
public sealed class PlaceContextRulesTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    // A town after a found facility and a comma, in the facility's case.
    [InlineData("DISCHARGED TO: ASHCOMBE MANOR, DUNMARSH\nFOLLOW UP", "DUNMARSH")]
    [InlineData("Plan: Quillby Health and Rehab, Dunmarsh. Son agrees.", "Dunmarsh")]
    [InlineData("Site: Oakhurst Vein Clinic, Ellsworth\nIndication: swelling", "Ellsworth")]
    // A street in capitals and the town after it.
    [InlineData("PT LIVES AT 27 DALBY COURT, WHITBY, WITH WIFE", "27 DALBY COURT")]
    [InlineData("PT LIVES AT 27 DALBY COURT, WHITBY, WITH WIFE", "WHITBY")]
    [InlineData("home address 9 quillby row, apt 2", "9 quillby row")]
    // Towns after residence and origin phrases.
    [InlineData("SOCIAL: WIDOWED, LIVES ALONE IN DUNMARSH. NO PETS.", "DUNMARSH")]
    [InlineData("afebrile overnight. pt from Whitby, daughter at bedside", "Whitby")]
    [InlineData("brother here from Sorrell for the week", "Sorrell")]
    [InlineData("wife says they live in dalby now", "dalby")]
    // Named wards after a transfer cue or "on".
    [InlineData("ACCEPTED, WILL TRANSFER TO BRANTLEY 6 WHEN BED READY", "BRANTLEY 6")]
    [InlineData("daughter waiting in the lounge on bellamy seven", "bellamy seven")]
    [InlineData("charge nurse on Kimball 3 called back", "Kimball 3")]
    // Facilities in lists and after a location label.
    [InlineData("Referrals sent: Ashcombe and Quillby Valley Rehabilitation Hospital", "Ashcombe")]
    [InlineData("ORDERING: LEE, J   LOC: PEMBERTON OUTPT\n", "PEMBERTON")]
    // Spoken places.
    [InlineData("patient: we go to saint agatha's every sunday", "saint agatha's")]
    [InlineData("it happened out on highway forty one by the quarry", "highway forty one")]
    [InlineData("rear-ended on Route 116 yesterday", "Route 116")]
    [InlineData("the oakhurst police brought him in last night", "oakhurst")]
    [InlineData("she works at the quillby bakery on dalby street", "quillby bakery")]
    [InlineData("he stays at the moose lodge in dunmarsh most nights", "moose lodge")]
    [InlineData("Unit: Pemberton 4\nBed: 12", "Pemberton 4")]
    [InlineData("dispo: larkfield rehab, quillby", "quillby")]
    // Residences named after a living or moving verb.
    [InlineData("she lives at maple ridge estates with her husband", "maple ridge estates")]
    [InlineData("pt moved into the willow commons last year", "willow commons")]
    [InlineData("lives at foxglove court", "foxglove court")]
    // Workplaces after a work cue or a caller's name, without an article.
    [InlineData("says he wants to go back to work at sunny acres dairy", "sunny acres dairy")]
    [InlineData("i work at walmart on weekends", "walmart")]
    [InlineData("hi this is priya from lakeshore home health returning your call", "lakeshore home health")]
    public void PlacesKnownByTheirNeighboursAreFound(string text, string expected) => AssertFound(text, expected);

    [Theory]
    [InlineData("Weekly labs drawn at Oakhurst Lab", "Weekly labs")]
    [InlineData("duplex at the vasc lab tomorrow", "vasc lab")]
    [InlineData("f/u Urology clinic in 2 weeks", "Urology clinic")]
    [InlineData("OT RECOMMENDS LONG-TERM REHAB.", "LONG-TERM REHAB")]
    [InlineData("Referred to rheumatology for the rash.", "rheumatology")]
    [InlineData("Received from echo lab at 1400", "echo")]
    [InlineData("Result called to Pearl Whitby RN at 10:14", "Pearl")]
    [InlineData("handoff given to Caldwell, RN on the floor", "Caldwell")]
    [InlineData("levophed titrated, now on levo 4 mcg", "levo 4")]
    [InlineData("sedation: on fentanyl 50 and versed 2", "fentanyl 50")]
    [InlineData("FIO2 WEANED TO PEEP 5 THIS AM", "PEEP 5")]
    [InlineData("she went to a grocery store in Dunmarsh", "grocery store")]
    [InlineData("took the route 2 times before", "route 2")]
    [InlineData("sent to the state police barracks", "state")]
    [InlineData("St. John's wort at home", "St. John's")]
    [InlineData("changed route 2/2 to IV", "route 2")]
    [InlineData("she goes to the charter school on elm street", "charter school")]
    [InlineData("meet at the rec center in dunmarsh", "rec center")]
    [InlineData("the MBTA police found him", "MBTA")]
    [InlineData("PT ORIGINALLY FROM HONDURAS, SPANISH SPEAKING", "HONDURAS")]
    [InlineData("mother visiting from Sri Lanka", "Sri Lanka")]
    [InlineData("CALLED OUT TO STEPDOWN 2", "STEPDOWN")]
    [InlineData("TRANSFERRED FROM TRIAGE AT 0300", "TRIAGE")]
    [InlineData("follow up at fenwick clinic, then home", "then")]
    [InlineData("Unit: MICU\nBed: 4", "MICU")]
    [InlineData("back to work at least part time", "least")]
    [InlineData("she works at the front desk", "front desk")]
    [InlineData("i'm working at full capacity", "full capacity")]
    [InlineData("it's ellen from dr park's office", "park's")]
    [InlineData("i work at night mostly", "night")]
    [InlineData("lives at the senior apartments downtown", "apartments")]
    [InlineData("lives in assisted living apartments", "apartments")]
    [InlineData("she lives at home with the family", "home")]
    [InlineData("Location: sacrum, stage 2", "sacrum")]
    [InlineData("WOUND LOCATION: COCCYX", "COCCYX")]
    [InlineData("continue on norco 10 for pain", "norco 10")]
    [InlineData("PT FROM TEXAS, HERE FOR SURGERY", "TEXAS")]
    [InlineData("pt lives in Ohio with wife", "Ohio")]
    [InlineData("daughter visiting from North Carolina", "North Carolina")]
    public void GenericServicesDosesAndPeopleAreNotPlaces(string text, string notExpected)
    {
        var findings = _engine.Find(text);
        Assert.DoesNotContain(findings, f => f.Type == PhiType.Location && f.Text.Contains(notExpected, StringComparison.Ordinal));
    }

    [Fact]
    public void PeopleJoinedBeforeAFirmWordAreNotSplitIntoPlaces()
    {
        var findings = _engine.Find("Audit by Hicks and Brown Associates last year.");
        Assert.DoesNotContain(findings, f => f.Type == PhiType.Location && (f.Text == "Hicks" || f.Text == "Brown"));
    }

    [Fact]
    public void AFacilityNamedInAListIsFoundAgainLater()
    {
        var findings = _engine.Find("options: Ashcombe and Quillby Valley Rehabilitation Hospital. Family prefers Ashcombe.");
        Assert.Equal(2, findings.Count(f => f.Type == PhiType.Location && f.Text == "Ashcombe"));
    }

    private void AssertFound(string text, string expected) => PhiAssert.Found(_engine, text, PhiType.Location, expected);
}
