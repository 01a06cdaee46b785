namespace MedDocs.Core.Phi;

/// <summary>
/// Names in transcribed speech, where lower case hides them and only the words around them tell: the answer to a
/// question about a name ("what's her name ⏎ patient: dawn"), a record read back ("i have you down as nkechi adaora eze"),
/// someone quoted ("like leticia said"), and a name addressed at the start of a turn ("okay malakai how'd you …").
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>The cue at <paramref name="i"/> (one of <see cref="SpeechCues"/>), then the name after it; the last name token, or -1.</summary>
    private static int AfterSpeechCue(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int i)
    {
        var cue = tokens.Span(i);
        if (cue.Equals("name", StringComparison.OrdinalIgnoreCase))
        {
            int stated = AfterNamePart(sink, tokens, i);
            return stated >= 0 ? stated : AnswerToNameQuestion(sink, tokens, i);
        }
        if (cue.Equals("as", StringComparison.OrdinalIgnoreCase) && IsReadBackAs(tokens, i))
        {
            // "i have you down as nkechi adaora eze is that right", "she's registered as …", "listed as "…"", "identified pt as …".
            int first = tokens.IsSymbol(i + 1, '"') ? i + 2 : i + 1;
            int end = ReadSpokenName(tokens, first, NameClosers);
            return AddSpokenName(sink, tokens, first, end, "name-read-back");
        }
        if (cue.Equals("like", StringComparison.OrdinalIgnoreCase) || cue.Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            // "like leticia said", "as Dr said" (titles are left to their rule).
            int name = i + 1;
            if (tokens.IsWord(name) && !tokens[name].NewLineBefore && tokens.IsWord(name + 1) && !tokens[name + 1].NewLineBefore
                && QuoteVerbs.Contains(tokens.Span(name + 1)) && IsQuotedName(tokens, name))
            {
                sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.7, "name-quoted");
                return name;
            }
            return -1;
        }
        return Vocative(sink, tokens, i);
    }

    /// <summary>"down as", "listed as", "registered as": a name read back from a record.</summary>
    private static readonly AsciiWordSet ReadBackVerbs = new(["down", "listed", "registered", "booked", "filed", "charted", "scheduled"]);

    /// <summary>Words that end a spoken full name ("… eze is that right", "… de vries and date of birth").</summary>
    private static readonly AsciiWordSet NameClosers = new(
        ["is", "and", "right", "correct", "with", "born", "date", "dob", "for", "but", "that", "yes", "yeah", "no", "okay", "ok", "on", "at", "from", "who", "spelled", "please"]);

    private static readonly AsciiWordSet QuoteVerbs = new(
        ["said", "says", "told", "mentioned", "suggested", "recommended", "explained", "showed", "taught", "wanted", "asked", "warned", "thought"]);

    /// <summary>Parts of surnames that stand between the words of a full name ("wilhelmina de vries", "jan van der berg").</summary>
    private static readonly AsciiWordSet NameParticles = new(
        ["de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "dos", "das", "st"]);

    /// <summary>
    /// A full name spoken alone, from <paramref name="first"/> to a closer word, punctuation or the line's end: 1–4 words, each
    /// a listed name or a word no list knows (no stop word, title or clinical acronym), particles inside. The last token, or -1.
    /// </summary>
    private static int ReadSpokenName(TextTokens tokens, int first, AsciiWordSet? closers)
    {
        int last = -1;
        for (int k = first; k < first + 5; k++)
        {
            bool boundary = k >= tokens.Count || (k > first && tokens[k].NewLineBefore) || tokens[k].Kind != TokenKind.Word
                || (k > first && closers is not null && closers.Contains(tokens.Span(k)));
            if (boundary)
            {
                return last >= first ? last : -1;
            }
            if (k == first && tokens[k].NewLineBefore && closers is not null)
            {
                return -1;
            }
            var word = tokens.Span(k);
            if (NameParticles.Contains(word) && k > first && tokens.IsWord(k + 1) && !tokens[k + 1].NewLineBefore)
            {
                continue;
            }
            if (!IsSpokenNameWord(word, tokens.Entry(k)))
            {
                return -1;
            }
            last = k;
        }
        // Five words and no end: a sentence, not a name.
        return -1;
    }

    /// <summary>
    /// A word of a spoken name. Where the context says a name follows (an answer, a read-back) a drug-like ending is no
    /// objection ("ottoline", "caroline"); elsewhere (<paramref name="drugShaped"/> checked) it is.
    /// </summary>
    private static bool IsSpokenNameWord(ReadOnlySpan<char> word, LexiconEntry entry, bool drugShaped = false) =>
        word.Length >= 2 && !ContextWords.NotNames.Contains(word) && !NameStopWords.Contains(word) && !ContextWords.Titles.Contains(word)
        && !ContextWords.Relations.Contains(word) && !ContextWords.ClinicalAcronyms.Contains(word) && !(drugShaped && ContextWords.LooksMedical(word) && !entry.IsName()) && !IsContraction(word)
        && SpokenNumbers.Value(word) < 0 && ShortDateRules.MonthOf(word) <= 0
        && (entry.Given >= 1 || entry.Surname >= 1 || !entry.IsKnown && Vowels(word) >= 1);

    private static int AddSpokenName(FindingSink sink, TextTokens tokens, int first, int last, string rule)
    {
        if (last < first)
        {
            return -1;
        }
        sink.Add(PhiType.Name, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.75, rule);
        return last;
    }

    /// <summary>
    /// "what's her name ⏎ patient: dawn", "sure what's the patient's name ⏎ caller: wilhelmina de vries": a question ending
    /// in "name" and, on the next line after an optional speaker label, a line that is only a name. A pet's name is no PHI.
    /// </summary>
    private static int AnswerToNameQuestion(FindingSink sink, TextTokens tokens, int i)
    {
        int next = tokens.IsSymbol(i + 1, '?') ? i + 2 : i + 1;
        if (next >= tokens.Count || !tokens[next].NewLineBefore || !tokens.IsWord(i - 1) || !NameOwners.Contains(tokens.Span(i - 1))
            || AfterPetWord(tokens, i + 1))
        {
            return -1;
        }
        int answer = AfterSpeakerLabel(tokens, next);
        if (answer >= tokens.Count || (answer > next && tokens[answer].NewLineBefore))
        {
            return -1;
        }
        // "uh dawn", "oh it's": one filler before the name.
        if (tokens.IsWord(answer) && Fillers.Contains(tokens.Span(answer)) && tokens.IsWord(answer + 1) && !tokens[answer + 1].NewLineBefore)
        {
            answer++;
        }
        int last = ReadSpokenName(tokens, answer, null);
        // The whole line is the name.
        if (last < 0 || last + 1 < tokens.Count && !tokens[last + 1].NewLineBefore && !(tokens[last + 1].Kind == TokenKind.Symbol && tokens.Span(last + 1) is "." or "?" or "!"))
        {
            return -1;
        }
        return AddSpokenName(sink, tokens, answer, last, "name-answer");
    }

    /// <summary>Whose name is asked: "her name", "your name", "the patient's name", "his first name".</summary>
    private static readonly AsciiWordSet NameOwners = new(
    [
        "her", "his", "your", "their", "patient's", "pt's", "full", "first", "last", "middle", "maiden", "husband's", "wife's", "son's",
        "daughter's", "mother's", "father's", "mom's", "dad's", "sister's", "brother's", "baby's", "friend's", "partner's", "nurse's",
        "contact's", "caregiver's", "neighbor's", "girlfriend's", "boyfriend's", "child's", "kid's",
        "patient", "pt", "member", "caller", "client", "child", "student", "employee", "subscriber", "insured", "customer", "resident",
    ]);

    private static readonly AsciiWordSet Fillers = new(["uh", "um", "oh", "ah", "well", "yeah", "yes", "so", "hmm", "er"]);

    /// <summary>Animals: a name asked or given about one is no PHI ("what's the dog's name ⏎ oh her name's hope").</summary>
    private static readonly AsciiWordSet PetWords = new(
        ["dog", "dog's", "dogs", "cat", "cat's", "cats", "puppy", "puppy's", "kitten", "kitten's", "pet", "pet's", "pets", "horse", "horse's", "parrot", "bird", "hamster", "rabbit", "bunny", "pup", "kitty"]);

    /// <summary>Whether a pet word stands in the 16 tokens before <paramref name="i"/>.</summary>
    private static bool AfterPetWord(TextTokens tokens, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 16; k--)
        {
            if (tokens.IsWord(k) && PetWords.Contains(tokens.Span(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"like leticia said": a given name that is no common English word, or a capitalised listed one, or a word no list knows.</summary>
    private static bool IsQuotedName(TextTokens tokens, int i)
    {
        var word = tokens.Span(i);
        var entry = tokens.Entry(i);
        if (word.Length < 3 || !IsSpokenNameWord(word, entry, drugShaped: true) || Possessives.Contains(word))
        {
            return false;
        }
        return entry.Given >= 1 && entry.English <= 1 || WordShape.IsTitleCase(word) && entry.IsName(2) || !entry.IsKnown && Vowels(word) >= 2;
    }

    /// <summary>
    /// "okay malakai how'd you hurt the ankle", "hi Dolores can you hear me": at a turn's start, a greeting or "okay", a
    /// name, then a question or a pronoun. Only a word no list knows or a given name that is no English word counts.
    /// </summary>
    private static int Vocative(FindingSink sink, TextTokens tokens, int i)
    {
        if (!(i == 0 || tokens[i].NewLineBefore || tokens.IsSymbol(i - 1, ':')))
        {
            return -1;
        }
        int name = tokens.IsSymbol(i + 1, ',') ? i + 2 : i + 1;
        if (!tokens.IsWord(name) || tokens[name].NewLineBefore)
        {
            return -1;
        }
        int after = tokens.IsSymbol(name + 1, ',') ? name + 2 : name + 1;
        if (!tokens.IsWord(after) || tokens[after].NewLineBefore || !VocativeFollowers.Contains(tokens.Span(after)))
        {
            return -1;
        }
        var word = tokens.Span(name);
        var entry = tokens.Entry(name);
        if (word.Length < 3 || !IsSpokenNameWord(word, entry, drugShaped: true))
        {
            return -1;
        }
        bool accepted = !entry.IsKnown && word.Length >= 4 && Vowels(word) >= 2 || entry.Given >= 1 && entry.English == 0 && entry.Place <= 1
            || WordShape.IsTitleCase(word) && entry.Given >= 1 && entry.English <= 1;
        if (!accepted)
        {
            return -1;
        }
        sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.7, "name-vocative");
        return name;
    }

    /// <summary>
    /// Words that open what is said to someone just named: questions, pronouns, requests. Not "is", "so", "this" …, which
    /// also follow a drug's brand name the lists do not know ("okay xarelto is once a day").
    /// </summary>
    private static readonly AsciiWordSet VocativeFollowers = new(
    [
        "how", "how'd", "how's", "what", "what's", "when", "where", "where's", "why", "who", "can", "could", "would", "do", "did",
        "have", "let's", "tell", "i", "i'm", "i'll", "we", "we're", "we'll", "you", "you're", "your", "thanks", "thank", "please", "come",
    ]);

    /// <summary>The first token of a line's answer: after a speaker label ("patient:", "speaker 2:") when the line starts with one.</summary>
    private static int AfterSpeakerLabel(TextTokens tokens, int lineStart)
    {
        for (int k = lineStart; k < lineStart + 3 && k < tokens.Count; k++)
        {
            if (k > lineStart && tokens[k].NewLineBefore)
            {
                break;
            }
            if (tokens.IsSymbol(k, ':'))
            {
                return k + 1;
            }
        }
        return lineStart;
    }
}
