using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Seventh pass (holdout2's missed and false places, 2026-12-03): organisations named by ordinary words before an
/// organisation head, lower-case names after place cues, phone greetings, national chains, branches, spoken and abbreviated
/// streets, floor-first wards, town prefixes, defined lower-case acronyms; and the look-alikes that must stay unmarked.
/// </summary>
public sealed class OrganisationPlaceTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    // Title case: ordinary words before an organisation head, after a cue, as a firm, or as a letterhead.
    [InlineData("Her son drives a truck for Bayside Cartage Lines out of state.", "Bayside Cartage Lines")]
    [InlineData("Fell from a scaffold at his job (Okonjo & Sons Masonry, Tilden) on Monday.", "Okonjo & Sons Masonry")]
    [InlineData("Bereavement: Harlow & Sons funeral home will collect.", "Harlow & Sons")]
    [InlineData("Employer: Westmark Precision Components, Inc.\n12 Foundry Way", "Westmark Precision Components, Inc.")]
    [InlineData("Deacon Ruiz of Calvary Brook Fellowship visited today.", "Calvary Brook Fellowship")]
    [InlineData("Mammogram 3/2 at Skyline Breast Imaging was BI-RADS 4.", "Skyline Breast Imaging")]
    [InlineData("Transported via Lighthouse Ambulance at 0910.", "Lighthouse Ambulance")]
    [InlineData("CPAP supplies ordered from Skyline Medical Supply; follow up 6 wk.", "Skyline Medical Supply")]
    [InlineData("Stonebridge Valley Orthopaedic & Spine\n40 Mercer Ln, Ashby", "Stonebridge Valley Orthopaedic & Spine")]
    [InlineData("Grey Osprey Sleep & Pulmonology | Sleep Lab report", "Grey Osprey Sleep & Pulmonology")]
    [InlineData("Hospice of the Three Valleys will follow at home.", "Hospice of the Three Valleys")]
    [InlineData("worked as a meter reader for South Ridge Electric until May", "South Ridge Electric")]
    // Lower case after a place cue, a branch, a church, our lady.
    [InlineData("patient: i see doctor amari at cornerstone internal medicine every spring", "cornerstone internal medicine")]
    [InlineData("caller: i'm the nurse with tallgrass telehealth and i'm calling about the labs", "tallgrass telehealth")]
    [InlineData("doctor: we'll book the scan at sunbeam imaging center next week", "sunbeam imaging center")]
    [InlineData("caller: this is from doctor lam's office at prairie wind pain and spine okay", "prairie wind pain and spine")]
    [InlineData("son: she taught third grade at cornflower elementary for years", "cornflower elementary")]
    [InlineData("wife: we joined a choir at second methodist last fall", "second methodist")]
    [InlineData("nurse: so he was at our lady of the pines after the fall", "our lady of the pines")]
    [InlineData("doctor: doctor fenn sees patients at our brookside office on tuesdays", "brookside")]
    [InlineData("mom: my uncle was in big cedar river hospital in june", "big cedar river hospital")]
    [InlineData("pt: my brother drove me to evergreen er and they sent me home", "evergreen er")]
    [InlineData("Pickup arranged w/ Skyline Ambulance for 0800.", "Skyline Ambulance")]
    [InlineData("Home with Robin Hill Visiting Nurses starting Monday.", "Robin Hill Visiting Nurses")]
    [InlineData("aide: hi it's dee from bluejay visiting nurses can i come in", "bluejay visiting nurses")]
    [InlineData("patient: i go every week to new dawn counseling on tuesdays", "new dawn counseling")]
    [InlineData("caller: hi i'm calling from doctor weiss's office at east bay pediatrics about the refill", "east bay pediatrics")]
    [InlineData("nurse: check in at the desk at saint brannock and they'll give you a pass", "saint brannock")]
    // Phone greetings and national chains.
    [InlineData("receptionist: aspen hollow pediatrics this is mireya how can i help", "aspen hollow pediatrics")]
    [InlineData("clerk: thank you for calling cornerstone drug and gift on birch street this is dov", "cornerstone drug and gift")]
    [InlineData("nurse: send it to the rite aid on main please", "rite aid")]
    [InlineData("doctor: you can get the labs drawn at any quest diagnostics near you", "quest diagnostics")]
    [InlineData("pt: i work nights at the family dollar in ridgeton", "family dollar")]
    [InlineData("caller: send it to the h e b on zarzamora not the other one", "zarzamora")]
    [InlineData("pharmacist: cvs on fifth and elm this is noor", "fifth and elm")]
    public void OrganisationsAreFound(string text, string expected)
    {
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Location && f.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    // Streets, towns, wards and acronyms.
    [InlineData("mvc on rt 22 near the quarry, airbag deployed", "rt 22")]
    [InlineData("EMS found him on Tanager St behind the laundromat.", "Tanager St")]
    [InlineData("caller: it's forty one old orchard road brisbee five five one two three", "forty one old orchard road")]
    [InlineData("caller: it's forty one old orchard road brisbee five five one two three", "brisbee")]
    [InlineData("pt: we live at two ten north aster lane unit four now", "two ten north aster lane unit four")]
    [InlineData("pt: it's sixty fox hollow run in the hills", "sixty fox hollow run")]
    [InlineData("Plan: tx to 7 Whitfield tele once rhythm stable.", "7 Whitfield")]
    [InlineData("Report given to Dana RN on Foxglove 3 at 1500.", "Foxglove 3")]
    [InlineData("Hit by a car in Port Delany, taken to the trauma bay.", "Port Delany")]
    [InlineData("Stopped by Millbury PD for a wellness check.", "Millbury")]
    [InlineData("her sister flies in from Buffalo on friday", "Buffalo")]
    [InlineData("first seen at St. Brendan's of the Bay (sbb) and sent here; sbb sent the films", "sbb")]
    [InlineData("mom: she goes to pre k at saint ignatius three days", "saint ignatius")]
    public void PlacesAreFound(string text, string expected)
    {
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Location && f.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dx: COPD (GOLD 4), HFpEF (NYHA 3).", "GOLD")]
    [InlineData("Secondary: Prairie Harvest Senior Care plan ID PH4410-02", "Prairie")]
    [InlineData("Appeal sent to Granite Mutual Health Plan, Utilization Review", "Granite")]
    [InlineData("Lakemont General Hospital - Perioperative Services", "Perioperative")]
    [InlineData("Consult: Dr. Abbott (neurocritical care) reviewed", "neurocritical")]
    [InlineData("Start of care visit expected Friday if discharged Thursday.", "Start")]
    [InlineData("Discharged home with husband Ignatius and services from the agency.", "Ignatius")]
    [InlineData("Accepting physician at SNF: Dr. Horace Chapel", "Chapel")]
    [InlineData("Specimen placed in Retrievabag and removed intact.", "Retrievabag")]
    [InlineData("Slowing due to GPDs over the right hemisphere.", "GPDs")]
    [InlineData("mom: he goes to daycare three days a week", "daycare")]
    [InlineData("Holter: one 7 beat run of NSVT overnight.", "beat run")]
    [InlineData("Rt 2nd digit swollen, rt 4 cm wound.", "Rt")]
    [InlineData("pt: my wife asked me to call the pt's church about visiting", "church")]
    [InlineData("Referred to structural heart clinic for TAVR evaluation.", "structural")]
    [InlineData("the patient has metastatic breast cancer to bone", "metastatic")]
    [InlineData("Microbilt Corporation is hiring nurses this spring.", "Microbilt")]
    [InlineData("pt: i went to the new clinic on my own", "new clinic")]
    [InlineData("receptionist: good morning this is lena", "good morning")]
    public void LookAlikesStayUnmarked(string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location && f.Start <= at && f.Start + f.Length > at);
    }

    [Fact]
    public void APersonFoundByTitleIsNoRepeatOfAPlaceNamedAfterThem()
    {
        const string text = "Labs drawn at Okafor Family Clinic lab on 3/2.\nPCP: Dr. Chidi Okafor, MD, retiring.";
        int at = text.LastIndexOf("Okafor", StringComparison.Ordinal);
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Location && f.Start <= at && f.Start + f.Length > at);
    }
}
