using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The fifth pass's name shapes (2026-12-03), in wording of their own: plural titles, credentials and roles around a
/// name, relatives and companions in speech, homographs after a relation, spoken names (answers, read-backs, quotes,
/// vocatives), and the look-alikes each rule must leave alone (eponyms, pets, interjections, abbreviations).
/// </summary>
public sealed class NameShapeTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("embolization 4/2 by DRS OYELARAN/TREMBLAY, drain in place", "OYELARAN")]
    [InlineData("embolization 4/2 by DRS OYELARAN/TREMBLAY, drain in place", "TREMBLAY")]
    [InlineData("CASE REVIEWED WITH DRS QUENNEVILLE AND BRZEZINSKI TODAY", "QUENNEVILLE")]
    [InlineData("CASE REVIEWED WITH DRS QUENNEVILLE AND BRZEZINSKI TODAY", "BRZEZINSKI")]
    public void PluralTitlesBeforeJoinedNames(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData("handoff given to Denver, RN on 5 north", "Denver")]
    [InlineData("bedside swallow by Ilse Marchetti, SLP", "Ilse Marchetti")]
    [InlineData("gait training with Joaquin Ferreira, PT this am", "Joaquin Ferreira")]
    [InlineData("no answer at home, will retry tmrw.\n-r. adeyemi-cole rn", "r. adeyemi-cole")]
    [InlineData("BASELINE PER GROUP HOME RN AOIBHEANN (PH 555-0140)", "AOIBHEANN")]
    [InlineData("Contact at the SNF: charge supervisor Chidinma, ext 4410.", "Chidinma")]
    [InlineData("and the transplant coordinator is fern she will call you", "fern")]
    [InlineData("ATTENDING: OYELARAN, BABATUNDE, MD", "OYELARAN, BABATUNDE")]
    public void NamesWithCredentialsAndRoles(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData("ambulating with PT this afternoon")]
    [InlineData("REFERRAL TO HOME PT AND OT")]
    [InlineData("pain in lower rt quadrant, seen by SW")]
    [InlineData("PAGED RN RE: UO <15CC/HR")]
    [InlineData("CHARGE RN AWARE, MD NOTIFIED")]
    public void AbbreviatedRolesAloneAreNoNames(string text) => AssertNoName(text);

    [Theory]
    [InlineData("and then my buddy gus drove me over here", "gus")]
    [InlineData("honestly my supervisor duke won't like it", "duke")]
    [InlineData("my classmate taini found me on the floor", "taini")]
    [InlineData("Long talk with pt and her daughter Per today", "Per")]
    [InlineData("pt's brother will at bedside overnight", "will")]
    [InlineData("plan reviewed with granddaughter Clover, agrees", "Clover")]
    public void RelativesAndCompanions(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData("her son will call back tomorrow")]
    [InlineData("significant improvement in bronchodilator response")]
    [InlineData("buddy taped fingers 3-4")]
    public void RelationWordsWithoutANameAreNoNames(string text) => AssertNoName(text);

    [Theory]
    [InlineData("nurse: can i get the patient's name\ncaller: ottoline van der sar\nnurse: and date of birth", "ottoline van der sar")]
    [InlineData("doctor: who's your helper at home what's her name\npatient: joy\ndoctor: okay", "joy")]
    [InlineData("okay i have him down as teuila faleolo is that right", "teuila faleolo")]
    [InlineData("yeah everyone at work calls me koko\nokay", "koko")]
    [InlineData("my legal name is different but i go by teo\nokay", "teo")]
    [InlineData("i stretch every night like ingeborg said and it helps", "ingeborg")]
    [InlineData("okay tavita how long has the knee been swollen", "tavita")]
    [InlineData("hey tomasina what brings you in", "tomasina")]
    [InlineData("front desk this is marge\nhi i'm calling about", "marge")]
    public void SpokenNames(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData("LIPID PANEL\nIngrid Falkenrath   DOB 2/14/1961   MRN 30022817", "Ingrid Falkenrath")]
    [InlineData("TSH\nSanjukta Venkatraman   DOB 7/9/1977", "Sanjukta Venkatraman")]
    [InlineData("Clinic visit - follow up\nName Dragoslava Petrovic  MRN 6610042  Date 2/2/2024", "Dragoslava Petrovic")]
    public void HeaderLinesOpenedByAName(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData("Lab Results   DOB 1/1/1950")]
    [InlineData("Discharge Summary MRN 5512093")]
    [InlineData("Chest Pain Protocol  DOB 4/4/1944")]
    public void HeaderLinesOpenedByWordsHaveNoName(string text) => AssertNoName(text);

    [Fact]
    public void ALowerCaseNameFoundOnceIsFoundAgain()
    {
        var findings = _engine.Find("my wife sal keeps the pill box\nthat's great bring sal with you next visit");
        Assert.Equal(2, findings.Count(f => f.Type == PhiType.Name && f.Text == "sal"));
    }

    [Theory]
    [InlineData("what's the cat's name\noh her name's ginger she's twelve")]
    [InlineData("doctor aw so how is the appetite")]
    [InlineData("uh hmm so how long")]
    [InlineData("march's bill was high\njune's fine for me")]
    [InlineData("okay great how are you feeling")]
    [InlineData("okay zorvexa is once a day with food")]
    [InlineData("like i said it hurts")]
    [InlineData("i have it down as a rash is that right")]
    public void SpeechLookAlikesAreNoNames(string text) => AssertNoName(text);

    [Theory]
    [InlineData("SAH Hunt-Hess 2, Fisher grade 3, EVD placed", "Hess")]
    [InlineData("aSAH, Hunt Hess 4, to angio", "Hess")]
    [InlineData("smear shows blasts with Auer rods", "Auer")]
    [InlineData("Babinski sign upgoing on L", "Babinski")]
    [InlineData("breathing Cheyne-Stokes pattern overnight", "Cheyne-Stokes")]
    [InlineData("Gleason 7 (3+4) adenocarcinoma", "Gleason")]
    public void EponymsAreNoNames(string text, string word)
    {
        // A name elsewhere in the note must not make the eponym a name by repetition.
        var findings = _engine.Find($"Seen with Dr. {word.Split('-')[0]} Okonkwo-Hale today.\n{text}");
        int at = findings[0].Text.Length >= 0 ? text.IndexOf(word, StringComparison.Ordinal) : -1;
        int offset = $"Seen with Dr. {word.Split('-')[0]} Okonkwo-Hale today.\n".Length + at;
        Assert.DoesNotContain(findings, f => f.Type == PhiType.Name && f.Start <= offset && f.End > offset);
    }

    [Theory]
    [InlineData("Dr. Hunt saw the patient", "Hunt")]
    [InlineData("Mr. Glasgow visiting from out of state", "Glasgow")]
    [InlineData("Mrs. Auer called about her husband", "Auer")]
    public void EponymSurnamesOutsideTheirPhraseStayNames(string text, string expected) => AssertName(text, expected);

    [Theory]
    [InlineData("ADM FROM ST BRIGID'S W/ SEPSIS, UTI, AKI")]
    [InlineData("PMH: HYPERTENSION, CHF")]
    public void ClinicalWordsAreNoLastCommaFirst(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Name && f.Rule == "name-last-first");

    private void AssertName(string text, string expected) => PhiAssert.Found(_engine, text, PhiType.Name, expected);

    private void AssertNoName(string text) => PhiAssert.NoneOfType(_engine, text, PhiType.Name);
}
