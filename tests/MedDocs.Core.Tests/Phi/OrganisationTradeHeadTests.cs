using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Ninth pass (holdout5's misses): organisations named by a proper word and a trade's or service's head ("… Aggregates",
/// "… Seafood Processing", "… Subacute", "… Forensic Toxicology", "… Donor Network", "… Co."), affiliations in a signature
/// or before a street address, congregations by their denomination; and the generic service phrases that stay unfound.
/// </summary>
public sealed class OrganisationTradeHeadTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    // Trades and services named like firms.
    [InlineData("Employer: Marrowfield Aggregates, day shift loader.", "Marrowfield Aggregates")]
    [InlineData("Employer: Tollgate Seafood Processing (line work)", "Tollgate Seafood Processing")]
    [InlineData("Awaiting a bed at Brookhollow Subacute next week.", "Brookhollow Subacute")]
    [InlineData("Lab: Pellridge Forensic Toxicology, req 4471.", "Pellridge Forensic Toxicology")]
    [InlineData("Regional OPO = Silverbank Donor Network, coordinator paged.", "Silverbank Donor Network")]
    [InlineData("Pt's employer (Driftwood Oyster Co.) called twice.", "Driftwood Oyster Co.")]
    // A signature's affiliation after a credential, a line led by an organisation and its street address.
    [InlineData("cc: Marta Quell, PT, Harbor Light Physical Therapy", "Harbor Light Physical Therapy")]
    [InlineData("Signed,\nSummit Ridge Independent Evaluations, 410 Mill Street, Suite 2", "Summit Ridge Independent Evaluations")]
    [InlineData("NERVE STUDY\nLinden Physiatry & Electrodiagnostics  88 Cedar Ave, Lakeport", "Linden Physiatry & Electrodiagnostics")]
    // Congregations.
    [InlineData("Visit from the pastor of Shiloh AME this morning.", "Shiloh AME")]
    [InlineData("Cards arrived from Second Presbyterian today.", "Second Presbyterian")]
    // A word ending in "-ing" that is no participle still names ("Wellspring").
    [InlineData("Treated in 2011 at Wellspring Cancer Institute for lymphoma.", "Wellspring Cancer Institute")]
    public void OrganisationsAreFound(string text, string expected) => PhiAssert.Found(_engine, text, PhiType.Location, expected);

    [Theory]
    // State and public-health programmes, participle phrases, a hospital's own service after an acronym.
    [InlineData("STATE NEWBORN SCREENING PROGRAM\nResult: normal")]
    [InlineData("Send-outs go to the Public Health Laboratory on request.")]
    [InlineData("Enrolled in the SCI program; TICU nursing aware of plan.")]
    [InlineData("Report: PROTECTED HEALTH INFORMATION enclosed")]
    // A credential's own words after "MD,", no employer.
    [InlineData("Noor Haddad, MD, Board Certified Orthopaedic Surgery")]
    // A denomination without a congregation's name.
    [InlineData("He was raised Southern Baptist and became a Methodist later.")]
    public void GenericPhrasesStayUnfound(string text) => PhiAssert.NoneOfType(_engine, text, PhiType.Location);

    [Fact]
    public void CountyAbbreviationIsNoCompany()
    {
        // "Co." before an office's words is a county; the company mark ends the name.
        var findings = _engine.Find("Deputy on scene from Pike Co. Probation Dept per report.");
        Assert.DoesNotContain(findings, f => f.Type == PhiType.Location && f.Text.EndsWith("Co.", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Type == PhiType.Location && f.Text.EndsWith("Co", StringComparison.Ordinal));
    }
}
