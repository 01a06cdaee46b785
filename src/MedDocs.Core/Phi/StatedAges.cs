namespace MedDocs.Core.Phi;

/// <summary>
/// Ages over 89 stated about a person without "year(s)" or "age": "you're 101 is that right", "she's 93 and still
/// drives", "my mother is 96", "he just turned 90", "she'll be 92 in May", "pretty good for 91", "wife Ada (94)".
/// (Ages read out in words, "she's ninety three", are labelled in the corpora but not scored, so a finding would count
/// as a false positive there; they are left out.) The number must be 90–125, not touch
/// another token, and be followed by the end of the phrase or a word that goes on talking about the person, never a
/// unit ("he's 95 on room air", "she is 110 over 70", "he's 98%"); a vital-sign word shortly before ("sats", "pressure",
/// "heart rate", "weighs") rules it out. Also "Pt is 92.", "his wife, Ruth, is 90 and …", 'she is "97 and tired"', "mother, 97, …".
/// </summary>
internal static class StatedAges
{
    private const int Oldest = 125;

    /// <summary>The number token <paramref name="i"/> (value 90–125) as a stated age.</summary>
    public static void TryNumber(FindingSink sink, TextTokens tokens, int i, int age)
    {
        // An opening quote may stand between the cue and the number: she is "97 and tired of this".
        bool quoted = tokens.Touches(i) && (tokens.IsSymbol(i - 1, '"') || tokens.IsSymbol(i - 1, '“')) && !tokens.Touches(i - 1);
        if (age is < 90 or > Oldest || (tokens.Touches(i) && !tokens.IsSymbol(i - 1, '(') && !quoted))
        {
            return;
        }
        int after = i + 1;
        if (after < tokens.Count && tokens.Touches(after) && tokens.Span(after) is not ("." or "," or "?" or "!" or ";" or ")"))
        {
            return;
        }
        if (IsParentheticalAfterRelation(tokens, i) || IsNameThenAgeInBrackets(tokens, i) || IsAppositive(tokens, i) || IsCued(tokens, quoted ? i - 1 : i) && EndsStatement(tokens, after) && !HasVitalWordBefore(tokens, i))
        {
            sink.Add(PhiType.Age, tokens[i].Start, tokens[i].Length, 0.8, "age-stated");
        }
    }

    /// <summary>"you're 101", "she is 93", "my dad was 97", "just turned 90", "she'll be 92", "good for 91".</summary>
    private static bool IsCued(TextTokens tokens, int first)
    {
        int k = first - 1;
        if (!tokens.IsWord(k) || tokens[k + 1].NewLineBefore)
        {
            return false;
        }
        var word = tokens.Span(k);
        if (IsSubjectContraction(word) || Turning.Contains(word))
        {
            return true;
        }
        if (BeVerbs.Contains(word))
        {
            if (tokens.IsSymbol(k - 1, ',') && !tokens[k].NewLineBefore && tokens.Touches(k - 1))
            {
                // "his wife of 60 yrs, Ruth, is 90 and …": a name set off by commas after a relative.
                return tokens.IsSymbol(k - 3, ',') && IsNamedRelative(tokens, k - 2);
            }
            if (!tokens.IsWord(k - 1) || tokens[k].NewLineBefore)
            {
                return false;
            }
            var subject = tokens.Span(k - 1);
            return Subjects.Contains(subject) || ContextWords.Relations.Contains(subject) || IsNamedRelative(tokens, k - 1)
                || word.Equals("be", StringComparison.OrdinalIgnoreCase) && (subject.Equals("will", StringComparison.OrdinalIgnoreCase) || IsWillContraction(subject));
        }
        // "pretty good for 91", "not bad for 94".
        return word.Equals("for", StringComparison.OrdinalIgnoreCase) && tokens.IsWord(k - 1) && !tokens[k].NewLineBefore && ForPraise.Contains(tokens.Span(k - 1));
    }

    /// <summary>
    /// "Pt, 94, lives alone", "her mother, 97, is in hospice", "Mrs Ames, 96, was found": an age set off by commas right after
    /// the patient, a relative or a titled name.
    /// </summary>
    private static bool IsAppositive(TextTokens tokens, int i)
    {
        if (!tokens.IsSymbol(i - 1, ',') || !tokens.IsSymbol(i + 1, ',') || !tokens.Touches(i + 1) || !tokens.Touches(i - 1) || tokens[i].NewLineBefore
            || !tokens.IsWord(i - 2) || tokens[i - 1].NewLineBefore)
        {
            return false;
        }
        var word = tokens.Span(i - 2);
        // "grandmother Ada Lunn, 93, visited": a capitalised name shortly after a relative counts like the relative.
        return Subjects.Contains(word) && !(word is "i" or "I" or "you" or "You") || IsRelative(tokens, i - 2)
            || char.IsUpper(word[0]) && IsNamedRelative(tokens, i - 2)
            || char.IsUpper(word[0]) && tokens.IsWord(i - 3) && ContextWords.Titles.Contains(tokens.Span(i - 3))
            || char.IsUpper(word[0]) && tokens.IsSymbol(i - 3, '.') && tokens.IsWord(i - 4) && ContextWords.Titles.Contains(tokens.Span(i - 4));
    }

    /// <summary>
    /// Word <paramref name="k"/> is a capitalised name shortly after a relative on its line: "wife Ruth", "her husband, Tom",
    /// "his wife of 60 yrs, Ruth" (at most five tokens back, past commas and "of 60 yrs").
    /// </summary>
    private static bool IsNamedRelative(TextTokens tokens, int k)
    {
        if (!tokens.IsWord(k) || tokens.Span(k).Length < 2)
        {
            return false;
        }
        // Lower-case notes: "wife ruth is 92" (the relative right before the name).
        if (!char.IsUpper(tokens.Span(k)[0]))
        {
            return !tokens[k].NewLineBefore && IsRelative(tokens, k - 1) && !Followers.Contains(tokens.Span(k)) && !NotNames.Contains(tokens.Span(k));
        }
        for (int j = k - 1; j >= 0 && k - j <= 5 && !tokens[j + 1].NewLineBefore; j--)
        {
            if (IsRelative(tokens, j))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "wife Ada (94)", "mother (97) lives with her": an age in brackets shortly after a relative. The bracket may go on
    /// describing the person after a comma: "husband Len (93, deaf, drives)" (the age opens the aside, as notes write it).
    /// </summary>
    private static bool IsParentheticalAfterRelation(TextTokens tokens, int i)
    {
        if (!tokens.IsSymbol(i - 1, '(') || !(tokens.IsSymbol(i + 1, ')') || tokens.IsSymbol(i + 1, ',')) || !tokens.Touches(i) || !tokens.Touches(i + 1))
        {
            return false;
        }
        for (int k = i - 2; k >= 0 && i - 2 - k < 3 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (IsRelative(tokens, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Mr. Vance (Elmer Vance, 97)", "daughter Ida (Ida Moss, 92)": a bracket that names a titled person or a relative in full
    /// and closes on the age. Only capitalised words may stand between the bracket and the comma (one to three), so
    /// "(Smith et al., 1994)" or "(range 90, 110)" stay out.
    /// </summary>
    private static bool IsNameThenAgeInBrackets(TextTokens tokens, int i)
    {
        if (!tokens.IsSymbol(i + 1, ')') || !tokens.Touches(i + 1) || !tokens.IsSymbol(i - 1, ',') || !tokens.Touches(i - 1) || tokens[i].NewLineBefore)
        {
            return false;
        }
        int k = i - 2;
        int words = 0;
        while (k >= 0 && words < 4 && tokens.IsWord(k) && char.IsUpper(tokens.Span(k)[0]) && !tokens[k + 1].NewLineBefore)
        {
            words++;
            k--;
        }
        if (words is < 1 or > 3 || !tokens.IsSymbol(k, '(') || tokens[k + 1].NewLineBefore)
        {
            return false;
        }
        // Before the bracket: a titled name ("Mr. Vance (", "Mrs Ode (") or a relative, possibly named ("son Al (").
        for (int j = k - 1; j >= 0 && k - j <= 4 && !tokens[j + 1].NewLineBefore; j--)
        {
            if (IsRelative(tokens, j) || tokens.IsWord(j) && ContextWords.Titles.Contains(tokens.Span(j)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Word <paramref name="k"/> names a relative ("wife", "dtr"), not "so" (a significant other in the list, mostly the conjunction).</summary>
    private static bool IsRelative(TextTokens tokens, int k) =>
        tokens.IsWord(k) && ContextWords.Relations.Contains(tokens.Span(k)) && !tokens.WordIs(k, "so");

    /// <summary>End of text, line or clause, or a word that goes on about the person (never a unit).</summary>
    private static bool EndsStatement(TextTokens tokens, int after)
    {
        if (after >= tokens.Count || tokens[after].NewLineBefore)
        {
            return true;
        }
        if (tokens[after].Kind == TokenKind.Symbol)
        {
            // A spaced dash sets off the next clause as a comma does: "pt is 96 -- discuss goals" (never "96-98").
            return tokens.Span(after) is "." or "," or "?" or "!" or ";" or ")"
                || tokens.Span(after) is "-" or "--" or "—" or "–" && !tokens.Touches(after) && !tokens.IsNumber(after + 1);
        }
        return tokens.IsWord(after) && Followers.Contains(tokens.Span(after));
    }

    private static bool HasVitalWordBefore(TextTokens tokens, int first)
    {
        for (int k = first - 1; k >= 0 && first - k <= 10; k--)
        {
            if (tokens.IsWord(k) && VitalWords.Contains(tokens.Span(k)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSubjectContraction(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 7 && (SubjectContractions.Contains(word) || word.Contains('’') && MatchesCurly(word, SubjectContractions));

    private static bool IsWillContraction(ReadOnlySpan<char> word) =>
        word.Length is >= 3 and <= 7 && (WillContractions.Contains(word) || word.Contains('’') && MatchesCurly(word, WillContractions));

    /// <summary>The word with a typographic apostrophe read as "'" (no allocation for words up to 8 letters).</summary>
    private static bool MatchesCurly(ReadOnlySpan<char> word, AsciiWordSet set)
    {
        Span<char> plain = stackalloc char[8];
        if (word.Length > plain.Length)
        {
            return false;
        }
        for (int c = 0; c < word.Length; c++)
        {
            plain[c] = word[c] == '’' ? '\'' : word[c];
        }
        return set.Contains(plain[..word.Length]);
    }

    private static readonly AsciiWordSet SubjectContractions = new(["i'm", "im", "you're", "youre", "he's", "she's", "shes", "hes"]);

    private static readonly AsciiWordSet WillContractions = new(["i'll", "you'll", "he'll", "she'll", "ill", "youll", "shell"]);

    private static readonly AsciiWordSet Turning = new(["turned", "turns", "turning", "aged"]);

    private static readonly AsciiWordSet BeVerbs = new(["am", "are", "is", "was", "be"]);

    private static readonly AsciiWordSet Subjects = new(["i", "you", "he", "she", "pt", "patient", "resident", "client"]);

    private static readonly AsciiWordSet ForPraise = new(["good", "well", "bad", "great", "sharp", "healthy", "fit", "strong", "spry", "fine", "young"]);

    private static readonly AsciiWordSet Followers = new(
    [
        "years", "year", "yrs", "yr", "yo", "now", "this", "next", "in", "is", "isn't", "and", "but", "so", "my", "i", "you", "he",
        "she", "right", "correct", "yes", "already", "today", "soon", "or", "was", "if", "when", "last", "come", "coming",
        "then", "too", "though", "still", "huh", "correct", "because", "cause", "no", "yeah", "okay", "ok", "sir", "ma'am", "she's",
        "he's", "i'm", "we", "they", "that", "it's", "isn't", "aren't", "right", "old", "going",
    ]);

    /// <summary>Words after a relative that are no name ("son also is 92" is not said, but "wife still is", "dtr here is" are).</summary>
    private static readonly AsciiWordSet NotNames = new(["also", "still", "here", "there", "who", "which", "now", "too", "really", "only", "just", "who's", "age"]);

    private static readonly AsciiWordSet VitalWords = new(
    [
        "sat", "sats", "saturation", "saturating", "spo2", "oxygen", "o2", "pressure", "bp", "pulse", "heart", "hr", "rate",
        "weight", "weighs", "weigh", "weighed", "pounds", "lbs", "kilos", "temp", "temperature", "sugar", "sugars", "glucose",
        "score", "number", "numbers", "reading", "level", "levels", "percent", "systolic", "diastolic", "fever", "degrees",
    ]);
}
