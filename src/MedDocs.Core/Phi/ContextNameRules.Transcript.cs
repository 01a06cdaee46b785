namespace MedDocs.Core.Phi;

/// <summary>
/// Names in transcribed speech that the cue words alone miss: an introduction with a title or role first ("i'm reverend tom
/// okafor", "call me doctor bola") or with a full name whose given name is also a word ("i'm autumn kessler i'm the …"); a
/// name given after "first name"/"last name" ("first name gary date of birth …"); a phone greeting ("… pharmacy araceli
/// speaking"); a role's name before what they said ("the nurse hope said"); a name in apposition to a role ("joy the physical
/// therapist gave me"); a record read back after an identifying verb, quoted or not ("identified him as …", "listed as "…"").
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>
    /// After an introduction cue at <paramref name="cue"/>: a title or a role word, then the name ("i'm reverend tom okafor", "call me
    /// doctor bola", "this is nurse odile"); or a given name and a listed surname closed like a spoken name ("i'm autumn kessler i'm …").
    /// </summary>
    private static int AfterIntroductionExtra(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int cue)
    {
        int next = cue + 1;
        if (!tokens.IsWord(next) || tokens[next].NewLineBefore)
        {
            return -1;
        }
        var word = tokens.Span(next);
        if (ContextWords.Titles.Contains(word) || PersonTitleRoles.Contains(word) || word.Equals("nurse", StringComparison.OrdinalIgnoreCase))
        {
            int name = next + 1;
            if (tokens.IsSymbol(name, '.') && tokens.Touches(name))
            {
                name++;
            }
            if (!tokens.IsWord(name) || tokens[name].NewLineBefore || !IsSpokenNameWord(tokens.Span(name), tokens.Entry(name), drugShaped: true)
                && !(tokens.Entry(name).English <= 2 && !NameStopWords.Contains(tokens.Span(name)) && !ContextWords.NotNames.Contains(tokens.Span(name))
                    && ClosesSpokenName(tokens, name + 1) && !IsContraction(tokens.Span(name)) && SpokenNumbers.Value(tokens.Span(name)) < 0))
            {
                return -1;
            }
            // "tom okafor", "ike nwosu": a surname after the given name, as after any cue.
            int last = ExtendRight(tokens, lexicon, name, name);
            sink.Add(PhiType.Name, tokens[name].Start, tokens[last].End - tokens[name].Start, 0.78, "name-introduction");
            return last;
        }
        // "i'm autumn kessler": a given name (also a word) and a surname no English list holds, then the turn goes on.
        var entry = tokens.Entry(next);
        int surname = next + 1;
        if (entry.Given >= 2 && !NameStopWords.Contains(word) && !ContextWords.NotNames.Contains(word) && ShortDateRules.MonthOf(word) <= 0
            && tokens.IsWord(surname) && !tokens[surname].NewLineBefore && tokens.Entry(surname).Surname >= 1 && tokens.Entry(surname).English == 0
            && IsSpokenNameWord(tokens.Span(surname), tokens.Entry(surname), drugShaped: true)
            && (ClosesSpokenName(tokens, surname + 1) || tokens.IsWord(surname + 1) && (IntroductionFollowers.Contains(tokens.Span(surname + 1)) || ContextWords.SelfIntroductions.Contains(tokens.Span(surname + 1)))))
        {
            sink.Add(PhiType.Name, tokens[next].Start, tokens[surname].End - tokens[next].Start, 0.75, "name-introduction");
            return surname;
        }
        return -1;
    }

    /// <summary>Words before "name" that introduce a name stated, not asked ("first name gary", "last name is pfannenstiel").</summary>
    private static readonly AsciiWordSet NamePartWords = new(["first", "last", "middle", "given", "maiden", "family", "sur"]);

    /// <summary>"last name pfannenstiel …", "first name gary date of birth …", "her maiden name was okafor": the name after "X name".</summary>
    private static int AfterNamePart(FindingSink sink, TextTokens tokens, int name)
    {
        if (!tokens.IsWord(name - 1) || !NamePartWords.Contains(tokens.Span(name - 1)) || tokens[name].NewLineBefore)
        {
            return -1;
        }
        int first = name + 1;
        if (tokens.WordIs(first, "is") || tokens.WordIs(first, "was"))
        {
            first++;
        }
        if (!tokens.IsWord(first) || tokens[first].NewLineBefore)
        {
            return -1;
        }
        int end = ReadSpokenName(tokens, first, NameClosers);
        if (end < 0)
        {
            // "pfannenstiel p f a n n …": the name word, then its spelling.
            end = tokens.IsWord(first + 1) && tokens[first + 1].Length == 1 && IsSpokenNameWord(tokens.Span(first), tokens.Entry(first)) ? first : -1;
        }
        return end < 0 ? -1 : AddSpokenName(sink, tokens, first, end, "name-answer");
    }

    /// <summary>"mercado family pharmacy araceli speaking", "this is kofi speaking how can i help": a name before "speaking" on the phone.</summary>
    private static void BeforeSpeaking(FindingSink sink, TextTokens tokens, int speaking)
    {
        int name = speaking - 1;
        if (!tokens.IsWord(name) || tokens[speaking].NewLineBefore || tokens[name].Length < 3)
        {
            return;
        }
        var word = tokens.Span(name);
        var entry = tokens.Entry(name);
        if (Languages.Contains(word) || !IsSpokenNameWord(word, entry, drugShaped: true) || !(entry.Given >= 1 && entry.English <= 1 || !entry.IsKnown && Vowels(word) >= 2))
        {
            return;
        }
        // The greeting closes there: the line's end, punctuation, or the offer of help.
        int after = speaking + 1;
        if (after < tokens.Count && !tokens[after].NewLineBefore && tokens[after].Kind == TokenKind.Word
            && !(tokens.WordIs(after, "how") || tokens.WordIs(after, "can") || tokens.WordIs(after, "what") || tokens.WordIs(after, "who")))
        {
            return;
        }
        sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.72, "name-greeting");
    }

    /// <summary>
    /// "the nurse hope said maybe days", "her therapist grace told her": after a role, a common given name that is also a word,
    /// then a verb of saying. The last name token, or -1.
    /// </summary>
    private static int RoleThenSayer(FindingSink sink, TextTokens tokens, int role)
    {
        int name = role + 1;
        if (!tokens.IsWord(name) || tokens[name].NewLineBefore || !tokens.IsWord(name + 1) || tokens[name + 1].NewLineBefore
            || !QuoteVerbs.Contains(tokens.Span(name + 1)) || !IsParenthesisedGiven(tokens, name))
        {
            return -1;
        }
        sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.72, "name-role");
        return name;
    }

    /// <summary>
    /// "the stretches joy the physical therapist gave me", "ask marisol the charge nurse": a given name (also a common word) in
    /// apposition to a role: "the", up to two modifiers, then a role word. Not after a pronoun, "to" or a modal ("i hope the nurse").
    /// </summary>
    private static void BeforeAppositiveRole(FindingSink sink, TextTokens tokens, int name)
    {
        if (!tokens.WordIs(name + 1, "the") || tokens[name + 1].NewLineBefore || !IsParenthesisedGiven(tokens, name))
        {
            return;
        }
        if (tokens.IsWord(name - 1) && !tokens[name].NewLineBefore && (ContextWords.NotNames.Contains(tokens.Span(name - 1)) || Possessives.Contains(tokens.Span(name - 1))))
        {
            return;
        }
        for (int k = name + 2; k <= name + 4 && tokens.IsWord(k) && !tokens[k].NewLineBefore; k++)
        {
            if (ContextWords.RolesBefore.Contains(tokens.Span(k)))
            {
                sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.7, "name-role");
                return;
            }
        }
    }

    /// <summary>Verbs before "him/her/pt as" that read back who someone is ("identified him as …").</summary>
    private static readonly AsciiWordSet IdentifyVerbs = new(["identified", "id'd", "confirmed", "registered", "listed", "named", "knew", "knows", "introduced"]);

    private static readonly AsciiWordSet IdentifiedObjects = new(["him", "her", "them", "pt", "patient", "the", "himself", "herself", "themselves"]);

    /// <summary>Whether "as" at <paramref name="i"/> reads back a name: "listed as", "identified pt as", "registered him as".</summary>
    private static bool IsReadBackAs(TextTokens tokens, int i) =>
        tokens.IsWord(i - 1) && ReadBackVerbs.Contains(tokens.Span(i - 1))
        || tokens.IsWord(i - 1) && IdentifiedObjects.Contains(tokens.Span(i - 1)) && tokens.IsWord(i - 2) && IdentifyVerbs.Contains(tokens.Span(i - 2));
}
