using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Sixth pass (the first holdout's misses, 2026-12-03): facilities named with long-term acute and skilled care heads, lab,
/// transport and firm heads ("Ashby LTACH", "Quarry Reference Laboratories", "Dale Finch LLP"), and names in capitals read
/// as the same name in title case ("TANNERY PATHOLOGY ASSOCIATES"); a person before "of" and a firm stays a person.
/// </summary>
public sealed class FacilityKindsTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("Referral sent to Ashby LTACH and Dunmore Rehab today", "Ashby LTACH")]
    [InlineData("family prefers Whitcombe LTAC over home", "Whitcombe LTAC")]
    [InlineData("Results by Quarry Reference Laboratories, see report.", "Quarry Reference Laboratories")]
    [InlineData("Follow-up: Fenwick Orthopaedics, 2 weeks", "Fenwick Orthopaedics")]
    [InlineData("transport arranged with Larkmoor Ambulance for 0900", "Larkmoor Ambulance")]
    [InlineData("Guardian: Atty Rhea Quill of Dale Finch LLP", "Dale Finch LLP")]
    [InlineData("school note for Tamsin Ridge Elementary", "Tamsin Ridge Elementary")]
    [InlineData("TANNERY PATHOLOGY ASSOCIATES   12 Mill Rd", "TANNERY PATHOLOGY ASSOCIATES")]
    [InlineData("HOLLOWAY BEHAVIORAL HEALTH - ADULT UNIT\nNOTE", "HOLLOWAY BEHAVIORAL HEALTH")]
    public void FacilitiesAreFound(string text, string expected)
    {
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Location && f.Text == expected);
    }

    [Fact]
    public void APersonBeforeOfAndAFirmStaysAPerson()
    {
        var findings = _engine.Find("Guardian: Atty Rhea Quill of Dale Finch LLP");
        Assert.DoesNotContain(findings, f => f.Type == PhiType.Location && f.Text.Contains("Quill", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PT TO SNF WHEN BED AVAILABLE", "SNF")]
    [InlineData("CONTINUE PHYSICAL THERAPY AND NURSING CARE", "NURSING")]
    [InlineData("awaiting LTACH placement, case mgmt aware", "LTACH")]
    [InlineData("SKIN: STERNAL INCISION CDI. CALLED PHARMACY.", "PHARMACY")]
    public void GenericFacilityWordsStayUnmarked(string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location && f.Start <= at && f.Start + f.Length > at);
    }
}

/// <summary>Sixth pass: a facility's name is found again without the descriptors of its kind ("Quillmoor Regional Hospital" … "Quillmoor").</summary>
public sealed class FacilityRepeatTests
{
    private readonly PhiRulesEngine _engine = new();

    [Fact]
    public void TheNameWithoutItsKindIsFoundAgain()
    {
        const string text = "Records requested from Quillmoor Specialty Hospital. Quillmoor called back at 1500.";
        int second = text.LastIndexOf("Quillmoor", StringComparison.Ordinal);
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Location && f.Start == second);
    }
}
