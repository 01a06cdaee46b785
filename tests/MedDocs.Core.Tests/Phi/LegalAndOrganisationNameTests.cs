using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Eighth pass (holdout4's misses in attorney letters, forms, depositions and transcripts): the parties of a case caption,
/// law firms, specialty groups "of" a region, lower-case organisations with heads the rules did not read, institution
/// acronyms before a record label or a floor, and named wards; with the look-alikes that must stay unfound.
/// </summary>
public sealed class LegalAndOrganisationNameTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    // Case captions: a person party is a Name, a firm party a Location.
    [InlineData("Case: Pellham v. Northfork Cartage Co., Superior Court of Ashgrove County", PhiType.Name, "Pellham")]
    [InlineData("Case: Pellham v. Northfork Cartage Co., Superior Court of Ashgrove County", PhiType.Location, "Northfork Cartage Co.")]
    [InlineData("Re: Tarrant vs. Brightline Movers, Inc.\nPlease send the records.", PhiType.Name, "Tarrant")]
    [InlineData("Re: Tarrant vs. Brightline Movers, Inc.\nPlease send the records.", PhiType.Location, "Brightline Movers, Inc.")]
    [InlineData("Caption: State v. Ridgely, No. 12-4471", PhiType.Name, "Ridgely")]
    [InlineData("In re the Matter of Delphine Okoro, a minor", PhiType.Name, "Delphine Okoro")]
    [InlineData("q. this is case brannigan versus copperline hauling case number two four", PhiType.Name, "brannigan")]
    [InlineData("q. this is case brannigan versus copperline hauling case number two four", PhiType.Location, "copperline hauling")]
    // Law firms.
    [InlineData("DUNWICH, MARSH & ABERNATHY, LLP\nAttorneys at Law\n9 Pier St", PhiType.Location, "DUNWICH, MARSH & ABERNATHY, LLP")]
    [InlineData("FELDSTEIN & ORTIZ INJURY LAW\n300 Main St", PhiType.Location, "FELDSTEIN & ORTIZ INJURY LAW")]
    [InlineData("Records were requested by Roe & Vance PLLC last week.", PhiType.Location, "Roe & Vance PLLC")]
    [InlineData("Ruiz Family Law, PLLC\nfax 555-0100", PhiType.Location, "Ruiz Family Law, PLLC")]
    [InlineData("Law Offices of Priya Ramaswamy\n12 Court St", PhiType.Location, "Law Offices of Priya Ramaswamy")]
    [InlineData("Pell Quarrington\nAttorneys at Law\n", PhiType.Location, "Pell Quarrington")]
    // Specialty groups of a region, slash specialties, bare "medical", "dental", denominational homes, appositions, copulas.
    [InlineData("nurse: your scan is at vascular associates of ohio on the ninth", PhiType.Location, "vascular associates of ohio")]
    [InlineData("Seen by Cardiology Associates of Western Ohio today.", PhiType.Location, "Cardiology Associates of Western Ohio")]
    [InlineData("Postpartum visit: Lakemont OB/GYN Associates, 14 Dock St", PhiType.Location, "Lakemont OB/GYN Associates")]
    [InlineData("pt: they sent me to upper valley medical and they did a scan", PhiType.Location, "upper valley medical")]
    [InlineData("pt: she works as a hygienist at happy teeth dental on fifth", PhiType.Location, "happy teeth dental")]
    [InlineData("psych: the labs go through midway pharmacy, they draw weekly", PhiType.Location, "midway pharmacy")]
    [InlineData("Placed through Bayou Family Services for foster care.", PhiType.Location, "Bayou Family Services")]
    [InlineData("sw: options are a rehab like pinecrest manor or the methodist home in fairview", PhiType.Location, "methodist home")]
    [InlineData("a. at northern timber, the mill on river road", PhiType.Location, "northern timber")]
    [InlineData("He worked for Kessel Brothers, the plant out on Route 4.", PhiType.Location, "Kessel Brothers")]
    [InlineData("rn: and the pharmacy is kolbeck on madison right", PhiType.Location, "kolbeck")]
    // Institution acronyms and named wards.
    [InlineData("Outside records\nKVH MRN KVH-4410299\n", PhiType.Location, "KVH")]
    [InlineData("VENT NOTES        BMH 4 North ICU", PhiType.Location, "BMH")]
    [InlineData("Ridgefield Children's Hospital (RCH) - 5 Juniper (Gen Peds)", PhiType.Location, "5 Juniper")]
    [InlineData("Facility: Alder Creek Behavioral Hospital, Adult Unit C (\"Aspen\")", PhiType.Location, "Aspen")]
    public void IdentifiersAreFound(string text, PhiType type, string expected) => PhiAssert.Found(_engine, text, type, expected);

    [Theory]
    // "vs." is clinical shorthand; a cue word after a determiner, a bare "re" in lower case, no caption.
    [InlineData("DDx: Viral vs. Bacterial pneumonia, CVA vs TIA.")]
    [InlineData("dw dr re intubation vs comfort, family to decide")]
    [InlineData("in this case surgery versus physical therapy was discussed")]
    // Generic specialty groups and phrases; "associates of" a person.
    [InlineData("He is one of the associates of the practice.")]
    [InlineData("pt: at routine dental cleaning they found it")]
    [InlineData("pt: she needs dental work and to get medical advice")]
    // Appositions of no workplace, pharmacy copulas of plain words.
    [InlineData("pt: at work, the plant on main was loud")]
    [InlineData("pt: the pharmacy is closed on sunday")]
    // Rhythms, rates and clinical units before numbers; a form's header row.
    [InlineData("NSR 70S, SB 50s overnight. ICU 4 North bed 2. ED 3 South.")]
    [InlineData("notes: DOB MRN listed")]
    // Quoted words after a unit that are no name.
    [InlineData("Unit B (\"Locked\") today")]
    public void LookAlikesStayUnfound(string text)
    {
        var findings = _engine.Find(text);
        Assert.False(findings.Any(f => f.Type is PhiType.Location or PhiType.Name),
            $"expected no place or name in \"{text}\"; found: {string.Join(", ", findings.Select(f => $"{f.Type} '{f.Text}' ({f.Rule})"))}");
    }

    [Theory]
    // Statutes, bodies of rules, enforcement, a school: no law firm.
    [InlineData("Held under Kendra's Law. State Law requires a hearing. Law enforcement present.")]
    [InlineData("She teaches at Marlow Law School and reads Case Law.")]
    [InlineData("Per Federal Law & Policy the form is filed.")]
    public void LawThatIsNoFirmStaysUnfound(string text)
    {
        Assert.DoesNotContain(_engine.Find(text), f => f.Rule == "location-law-firm");
    }

    [Fact]
    public void InsurerPartyStaysUnfound()
    {
        var findings = _engine.Find("Case: Pellham v. Keystone Mutual Casualty Co., Case No. 24-1187");
        Assert.DoesNotContain(findings, f => f.Text.Contains("Keystone", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Type == PhiType.Name && f.Text == "Pellham");
    }
}
