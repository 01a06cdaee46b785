namespace MedDocs.Core.Phi;

/// <summary>
/// Roles that work as a person's title and stand right before the name in any letter case: clergy ("Rev. Ostrander",
/// "chaplain fr. anselmo", "pastor wojcik"), police, fire and military ranks ("trooper Haldane", "capt. duval", "officer
/// lindqvist"), interpreters, medics and sonographers ("interpreter ines", "medic j. tavares"). After them a lower-case word no
/// list knows is a name too (as after "Dr"), when it is vowelled like one and no language, drug or clinical word.
/// Their abbreviations take a period ("Rev.", "Fr.", "Br.", "Capt.", "Sgt.", "Det.", "Ofc.", "Msgr.").
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>Role words that title a person (see the class summary).</summary>
    private static readonly AsciiWordSet PersonTitleRoles = new(
    [
        "officer", "ofc", "trooper", "detective", "det", "deputy", "sheriff", "sergeant", "sgt", "captain", "capt", "cpt", "lieutenant",
        "corporal", "cpl", "firefighter", "investigator", "marshal",
        "chaplain", "pastor", "reverend", "rev", "fr", "br", "father", "brother", "sister", "deacon", "rabbi", "imam", "priest", "minister",
        "msgr", "monsignor", "cantor",
        "interpreter", "translator", "medic", "paramedic", "emt", "sonographer", "sitter",
    ]);

    /// <summary>Words of an agency after its town ("officer springfield pd", "trooper lowell barracks"): the town is no officer's name.</summary>
    private static readonly AsciiWordSet AgencyWords = new(
        ["pd", "police", "fd", "fire", "barracks", "sheriff", "sheriff's", "county", "station", "dept", "department", "ems", "ambulance", "troop", "precinct", "district"]);

    /// <summary>Abbreviated titles that a period follows ("Rev.", "capt.", "br."): the period is no sentence end. Not "Lt." ("lt. arm").</summary>
    private static readonly AsciiWordSet AbbreviatedPersonTitles = new(["rev", "fr", "br", "capt", "cpt", "sgt", "det", "ofc", "cpl", "msgr", "hon"]);

    /// <summary>
    /// "capt. moreau", "Rev. Ostrowski", "br. anselm": an abbreviated title, its period, then a name (as after "Dr."). The last name token, or -1.
    /// </summary>
    private static int AfterAbbreviatedTitle(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int title)
    {
        var word = tokens.Span(title);
        if (!tokens.IsSymbol(title + 1, '.') || !tokens.Touches(title + 1) || !AbbreviatedPersonTitles.Contains(word))
        {
            return -1;
        }
        int name = title + 2;
        if (!tokens.IsWord(name) || tokens[name].NewLineBefore || !IsPersonTitleName(tokens, name))
        {
            return -1;
        }
        return AfterCue(sink, tokens, lexicon, name, CueStrength.Strong, "name-title", 0.8);
    }

    /// <summary>
    /// After a person-title role: the word may be a name as after "Dr" (any listed name, any word no English list holds), but a
    /// lower-case word no list knows must be vowelled, not medical-looking and no language ("interpreter tagalog").
    /// </summary>
    private static bool IsPersonTitleName(TextTokens tokens, int i)
    {
        var word = tokens.Span(i);
        var entry = tokens.Entry(i);
        if (word.Length < 2 || Languages.Contains(word) || ContextWords.RolesBefore.Contains(word) || ContextWords.Departments.Contains(word)
            || SpokenNumbers.Value(word) >= 0 || ShortDateRules.MonthOf(word) > 0)
        {
            return false;
        }
        if (!entry.IsKnown)
        {
            // "óscar" is not ASCII: a letter outside ASCII counts as a vowel here (names carry the accents, abbreviations do not).
            return word.Length >= 3 && (Vowels(word) >= 2 || !System.Text.Ascii.IsValid(word)) && !(ContextWords.LooksMedical(word));
        }
        // A listed name (a common word only when also a common name or capitalised), or a word no English list holds that is no town.
        return entry.IsName() && (entry.English <= 2 || entry.IsName(2) || !WordShape.IsLowerCase(word)) || entry.English == 0 && entry.Place <= 1;
    }

    /// <summary>Whether the word after a role's next word names an agency, so that the next word is its town.</summary>
    private static bool BeforeAgencyWord(TextTokens tokens, int next) =>
        tokens.IsWord(next + 1) && !tokens[next + 1].NewLineBefore && AgencyWords.Contains(tokens.Span(next + 1));

    /// <summary>
    /// "officer vukovic", "interpreter óscar (spanish)", "pastor delacroix from …", "trooper Delacroix": a person-title role and a
    /// name after it. The last name token, or -1.
    /// </summary>
    private static int AfterPersonTitleRole(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int role)
    {
        int name = role + 1;
        if (!PersonTitleRoles.Contains(tokens.Span(role)) || !tokens.IsWord(name) || tokens[name].NewLineBefore || !IsPersonTitleName(tokens, name))
        {
            return -1;
        }
        int end = AfterCue(sink, tokens, lexicon, name, CueStrength.Strong, "name-role", 0.75);
        // "officer banks, d. truong": a second officer behind a comma, as an initial and a surname.
        if (end > 0 && tokens.IsSymbol(end + 1, ',') && tokens.IsWord(end + 2) && tokens[end + 2].Length == 1 && tokens.IsSymbol(end + 3, '.')
            && tokens.IsWord(end + 4) && !tokens[end + 4].NewLineBefore && IsPersonTitleName(tokens, end + 4))
        {
            sink.Add(PhiType.Name, tokens[end + 2].Start, tokens[end + 4].End - tokens[end + 2].Start, 0.72, "name-role");
            end += 4;
        }
        return end;
    }
}
