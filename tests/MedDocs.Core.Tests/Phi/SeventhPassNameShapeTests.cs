using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Name shapes of the seventh pass (the second holdout's misses and false positives), in wording of our own: person-title roles,
/// staff named after a service, sign-out lines, relatives in lists and qualified relations, report labels and user-id columns,
/// names in transcripts; and organisations, localities, eponyms, units and clinical lists that are no names.
/// </summary>
public sealed class SeventhPassNameShapeTests
{
    private static readonly PhiRulesEngine Engine = new();

    private static List<string> Names(string text) =>
        Engine.Find(text).Where(f => f.Type == PhiType.Name).Select(f => f.Text).ToList();

    [Theory]
    [InlineData("Family asked that their minister, Rev. Haldorsen, be called.", "Haldorsen")]
    [InlineData("chaplain fr. teodoro prayed with family at 1900.", "teodoro")]
    [InlineData("chaplain br. ignatius visited.", "ignatius")]
    [InlineData("per fire dept (capt. lefebvre) smoke detector absent.", "lefebvre")]
    [InlineData("county sheriff deputy Okonkwo at bedside for statement.", "Okonkwo")]
    [InlineData("troopers here; trooper baptiste requested blood alcohol.", "baptiste")]
    [InlineData("Millbrook pd officer dzhabrailov left a card, wants a call.", "dzhabrailov")]
    [InlineData("interpreter mirela (romanian) present for consent.", "mirela")]
    [InlineData("son: grandma wanted pastor ngata from the church to come", "ngata")]
    [InlineData("cpr by bystander per ems (medic r. lindahl).", "r. lindahl")]
    [InlineData("police outside room (officer hayes, j. moreno) per policy.", "j. moreno")]
    public void Person_title_roles_name_the_person_after_them(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("interpreter tagalog used via ipad.", "tagalog")]
    [InlineData("lt. arm swelling improved.", "arm")]
    [InlineData("officer at bedside overnight.", "at")]
    [InlineData("officer springfield pd called back.", "springfield")]
    [InlineData("chaplain visit requested by family.", "visit")]
    [InlineData("Best wishes,\nAmara Osei, MBBS\nConsultant Nephrologist", "Nephrologist")]
    public void Person_title_roles_leave_vocabulary_alone(string text, string word) =>
        Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("- NEPHRO (BALASUBRAMANIAN) FOLLOWING, HD IN AM", "BALASUBRAMANIAN")]
    [InlineData("Breastfeeding well, lactation (ximena) in twice.", "ximena")]
    [InlineData("sacral wound, wound RN (pearl) following weekly.", "pearl")]
    [InlineData("case mgmt (desmond, x4-1187) working on rehab.", "desmond")]
    [InlineData("victim advocate (mary lou pritchard, x3-2201) met family.", "mary lou pritchard")]
    [InlineData("ATTN: ADMISSIONS (KEISHA), FAX TO FOLLOW", "KEISHA")]
    [InlineData("endocarditis. ID - ABERNETHY-COLE - cefazolin now.", "ABERNETHY-COLE")]
    public void Staff_named_after_a_service_are_names(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("RENAL (CRRT) RUNNING, UF 100/HR")]
    [InlineData("ID (ESBL) - MEROPENEM")]
    [InlineData("Lifetime risk (Tyrer-Cuzick) 18%.")]
    [InlineData("psych (SI) eval pending")]
    [InlineData("ortho (nonop), renal (following)")]
    public void Parentheses_after_a_service_hold_no_name_when_they_hold_a_term(string text) =>
        PhiAssert.NoneOfType(Engine, text, PhiType.Name);

    [Theory]
    [InlineData("NIGHT SIGNOUT\nBED 7 - HALLORAN: SEPSIS, LACTATE 4.1 -> 2.0", "HALLORAN")]
    [InlineData("Bed 9 - P. Ferreira: CHF, diuresing", "P. Ferreira")]
    public void Sign_out_bed_lines_name_the_patient(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Fact]
    public void Sign_out_bed_lines_with_a_problem_have_no_name() =>
        PhiAssert.NoneOfType(Engine, "BED 7 - SEPSIS: LACTATE 4.1", PhiType.Name);

    [Theory]
    [InlineData("comfort care. grandchildren (lukas, sky, marisa) at bedside.", "sky")]
    [InlineData("comfort care. grandchildren (lukas, sky, marisa) at bedside.", "marisa")]
    [InlineData("Her husband of 48 years, Rusty, is the HCP.", "Rusty")]
    [InlineData("patient: my son in law tunde drove me", "tunde")]
    [InlineData("patient: my wife june keeps the list", "june")]
    [InlineData("their son dinh 12 yo translating for her", "dinh")]
    [InlineData("her mama ruth raised her", "ruth")]
    public void Relatives_in_lists_and_qualified_relations_are_names(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("seen with daughter on june 14 in clinic", "june")]
    [InlineData("d/c home with son Rafe and dtr-in-law Nadia.", "dtr-in-law")]
    [InlineData("dad: lincoln elementary needs the form", "lincoln")]
    [InlineData("mom: pre k at the parish school", "pre")]
    public void Relations_before_words_that_are_no_names(string text, string word) =>
        Assert.DoesNotContain(word, Names(text));

    [Theory]
    [InlineData("REF MD: LINDQVIST, ARNE   READING: OLUWASEUN ADEBAYO-GRANT, MD", "OLUWASEUN ADEBAYO-GRANT")]
    [InlineData("Ordering: Leona Park, MD    Sonographer: TRW\nHx: reflux", "TRW")]
    [InlineData("Test date 3/4/2026   Tech: jq   Referring: Dr Amos Ode", "jq")]
    [InlineData("CRITICAL called to and read back by RN on 5W at 08:10, by KT **", "KT")]
    [InlineData("impression: no acute change.\nd/w RN Omari at 06:00. /kd", "kd")]
    public void Report_staff_labels_and_initials_are_names(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Fact]
    public void User_ids_under_an_operator_column_are_names()
    {
        string text = "POC GLUCOSE LOG\nDate     Time   mg/dL  Operator    Comment\n12/01    0700   131    MKOWALCZ    AC breakfast\n12/01    1200   244    TNGUYEN     AC lunch\n12/01    1700   97     MKOWALCZ    AC dinner\n\nPlan: continue scale";
        var names = Names(text);
        Assert.Equal(2, names.Count(n => n == "MKOWALCZ"));
        Assert.Contains("TNGUYEN", names);
        Assert.DoesNotContain("AC", names);
    }

    [Fact]
    public void A_column_of_results_is_no_user_column() =>
        PhiAssert.NoneOfType(Engine, "Test     Result   Flag     Tech\nNA       138      N        \nK        5.9      H        \n", PhiType.Name);

    [Theory]
    [InlineData("chaplain: hello i'm pastor wendell amadi from the hospice team", "wendell amadi")]
    [InlineData("chaplain: hello i'm reverend hope adeyemi from the hospice team", "hope adeyemi")]
    [InlineData("nurse practitioner: so i'm summer haldane i'm the np today", "summer haldane")]
    [InlineData("interpreter: hello this is ji-woo interpreter number five five two", "ji-woo")]
    [InlineData("tech: riverside drug store ximena speaking", "ximena")]
    [InlineData("rep: okay last name kowalczyk k o w a l c z y k first name tobias date of birth", "tobias")]
    [InlineData("rep: and member name and date of birth\ncaller: brandt-ochoa lucia may second", "brandt-ochoa lucia")]
    [InlineData("son: the nurse faith said it could be soon", "faith")]
    [InlineData("patient: the exercises joy the physical therapist showed me help", "joy")]
    [InlineData("tech: mom identified him as kwabena mensah-hale and we updated it", "kwabena mensah-hale")]
    [InlineData("PT KEPT ASKING FOR \"Dusty\", WHO IS HIS SON", "Dusty")]
    [InlineData("MTG: NP HOLLIS, SW TAMSIN OYELOWO, RN. FAMILY PRESENT", "TAMSIN OYELOWO")]
    public void Transcript_and_staff_list_names_are_found(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("patient: i hope the doctor can fix it", "hope")]
    [InlineData("patient: yeah spanish speaking mostly at home", "spanish")]
    [InlineData("patient: i'm feeling better today", "feeling")]
    public void Transcript_words_that_look_like_names_are_not(string text, string word) =>
        Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("Pastor Ruth Ansel of Faith Mennonite Fellowship called.", "Faith Mennonite")]
    [InlineData("pt works at Guzman's Bakery downtown.", "Guzman's")]
    [InlineData("fell from a roof at work (Tillman & Sons Roofing).", "Tillman")]
    [InlineData("his employer (Fairway Landscaping) dropped him off. Fairway Landscaping has no phone.", "Fairway")]
    [InlineData("crash on Route 9 near Dalton Corner, helmeted.", "Corner")]
    [InlineData("ok to transfer to 5 Whitcomb surgical floor tonight.", "Whitcomb")]
    [InlineData("To: Human Resources / Benefits Office", "Human Resources")]
    [InlineData("CLIENT: Bayside Area Hematology/Oncology (acct 1102)", "Bayside")]
    [InlineData("Clinic\n212 Calle Colibri, Suite 2\nTucson", "Calle")]
    public void Organisations_and_places_are_no_names(string text, string word) =>
        Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));

    [Theory]
    [InlineData("IMPRESSION: Meets McDonald criteria for MS.", "McDonald")]
    [InlineData("SKIN: STAGE 3 COCCYX, ALLEVYN CHANGED", "COCCYX")]
    [InlineData("FILTER CLOTTED. CITRATE, ICA 1.08", "CITRATE")]
    [InlineData("Height 170 cm  Weight 96 kg  BMI 33", "Weight")]
    [InlineData("1.9 cm TI-RADS 3 nodule", "TI-RADS")]
    [InlineData("Signed: Ana Brook, MD, FACC  12/01/2026", "FACC")]
    [InlineData("3. Deconditioning - PT: ambulates 200 ft with walker.", "ambulates")]
    [InlineData("patient: westbrook high i'm a senior", "westbrook")]
    [InlineData("Lives w/ daughter Hope in town. Hope to discharge Friday.", "Hope to")]
    public void Clinical_and_listed_words_are_no_names(string text, string word)
    {
        if (word == "Hope to")
        {
            // The daughter is named once; the sentence's verb is not.
            Assert.Single(Names(text), n => n == "Hope");
            return;
        }
        Assert.DoesNotContain(Names(text), n => n.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PATIENT: OKAFOR, CHIDINMA", "OKAFOR, CHIDINMA")]
    [InlineData("Accepting at the SNF: Dr. Morris Church", "Morris Church")]
    [InlineData("home with wife Marisela and services from the VNA", "Marisela")]
    public void Names_in_their_slots_stay_names(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Fact]
    public void A_possessive_repeats_a_found_name() =>
        Assert.Equal(2, Names("Lives with husband Tavita. Tavita's cell 555-0100.").Count(n => n == "Tavita"));

    [Fact]
    public void An_introduction_with_a_title_keeps_the_whole_name() =>
        Assert.Contains("ike nwosu", Names("chaplain: hello i'm reverend ike nwosu from the hospice team"));
}
