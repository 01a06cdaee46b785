namespace MedDocs.Core.Phi;

/// <summary>
/// Names in dialogue that the speech cues miss: an answer to a name question that goes on with other facts ("what's your name
/// and date of birth ⏎ caller: ines rocha-vidal nine four ..."), a name spelled out letter by letter after it ("ines i n e s"),
/// a name addressed in a greeting or thanks ("hi marisol how's ...", "thank you odette"), and a caller checked by name
/// ("is this bronwen", "is that tadeusz").
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>The dialogue cues at the tokens <see cref="Collect"/> noted for them, in order.</summary>
    private static void CollectDialogue(FindingSink sink, TextTokens tokens, TokenIndexList? noted)
    {
        // A spelled-out name's letters are read with its first one: the walk goes on after the run.
        int readUntil = -1;
        int count = LaterPassTokens.Count(noted, tokens);
        for (int n = 0; n < count; n++)
        {
            int i = LaterPassTokens.At(noted, n);
            if (i > readUntil)
            {
                readUntil = DialogueAt(sink, tokens, i);
            }
        }
    }

    /// <summary>The dialogue cues at word <paramref name="i"/>; the last token they read (past <paramref name="i"/> for a spelled name).</summary>
    private static int DialogueAt(FindingSink sink, TextTokens tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Word)
        {
            return i;
        }
        int length = tokens[i].Length;
        if (length == 1)
        {
            return SpelledName(sink, tokens, i);
        }
        if (length == 4 && tokens.WordIs(i, "name"))
        {
            AnswerAfterNameQuestion(sink, tokens, i);
        }
        else if (length <= 6 && GreetingWords.Contains(tokens.Span(i)))
        {
            AfterGreeting(sink, tokens, i);
        }
        else if (length == 2 && tokens.WordIs(i, "is") && (tokens.WordIs(i + 1, "this") || tokens.WordIs(i + 1, "that")) && !tokens[i + 1].NewLineBefore)
        {
            CheckedByName(sink, tokens, i + 2);
        }
        else if (length == 8 && tokens.WordIs(i, "speaking"))
        {
            BeforeSpeaking(sink, tokens, i);
        }
        if (length >= 3 && i + 1 < tokens.Count && tokens[i + 1].Length == 3 && tokens.WordIs(i + 1, "the") && (tokens.NameClasses(i) & NameClass.PairGiven) != 0)
        {
            BeforeAppositiveRole(sink, tokens, i);
        }
        return i;
    }

    /// <summary>
    /// "g r a c e" after "grace": a run of three or more single letters on one line that spells the word before the run (or the
    /// one before that: "grace okonkwo g r a c e"), when that word may be a name. The index of the run's last letter.
    /// </summary>
    private static int SpelledName(FindingSink sink, TextTokens tokens, int i)
    {
        int last = i;
        while (last + 1 < tokens.Count && tokens.IsWord(last + 1) && tokens[last + 1].Length == 1 && !tokens[last + 1].NewLineBefore)
        {
            last++;
        }
        int letters = last - i + 1;
        if (letters < 3 || letters > 20)
        {
            return last;
        }
        for (int back = 1; back <= 2; back++)
        {
            int word = i - back;
            if (!tokens.IsWord(word) || tokens[word].Length != letters || tokens[i].NewLineBefore || back == 2 && tokens[i - 1].NewLineBefore)
            {
                continue;
            }
            var spelled = tokens.Span(word);
            bool same = true;
            for (int k = 0; k < letters && same; k++)
            {
                same = char.ToLowerInvariant(spelled[k]) == char.ToLowerInvariant(tokens.Span(i + k)[0]);
            }
            if (same && IsSpokenNameWord(spelled, tokens.Entry(word)))
            {
                sink.Add(PhiType.Name, tokens[i].Start, tokens[last].End - tokens[i].Start, 0.75, "name-spelled");
                return last;
            }
        }
        return last;
    }

    /// <summary>
    /// "what's your name sir ⏎ patient: um art", "can i have your name and date of birth ⏎ speaker 2: ines rocha-vidal nine four …",
    /// "name and birthday ⏎ patient: clarence …": a question with "name" in it (after a name owner, or opening the turn), then on
    /// the next line, after a speaker label and a filler, one to three name words closed by the line's end, punctuation, a number
    /// word, a month, a spelled letter or a contraction ("he's seventeen").
    /// </summary>
    private static void AnswerAfterNameQuestion(FindingSink sink, TextTokens tokens, int name)
    {
        bool owner = tokens.IsWord(name - 1) && !tokens[name].NewLineBefore && NameOwners.Contains(tokens.Span(name - 1));
        bool opensTurn = tokens.IsSymbol(name - 1, ':') || name == 0 || tokens[name].NewLineBefore;
        if (!(owner || opensTurn) || AfterPetWord(tokens, name + 1))
        {
            return;
        }
        // The rest of the question: at most ten tokens to the line's end.
        int next = name + 1;
        while (next < tokens.Count && !tokens[next].NewLineBefore && next - name <= 10)
        {
            next++;
        }
        if (next >= tokens.Count || !tokens[next].NewLineBefore)
        {
            return;
        }
        int answer = AfterSpeakerLabel(tokens, next);
        if (answer >= tokens.Count || answer > next && tokens[answer].NewLineBefore)
        {
            return;
        }
        while (tokens.IsWord(answer) && Fillers.Contains(tokens.Span(answer)) && tokens.IsWord(answer + 1) && !tokens[answer + 1].NewLineBefore)
        {
            answer++;
        }
        int last = -1;
        for (int k = answer; k < answer + 4; k++)
        {
            if (k >= tokens.Count || k > answer && tokens[k].NewLineBefore || tokens[k].Kind != TokenKind.Word)
            {
                break;
            }
            var word = tokens.Span(k);
            if (k > answer && (word.Length == 1 || SpokenNumbers.Value(word) >= 0 || ShortDateRules.MonthOf(word) > 0 || word.IndexOf('\'') > 0
                || NameClosers.Contains(word) || tokens.WordIs(k, "and")))
            {
                break;
            }
            // "um art", "will": a given name the stop list holds as a word is a name where a name was asked for.
            bool givenHomograph = tokens.Entry(k).Given >= 1 && NameStopWords.Contains(word) && !ContextWords.NotNames.Contains(word)
                && SpokenNumbers.Value(word) < 0 && ShortDateRules.MonthOf(word) <= 0;
            if (k == answer + 3 || !(IsSpokenNameWord(word, tokens.Entry(k)) || givenHomograph))
            {
                return;
            }
            last = k;
        }
        if (last >= answer)
        {
            sink.Add(PhiType.Name, tokens[answer].Start, tokens[last].End - tokens[answer].Start, 0.75, "name-answer");
        }
    }

    private static readonly AsciiWordSet GreetingWords = new(["hi", "hey", "hello", "thanks", "thank", "bye", "goodbye", "morning", "evening", "afternoon"]);

    /// <summary>
    /// "hi marisol how's …", "oh hi odette", "thank you bernadette you've …", "bye june": a given name (common given names may be
    /// words too: "hi summer") right after the greeting, closed by the line's end, punctuation or the next clause.
    /// </summary>
    private static void AfterGreeting(FindingSink sink, TextTokens tokens, int i)
    {
        int name = i + 1;
        if (tokens.WordIs(i, "thank"))
        {
            if (!tokens.WordIs(name, "you"))
            {
                return;
            }
            name++;
        }
        if (tokens.WordIs(i, "morning") || tokens.WordIs(i, "evening") || tokens.WordIs(i, "afternoon"))
        {
            // "good morning rosalind": only after "good".
            if (!tokens.WordIs(i - 1, "good"))
            {
                return;
            }
        }
        if (!tokens.IsWord(name) || tokens[name].NewLineBefore || tokens[name].Length < 3)
        {
            return;
        }
        var word = tokens.Span(name);
        var entry = tokens.Entry(name);
        if (!(entry.Given >= 2 || entry.Given >= 1 && entry.English <= 1) || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word)
            || ContextWords.Titles.Contains(word) || ContextWords.Relations.Contains(word) || ContextWords.RolesBefore.Contains(word) || IsContraction(word)
            || SpokenNumbers.Value(word) >= 0 || ShortDateRules.MonthOf(word) > 0 && !WordShape.IsTitleCase(word) || TermsOfAddress.Contains(word))
        {
            return;
        }
        int after = name + 1;
        bool closed = after >= tokens.Count || tokens[after].NewLineBefore || tokens[after].Kind == TokenKind.Symbol
            || tokens.IsWord(after) && (GreetingClosers.Contains(tokens.Span(after)) || IsContraction(tokens.Span(after)));
        if (closed)
        {
            sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.72, "name-greeting");
        }
    }

    /// <summary>
    /// Words of address that the given-name lists also hold ("hi honey", "thanks dear"); both users also reject
    /// <see cref="ContextWords.Relations"/>, which holds "buddy", "pal", "friend", "boss".
    /// </summary>
    private static readonly AsciiWordSet TermsOfAddress = new(
        ["honey", "dear", "sweetie", "sweetheart", "darling", "love", "sir", "madam", "maam", "ma'am", "everyone", "everybody",
         "guys", "folks", "all", "again", "so", "much", "very", "there", "back", "sugar", "babe", "baby", "chief", "doc", "nurse", "team"]);

    /// <summary>Words that start the next clause after a greeted name ("hi marisol how's …", "thank you odette you've …").</summary>
    private static readonly AsciiWordSet GreetingClosers = new(
        ["how", "it's", "this", "um", "uh", "you", "i", "we", "it", "good", "nice", "is", "are", "can", "could", "just", "so", "and", "yes", "yeah",
         "ok", "okay", "for", "thanks", "thank", "hi", "see", "take", "bye", "have", "what", "sorry", "come", "please", "glad", "great"]);

    /// <summary>"is this marguerite ⏎", "is that kwabena ?": a given name that ends the question.</summary>
    private static void CheckedByName(FindingSink sink, TextTokens tokens, int name)
    {
        if (!tokens.IsWord(name) || tokens[name].NewLineBefore || tokens[name].Length < 3)
        {
            return;
        }
        int after = name + 1;
        if (!(after >= tokens.Count || tokens[after].NewLineBefore || tokens.IsSymbol(after, '?')))
        {
            return;
        }
        var word = tokens.Span(name);
        var entry = tokens.Entry(name);
        if ((entry.Given >= 2 || entry.Given >= 1 && entry.English <= 1) && !ContextWords.NotNames.Contains(word) && !NameStopWords.Contains(word)
            && !TermsOfAddress.Contains(word) && !ContextWords.Relations.Contains(word) && SpokenNumbers.Value(word) < 0 && ShortDateRules.MonthOf(word) <= 0)
        {
            sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.72, "name-checked");
        }
    }
}
