using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Eighth pass (holdout4's misses), in wording of our own: street addresses read aloud (bare streets after an address cue, the
/// town after a spoken street, street corners), care-team members named by their role or credential on a list or a dashed
/// signature, people introduced in calls and family meetings (by service, by role, by initials, a speaker label repeating a
/// name), step and god relations, and names spelled letter by letter after a spelling cue; with the look-alikes that stay words.
/// </summary>
public sealed class EighthPassSpeechAndTeamTests
{
    private static readonly PhiRulesEngine Engine = new();

    private static List<string> Names(string text) =>
        Engine.Find(text).Where(f => f.Type == PhiType.Name).Select(f => f.Text).ToList();

    private static List<string> Places(string text) =>
        Engine.Find(text).Where(f => f.Type == PhiType.Location).Select(f => f.Text).ToList();

    [Theory]
    [InlineData("clerk: and we'll ship the oxygen concentrator to four sixteen bramwell\nson: yes", "four sixteen bramwell")]
    [InlineData("nurse: can i confirm the address is still seven oh three east linden\nwife: that's right", "seven oh three east linden")]
    [InlineData("rep: so that goes out by mail to nineteen forty tamarack ridge, okay", "nineteen forty tamarack ridge")]
    [InlineData("pharmacy: and is it still fifty eight oriel for delivery", "fifty eight oriel")]
    [InlineData("daughter: she lives at three twelve south quimby now", "three twelve south quimby")]
    public void Spoken_house_numbers_and_a_bare_street_after_an_address_cue_are_places(string text, string street) =>
        Assert.Contains(street, Places(text));

    [Theory]
    [InlineData("nurse: we'll mail it, is that going to take twenty four hours")]
    [InlineData("clerk: the delivery needs two signatures and forty five minutes")]
    [InlineData("rn: he lives alone and walks two blocks a day")]
    [InlineData("pt: i moved in with my son two years ago")]
    [InlineData("rn: we can ship thirty tablets at a time")]
    public void Counted_things_after_an_address_cue_are_no_street(string text) =>
        Assert.DoesNotContain(Places(text), p => p.Contains("two", StringComparison.Ordinal) || p.Contains("thirty", StringComparison.Ordinal) || p.Contains("forty", StringComparison.Ordinal));

    [Theory]
    [InlineData("rep: we'll mail the card to six oh one kestrel court, lorimer falls, five five two oh one?", "lorimer falls")]
    [InlineData("ot: so the walker goes to two forty alder way in east haddon\npt: yes", "east haddon")]
    [InlineData("a. eight ten quarry road tillbury ohio", "tillbury")]
    public void The_town_after_a_spoken_street_is_a_place(string text, string town) =>
        Assert.Contains(town, Places(text));

    [Fact]
    public void A_clause_after_a_spoken_street_names_no_town()
    {
        var places = Places("ot: so the walker goes to two forty alder way in the back bedroom\npt: yes");
        Assert.DoesNotContain(places, p => p.Contains("back", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a: she was hit at ninth and willow and taken by ambulance", "ninth and willow")]
    [InlineData("pt: i work at the deli on third and garfield, mornings", "third and garfield")]
    [InlineData("caller: we're at the corner of larkin and hollis right now", "larkin and hollis")]
    public void Street_corners_in_speech_are_places(string text, string corner) =>
        Assert.Contains(corner, Places(text));

    [Theory]
    [InlineData("at first and then again at night she coughs")]
    [InlineData("pain at second and third toes, left foot")]
    [InlineData("on fifth and sixth ribs there is tenderness")]
    [InlineData("she came in first and foremost for the rash")]
    public void Ordinals_in_ordinary_speech_are_no_street_corner(string text) =>
        PhiAssert.NoneOfType(Engine, text, PhiType.Location);

    [Theory]
    [InlineData("Code team: leader Dr Abernathy, anesthesia Quintanilla, RT Szabo, pharm Ostrowski, recorder Mbeki RN", "Quintanilla")]
    [InlineData("Code team: leader Dr Abernathy, anesthesia Quintanilla, RT Szabo, pharm Ostrowski, recorder Mbeki RN", "Ostrowski")]
    [InlineData("Code team: leader Dr Abernathy, anesthesia Quintanilla, RT Szabo, pharm Ostrowski, recorder Mbeki RN", "Szabo")]
    [InlineData("sign-out (day team -> night float Ekwueme) done at 1900", "Ekwueme")]
    [InlineData("Assigned NNP: Thistlewood. Family updated.", "Thistlewood")]
    [InlineData("Responders: Halloran RN (ICU), Vasquez-Ortiz RT, Dr Lim (fellow)", "Vasquez-Ortiz")]
    [InlineData("Dietitian f/u next week.\nBrunswick-Ng RD  pg 4410", "Brunswick-Ng")]
    [InlineData("Vent weaned to PS 8/5.\nT. Hallgrimsson RRT-NPS", "T. Hallgrimsson")]
    [InlineData("Transferred with monitor.\nKowalczyk, M. RN", "Kowalczyk, M.")]
    [InlineData("Crit K 6.4 called, readback done. Pharm Oyelaran (x3310) also paged.", "Oyelaran")]
    [InlineData("Sedation: RN under supervision     RT: ambrose", "ambrose")]
    [InlineData("Gave report to Ama RN on 5 West at 1500.", "Ama")]
    [InlineData("proned by team (rn kwabena, rn olayinka, rt szabo) without event", "olayinka")]
    public void Team_roles_and_credentials_on_a_list_name_the_member(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("BiPAP tolerated overnight.\n-- r. okonjo crt", "r. okonjo")]
    [InlineData("pt resting, family at bedside.\n--jw rn (Jonah Wex)", "jw")]
    [InlineData("turned q2h, skin intact.\n-- ximena rn", "ximena")]
    [InlineData("flight crew handoff complete.\n- d. harkavy fp-c", "d. harkavy")]
    public void Dashed_signatures_with_a_credential_name_the_writer(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("Perfusion: medium-sized, fixed defect inferior wall.")]
    [InlineData("Cap refill brisk, CRT < 3 sec, pulses 2+.")]
    [InlineData("Plan: RT eval, pharm consult for vanc dosing.")]
    [InlineData("ortho, RT knee brace, PT to see")]
    [InlineData("-- see above rn")]
    [InlineData("- bk pt\n- see wound care")]
    [InlineData("RT: eval and treat")]
    [InlineData("Left AMA RN aware, MD notified")]
    public void Role_and_credential_words_outside_a_team_list_are_no_cue(string text) =>
        PhiAssert.NoneOfType(Engine, text, PhiType.Name);

    [Theory]
    [InlineData("dr: i'm dr falk, this is dr osei the fellow, and temperance from child life", "temperance")]
    [InlineData("chaplain: hello, i'm here with rosalind from social work", "rosalind")]
    [InlineData("attending: this is ottilie our social worker", "ottilie")]
    [InlineData("attending: this is grant our social worker", "grant")]
    [InlineData("attending: and lucan is your dad's nurse tonight", "lucan")]
    [InlineData("nurse: after hours line this is m r, who am i speaking with", "m r")]
    public void People_introduced_by_service_role_or_initials_are_names(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("nurse: the doctor from social work will call")]
    [InlineData("nurse: someone from child life can bring toys")]
    [InlineData("attending: this is your nurse for today")]
    [InlineData("nurse: this is a b c of the plan")]
    [InlineData("dad: i hope we will hear back")]
    public void Introductions_without_a_name_find_none(string text) =>
        PhiAssert.NoneOfType(Engine, text, PhiType.Name);

    [Fact]
    public void A_speaker_label_repeating_a_relative_named_before_is_that_relative()
    {
        var names = Engine.Find("mom: hi, and this is his stepdad rocco\ndoc: hi both\nrocco: he coughs at night\n")
            .Where(f => f.Type == PhiType.Name).Select(f => (f.Text, f.Start)).ToList();
        Assert.Equal(2, names.Count(n => n.Text == "rocco"));
    }

    [Theory]
    [InlineData("dad: and this is her stepmom odalys", "odalys")]
    [InlineData("pt's godmother Philippa visiting today", "Philippa")]
    [InlineData("met w/ pt + partner will at bedside, consent signed", "will")]
    [InlineData("caller: or try my daughter ysolde's cell after five", "ysolde")]
    public void Step_god_and_partner_relations_name_the_relative(string text, string name) =>
        Assert.Contains(name, Names(text));

    [Theory]
    [InlineData("pt's partner will call back tonight")]
    [InlineData("her partner may come later")]
    [InlineData("his daughter's cell is on file")]
    [InlineData("her son's school called")]
    public void A_modal_after_a_vague_relation_stays_a_modal(string text) =>
        PhiAssert.NoneOfType(Engine, text, PhiType.Name);

    [Theory]
    [InlineData("clerk: could you spell the surname for me\ncaller: w o j c i k", "w o j c i k")]
    [InlineData("scheduler: last name please\ncaller: abernethy, that's a-b-e-r-n-e-t-h-y", "a-b-e-r-n-e-t-h-y")]
    [InlineData("rep: how is that spelled\ncaller: q u i l l a n", "q u i l l a n")]
    public void Letters_after_a_spelling_cue_are_a_name(string text, string spelled) =>
        Assert.Contains(spelled, Names(text));

    [Fact]
    public void The_spelled_word_said_whole_is_a_name_with_its_given_name()
    {
        var names = Names("clerk: spell the last name\ncaller: v a r j a b e d i a n\nclerk: and first\ncaller: it's tomas varjabedian");
        Assert.Contains("tomas varjabedian", names);
    }

    [Theory]
    [InlineData("dr: we did a c t of the chest and an m r i of the brain")]
    [InlineData("the f e v one was low and the d l c o was normal")]
    [InlineData("spell out the plan: n p o after midnight")]
    public void Letter_runs_without_a_spelling_cue_or_vowel_are_no_name(string text) =>
        PhiAssert.NoneOfType(Engine, text, PhiType.Name);
}
