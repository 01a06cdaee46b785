using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Sixth pass (the first holdout's misses, 2026-12-03): wards named after trees, birds and donors where only a ward can
/// stand (in parentheses after a service, after a unit label or word, after "->", "cleared for" and moving verbs), wards
/// named before a unit noun or an ICU acronym, and ZIP codes only after a town, a comma and a state abbreviation.
/// </summary>
public sealed class WardAndStateTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("Admitting service: Neurology (Larch 4)\nPCP: none", "Larch 4")]
    [InlineData("Antepartum (Heron 2)\nHISTORY", "Heron 2")]
    [InlineData("Attending: Q. Obi, MD    Unit: Sparrow 6\nDx: CAP", "Sparrow 6")]
    [InlineData("PT: ROE, JAN   LOC: WILLOW 3 208-A\n", "WILLOW 3")]
    [InlineData("Renal Transplant Service, inpatient unit Chestnut 11\n", "Chestnut 11")]
    [InlineData("Transfer note SICU -> Ormond 3\nstable", "Ormond 3")]
    [InlineData("bed 4 cleared for Dunstan 7, waiting on transport", "Dunstan 7")]
    [InlineData("pt transferred from Wren 2 at 1900 for rising lactate", "Wren 2")]
    [InlineData("Clinic letter - Juniper Hospital   Kingfisher Ward\nDear Dr", "Kingfisher Ward")]
    [InlineData("ADULT PSYCHIATRY (Cedar Unit)\nADMISSION", "Cedar Unit")]
    [InlineData("Okafor, Ruth   #7712   Bramble CVICU bed 3", "Bramble CVICU")]
    [InlineData("Received pt from Wren 2 at 0300. On Wren 2 since Monday.", "On Wren 2")]
    public void WardsNamedLikePlacesAreFound(string text, string expected)
    {
        string ward = expected.StartsWith("On ", StringComparison.Ordinal) ? expected[3..] : expected;
        int from = expected.StartsWith("On ", StringComparison.Ordinal) ? text.LastIndexOf(ward, StringComparison.Ordinal) : text.IndexOf(ward, StringComparison.Ordinal);
        var findings = _engine.Find(text);
        Assert.Contains(findings, f => f.Type == PhiType.Location && f.Start <= from && f.Start + f.Length >= from + ward.Length);
    }

    [Theory]
    [InlineData("Simple cyst L kidney 2.1 cm (Bosniak 2).", "Bosniak")]
    [InlineData("Skin: intact (Braden 16) on Cardiology service", "Braden")]
    [InlineData("transferred to Room 12 at 1400", "Room")]
    [InlineData("sent to Bed 3 for monitoring", "Bed")]
    [InlineData("Admitted to the Coronary Care Unit overnight", "Care")]
    [InlineData("Cardiac Step Down Unit called report", "Down")]
    [InlineData("Discussed with Henry Ward at bedside", "Ward")]
    [InlineData("on PEEP 5 and FiO2 40%", "PEEP")]
    [InlineData("Telemetry (Stage 2) reviewed", "Stage")]
    public void WardLookAlikesStayUnmarked(string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location && f.Start <= at && f.Start + f.Length > at);
    }

    [Theory]
    [InlineData("Remit to: 88 Quarry Rd, Ashby, ME 04011", "04011")]
    [InlineData("lives at 7 Elm Ct, Dunmore,\nPA 18512 with son", "18512")]
    [InlineData("Mail: Harlow, OR, 97321", "97321")]
    public void ZipAfterTownCommaAndStateIsFound(string text, string zip)
    {
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Zip && f.Text == zip);
    }

    [Theory]
    [InlineData("Spanish interpreter (interpreter ID 51207) present.", "51207")]
    [InlineData("badge ME 20419 scanned", "20419")]
    [InlineData("results IN 30911 batch", "30911")]
    public void StateLookAlikesGiveNoZip(string text, string number)
    {
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Zip && f.Text == number);
    }
}
