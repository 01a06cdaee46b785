using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Name shapes of the sixth pass (the first holdout's misses and false positives), in wording of our own: staff named in ICU
/// shorthand, sign-out beds, relations' homograph names in capitals, names in dialogue, and name words used for places,
/// operations and credentials.
/// </summary>
public sealed class HoldoutNameShapeTests
{
    private static readonly PhiRulesEngine Engine = new();

    private static List<string> Names(string text) =>
        Engine.Find(text).Where(f => f.Type == PhiType.Name).Select(f => f.Text).ToList();

    [Theory]
    [InlineData("hr 150s.d/w gonzalez covering for sicu,came to see pt.", "gonzalez")]
    [InlineData("abg 7.28/60.d/w Oyelaran at 0400,will repeat abg.", "Oyelaran")]
    [InlineData("urine output low, call nguyen pgr 45512 if <30/hr", "nguyen")]
    [InlineData("lopez covering beds 1-8 tonight, pgr 33210.", "lopez")]
    [InlineData("d/w Mbeki (sicu fellow pager 55120),ok to hold.", "Mbeki")]
    [InlineData("Present: Thandiwe (RN), family.", "Thandiwe")]
    [InlineData("sxn'd thick secretions.rt (dolores) at bedside.", "dolores")]
    [InlineData("per neuro fellow (okafor-lindqvist) ok to hold heparin", "okafor-lindqvist")]
    [InlineData("Spanish interpreter (Ximena) present for consent.", "Ximena")]
    [InlineData("family asked for pastor (rev adeyemi-castro) to visit.", "adeyemi-castro")]
    [InlineData("report from marjorie rn at 1900.", "marjorie")]
    [InlineData("all quiet overnight.\nrosalind rn", "rosalind")]
    public void Staff_in_icu_shorthand_are_names(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("hr 150s.d/w team,will continue dilt.", "team")]
    [InlineData("d/w neurosurg,no intervention.", "neurosurg")]
    [InlineData("interpreter (tagalog) used for consent.", "tagalog")]
    [InlineData("interpreter (Cantonese) used for teaching.", "Cantonese")]
    [InlineData("lasix 40 iv (md aware).", "lasix")]
    [InlineData("d/w sr resident who saw pt.", "sr")]
    [InlineData("pt asleep.\nrounding rn", "rounding")]
    [InlineData("ASKED ABOUT PAYING HER HOSPITAL BILL, SW TO FOLLOW UP", "BILL")]
    [InlineData("hr 38 sinus brady,pt asymptomatic", "brady")]
    public void Shorthand_look_alikes_are_no_names(string text, string word) =>
        Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("SICU SIGNOUT\nbed 3 PETROVSKI 71F s/p ex lap", "PETROVSKI")]
    [InlineData("SICU SIGNOUT\nbed 6 Okonjo-Hartmann 49M DKA", "Okonjo-Hartmann")]
    public void Sign_out_beds_name_their_patients(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Fact]
    public void A_bed_number_before_a_diagnosis_is_no_name() =>
        Assert.Empty(Names("bed 4 CHF 71F diuresing"));

    [Theory]
    [InlineData("DTR JUNE CALLED, WILL VISIT TOMORROW.", "JUNE")]
    [InlineData("SON WILL AT BEDSIDE, UPDATED BY MD.", "WILL")]
    [InlineData("HUSBAND ROD HERE ALL EVENING.", "ROD")]
    public void Capitals_relations_with_homograph_names(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Fact]
    public void A_modal_after_a_capitals_relation_stays_a_word() =>
        Assert.Empty(Names("SON WILL UPDATE FAMILY. WIFE MAY COME IN AM."));

    [Fact]
    public void A_capitals_repeat_of_a_common_word_is_the_word()
    {
        var names = Names("SOCIAL: HUSBAND ROD HERE. PT ON ABX, ROD SHAPED BACTERIA IN BLOOD CX.");
        Assert.Single(names, n => n == "ROD");
    }

    [Theory]
    [InlineData("clerk: can i get your name and date of birth\ncaller: ottilie brandvold six two sixty one", "ottilie brandvold")]
    [InlineData("nurse: what's your husband's name so i can page him\nwife: ferdinand he's in the lobby", "ferdinand")]
    [InlineData("clerk: okay and your dad's name\ncaller: leopold vasquez l e o p o l d", "l e o p o l d")]
    [InlineData("nurse: hi this is pat\ncaller: hi ingrid how are you", "ingrid")]
    [InlineData("patient: okay thank you annelise you've been great", "annelise")]
    [InlineData("nurse: is this greta\ncaller: yes", "greta")]
    public void Names_in_dialogue(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("nurse: what's the dog's name and breed\nowner: biscuit beagle", "biscuit")]
    [InlineData("doctor: hi there how are you feeling", "there")]
    [InlineData("patient: thank you so much", "so")]
    [InlineData("nurse: is this normal\ndoctor: yes", "normal")]
    [InlineData("pharmacist: name of the medication please\npatient: metoprolol twenty five", "metoprolol")]
    public void Dialogue_look_alikes_are_no_names(string text, string word) =>
        Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Dr. Ellery Pemberton saw pt.\nTransfer to Pemberton 6 when bed ready.", "Pemberton 6")]
    [InlineData("Mr Drummond Ashby visited.\nPt believes he is at Fort Ashby.", "Fort Ashby")]
    [InlineData("Attorney Harriet Calloway called.\nReferral to Calloway LTAC faxed.", "Calloway LTAC")]
    public void Name_words_used_for_places_are_not_repeated_as_names(string text, string place)
    {
        var findings = Engine.Find(text);
        int at = text.LastIndexOf(place, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Type == PhiType.Name && f.Start == at);
    }

    [Theory]
    [InlineData("Dr. Nissen Okafor consulted.\nPMH: s/p Nissen 2019.", "Nissen 2019")]
    [InlineData("Dr. Sarah Simpson read the echo.\nLVEF 55% (biplane Simpson).", "Simpson)")]
    public void Operation_and_method_eponyms_are_no_names(string text, string phrase)
    {
        var findings = Engine.Find(text);
        int at = text.LastIndexOf(phrase, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Type == PhiType.Name && f.Start == at);
    }

    [Theory]
    [InlineData("Rheumatology, Lakeview Medical Group\n12 Elm St", "Rheumatology")]
    [InlineData("Attending: MORAN, THEODORA MD    Renal consult: Dr. Oduya", "Renal")]
    [InlineData("Reading: Priya Raman, MD, FACC", "FACC")]
    [InlineData("CC: melena x2 days", "melena")]
    public void Specialties_credentials_and_complaints_are_no_names(string text, string word) =>
        Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void A_role_after_a_unit_word_still_names()
    {
        Assert.Contains("GWENLLIAN", Names("PER NURSING HOME RN GWENLLIAN (PH 555-0110)"));
        Assert.Contains("Oisin", Names("Report given to SICU RT Oisin at 1400."));
    }

    [Theory]
    [InlineData("CRITICAL K 6.9 CALLED TO W. ABARA RN 12/01 0342 BY TNK", "TNK")]
    [InlineData("Result verified by: HWB (MT)", "HWB")]
    [InlineData("hgb 6.1 called to floor by gkr, read back.", "gkr")]
    [InlineData("Tech: pjs\nSpecimen: whole blood", "pjs")]
    public void Staff_initials_after_a_lab_cue_are_names(string text, string initials) =>
        Assert.Contains(initials, Names(text));

    [Theory]
    [InlineData("confirmed by CXR.", "CXR")]
    [InlineData("seen by PCP, no changes.", "PCP")]
    [InlineData("brought in by EMS.", "EMS")]
    [InlineData("verified by dr lee", "dr")]
    public void Abbreviations_after_by_are_no_initials(string text, string word) =>
        Assert.DoesNotContain(Names(text), n => n == word);
}
