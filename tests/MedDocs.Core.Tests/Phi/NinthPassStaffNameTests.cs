using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Ninth pass (holdout5's misses), in wording of our own: staff written as an initial and a surname with a staff cue, reference and
/// typist initials in dictation and letter sign-offs, capitalised "LAST, FIRST" registration names (quoted aliases, before a
/// record field), and honorifics that title a name without being one; with the look-alikes that stay words.
/// </summary>
public sealed class NinthPassStaffNameTests
{
    private static readonly PhiRulesEngine Engine = new();

    private static List<string> Names(string text) =>
        Engine.Find(text).Where(f => f.Type == PhiType.Name).Select(f => f.Text).ToList();

    [Theory]
    [InlineData("Scene secured by county Dep. R. Vantongeren, report to follow.", "R. Vantongeren")]
    [InlineData("Specimen logged 09:14 by accessioner P. Oyelaran, label intact.", "P. Oyelaran")]
    [InlineData("Night charge: S. Marchetti (vocera NIGHT)", "S. Marchetti")]
    [InlineData("Disposition set up with case mgmt (T. Abernethy) before noon.", "T. Abernethy")]
    [InlineData("Critical potassium telephoned to J. Kowalczyk at the dialysis unit.", "J. Kowalczyk")]
    [InlineData("Pump settings reviewed w/ d. ravensworth at bedside.", "d. ravensworth")]
    [InlineData("Echo images acquired: L. Brannigan RDCS (views limited)", "L. Brannigan")]
    [InlineData("Teaching done, h. quillfeather cdces, handout given.", "h. quillfeather")]
    public void An_initial_and_surname_with_a_staff_cue_is_a_name(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Blood culture grew E. coli, pan-sensitive, per lab.", "coli")]
    [InlineData("Cultures reviewed w/ ID: S. aureus in 2 of 2 bottles.", "aureus")]
    [InlineData("SPECIMENS: A. Left breast, lumpectomy. B. Right axilla.", "Left")]
    [InlineData("Pharmacy at 210 W. Garfield St, hours 9-5.", "Garfield")]
    [InlineData("urine output 40 mL/h. Plan per team, reviewed w/ attending.", "Plan")]
    public void The_same_shape_without_a_staff_cue_stays_unnamed(string text, string word) =>
        Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Sincerely,\n\nOrla Fitzwilliam, MD\n\nOFW/kdp\n", "kdp")]
    [InlineData("Sincerely,\n\nOrla Fitzwilliam, MD\n\nOFW/kdp\n", "OFW")]
    [InlineData("end of report. job number 55120 hb/rtn d 03/02/2025 t 03/03/2025", "rtn")]
    [InlineData("DICTATED: 03/02/2025 10:05   TRANSCRIBED: 03/02/2025 17:41 /pwt\n\nHISTORY", "pwt")]
    [InlineData("Line flushed, dressing changed and dated. gkv RN\nNext entry", "gkv")]
    public void Reference_and_typist_initials_in_sign_offs_are_names(string text, string initials) =>
        Assert.Contains(initials, Names(text));

    [Theory]
    [InlineData("Pressures: RA/LA 12/18, PA 40/22.\n")]
    [InlineData("Therapies\nPT/OT\n")]
    [InlineData("Labs drawn by HH RN tomorrow, results to office.")]
    [InlineData("Dose 5 mg/kg given at 10:00 /hr\n")]
    [InlineData("Vitals\nBP/HR\n")]
    public void Slashed_clinical_shorthand_and_agency_nurses_are_no_initials(string text) =>
        Assert.DoesNotContain(Names(text), n => n.Length <= 3);

    [Theory]
    [InlineData("Brought in by EMS, registered as \"TRAUMA, YANKEE\" MRN T-1120044 pending ID.", "TRAUMA, YANKEE")]
    [InlineData("unidentified male \"DELTA, OSCAR\" in bed 4", "DELTA, OSCAR")]
    [InlineData("newborn VANTERPOOL-REYES, ISIDRO dob 04/02/25 mrn 7730051", "VANTERPOOL-REYES, ISIDRO")]
    public void Capitalised_registration_names_with_their_cue_are_names(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Dx: \"SEPSIS, SHOCK\" per ED triage")]
    [InlineData("Plan discussed: \"FLUIDS, PRESSORS\" as needed")]
    public void Quoted_capitalised_pairs_without_a_registration_cue_are_no_names(string text) =>
        Assert.Empty(Names(text));

    [Theory]
    [InlineData("Ordered by:   Hon. Marisela Ibarra-Whitcombe, Superior Court", "Hon")]
    [InlineData("scene investigator Lt. Kasprzak released the body at 1600", "Lt")]
    public void Honorifics_and_ranks_are_not_the_name(string text, string title) =>
        Assert.DoesNotContain(title, Names(text));
}
