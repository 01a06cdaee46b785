namespace MedDocs.Core.Phi;

/// <summary>
/// Initials of the people who wrote, dictated or typed a document, where letters and transcribed reports put them by convention:
/// the reference line of a letter or dictation, author and typist joined by a slash on a line of their own or after a job number
/// ("GRM/lmf", "job 88213 wa/sm d 12/01"); a typist's initials after the transcription time ("T: 11/04/2026 16:22 /jkt"); and a
/// nurse's initials signed before the credential ("… cassette changed. jfh RN"). Each group is two or three
/// letters in one case, no common word, clinical abbreviation, unit or credential; a pair needs one group without a vowel (the
/// shape of initials, not of "RA/LA" shorthand, which the clinical list holds).
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>Credentials a nurse or aide signs with after initials ("jfh RN"); not "PT"/"OT"/"RT", which are also shorthand.</summary>
    private static readonly AsciiWordSet InitialsCredentials = new(["rn", "lpn", "cna", "rrt", "crna", "bsn", "np", "aprn", "pct", "emt", "ccrn"]);

    /// <summary>Reference initials, typist initials after a time, and initials before a nurse's credential.</summary>
    private static void CollectReferenceInitials(FindingSink sink, TextTokens tokens)
    {
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Length is < 2 or > 3)
            {
                continue;
            }
            if (tokens.IsSymbol(k + 1, '/') && tokens.Touches(k + 1) && tokens.IsWord(k + 2) && tokens.Touches(k + 2))
            {
                ReferencePair(sink, tokens, k);
            }
            else if (tokens.IsSymbol(k - 1, '/') && tokens.Touches(k) && tokens.IsNumber(k - 2) && tokens[k - 1].SpaceBefore && !tokens[k - 1].NewLineBefore)
            {
                TypistAfterTime(sink, tokens, k);
            }
            else if (tokens.IsWord(k + 1) && !tokens[k + 1].NewLineBefore && InitialsCredentials.Contains(tokens.Span(k + 1)))
            {
                InitialsBeforeCredential(sink, tokens, k);
            }
        }
    }

    /// <summary>Two or three letters in one case that could be a person's initials (see the class summary).</summary>
    private static bool IsInitialsGroup(TextTokens tokens, int k)
    {
        var word = tokens.Span(k);
        return tokens[k].Length is 2 or 3 && IsOneCaseUnlisted(tokens, k, word) && !ContextWords.FractionUnits.Contains(word) && !TimeUnits.Contains(word)
            && !ContextWords.RolesBefore.Contains(word) && !ContextWords.Titles.Contains(word) && !ContextWords.Departments.Contains(word)
            && !ContextWords.CommaOnlyCredentials.Contains(word) && !ServiceWords.Contains(word) && SpokenNumbers.Value(word) < 0;
    }

    /// <summary>"GRM/lmf" alone on its line, "job number 88213 wa/sm d 12/01/2026": the author's and the typist's initials.</summary>
    private static void ReferencePair(FindingSink sink, TextTokens tokens, int a)
    {
        int b = a + 2;
        if (tokens[b].Length is < 2 or > 3 || !IsInitialsGroup(tokens, a) || !IsInitialsGroup(tokens, b) || HasVowel(tokens.Span(a)) && HasVowel(tokens.Span(b))
            || tokens.IsSymbol(b + 1, '/') || tokens.IsSymbol(a - 1, '/'))
        {
            return;
        }
        bool opens = a == 0 || tokens[a].NewLineBefore || tokens.IsNumber(a - 1) && JobWordBefore(tokens, a - 1);
        int after = b + 1;
        bool closes = after >= tokens.Count || tokens[after].NewLineBefore
            || tokens.IsWord(after) && tokens[after].Length == 1 && tokens.Span(after) is "d" or "t" or "D" or "T" && tokens.IsNumber(after + 1);
        if (opens && closes)
        {
            sink.Add(PhiType.Name, tokens[a].Start, tokens[a].Length, 0.7, "name-initials");
            sink.Add(PhiType.Name, tokens[b].Start, tokens[b].Length, 0.7, "name-initials");
        }
    }

    /// <summary>"job number 88213", "Job #: 8814207": the number before a reference pair is a dictation job's.</summary>
    private static bool JobWordBefore(TextTokens tokens, int number)
    {
        for (int j = number - 1; j >= number - 3 && j >= 0 && !tokens[j + 1].NewLineBefore; j--)
        {
            if (tokens.WordIs(j, "job"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"TRANSCRIBED: 11/04/2026 16:22 /jkt": a typist's initials after the time, closing the line, without a vowel.</summary>
    private static void TypistAfterTime(FindingSink sink, TextTokens tokens, int k)
    {
        bool closes = k + 1 >= tokens.Count || tokens[k + 1].NewLineBefore;
        if (closes && IsInitialsGroup(tokens, k) && !HasVowel(tokens.Span(k)))
        {
            sink.Add(PhiType.Name, tokens[k].Start, tokens[k].Length, 0.7, "name-initials");
        }
    }

    /// <summary>
    /// "… alarm cleared. jfh RN" closing the line: initials without a vowel signed before a nurse's credential, after a sentence's
    /// end or a line's start. Not after "by" in running text ("drawn by HH RN": a home-health nurse, no one's initials).
    /// </summary>
    private static void InitialsBeforeCredential(FindingSink sink, TextTokens tokens, int k)
    {
        if (!IsInitialsGroup(tokens, k) || HasVowel(tokens.Span(k)))
        {
            return;
        }
        bool opens = k == 0 || tokens[k].NewLineBefore || tokens.IsSymbol(k - 1, '.') && !tokens[k].NewLineBefore && tokens[k].SpaceBefore;
        bool closes = k + 2 >= tokens.Count || tokens[k + 2].NewLineBefore;
        if (opens && closes)
        {
            sink.Add(PhiType.Name, tokens[k].Start, tokens[k].Length, 0.7, "name-initials");
        }
    }
}
