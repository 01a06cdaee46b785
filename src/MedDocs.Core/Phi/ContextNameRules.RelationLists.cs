namespace MedDocs.Core.Phi;

/// <summary>
/// Relatives named after a relation in the shapes the plain "son John" cue misses: a list after a plural relation
/// ("grandchildren (tomas, sky, ilse)", "daughters Ana, Bea and Cleo"), a qualifier between the relation and the name
/// ("wife of 52 years, Ines", "son in law kofi"), and a given name that is also a month ("wife june", "DAUGHTER APRIL HERE")
/// when no day number follows it, and a lower-case possessive after a relation ("my son dieter's cell").
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>Plural relations a list of names may follow.</summary>
    private static readonly AsciiWordSet PluralRelations = new(
    [
        "sons", "daughters", "children", "kids", "grandchildren", "grandkids", "grandsons", "granddaughters", "siblings", "sisters", "brothers",
        "parents", "nieces", "nephews", "cousins", "friends", "neighbors", "neighbours", "stepchildren", "stepsons", "stepdaughters", "twins",
    ]);

    /// <summary>
    /// After the list's first name at <paramref name="end"/>: further items behind "," (and a last one behind "and"), each a given
    /// name after the relation; stops at the first item that is none. The last name token.
    /// </summary>
    private static int AfterRelationList(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int relation, int end)
    {
        if (!PluralRelations.Contains(tokens.Span(relation)))
        {
            return end;
        }
        for (int guard = 0; guard < 6 && tokens.IsSymbol(end + 1, ','); guard++)
        {
            int item = end + 2;
            if (tokens.WordIs(item, "and") && !tokens[item].NewLineBefore)
            {
                item++;
            }
            if (!tokens.IsWord(item) || tokens[item].NewLineBefore)
            {
                break;
            }
            int itemEnd = AfterCue(sink, tokens, lexicon, item, CueStrength.Relation, "name-relation", 0.72);
            if (itemEnd < 0)
            {
                break;
            }
            end = itemEnd;
        }
        if (tokens.WordIs(end + 1, "and") && tokens.IsWord(end + 2) && !tokens[end + 2].NewLineBefore)
        {
            end = Math.Max(end, AfterCue(sink, tokens, lexicon, end + 2, CueStrength.Relation, "name-relation", 0.72));
        }
        return end;
    }

    /// <summary>Words for lengths of time in "wife of 52 years".</summary>
    private static readonly AsciiWordSet YearWords = new(["years", "yrs", "yr", "year", "y", "months", "mos", "decades"]);

    /// <summary>
    /// "of 52 years" (then an optional comma, read by the caller), "in law", "in-law": the token after such a qualifier at
    /// <paramref name="next"/>, or <paramref name="next"/> itself.
    /// </summary>
    private static int SkipRelationQualifier(TextTokens tokens, int next)
    {
        if (tokens.WordIs(next, "of") && tokens.IsNumber(next + 1) && tokens.IsWord(next + 2) && YearWords.Contains(tokens.Span(next + 2))
            && !tokens[next + 2].NewLineBefore)
        {
            return next + 3;
        }
        if (tokens.WordIs(next, "in") && tokens.WordIs(next + 1, "law") && !tokens[next + 1].NewLineBefore)
        {
            return next + 2;
        }
        return next;
    }

    /// <summary>
    /// "wife june makes me …", "dtr april called", "DAUGHTER AUGUST HERE": a month that is a common given name, after a relation,
    /// when neither a day number nor an ordinal follows ("son june 3rd" dates something). Not "may" or "march" (verbs too).
    /// </summary>
    private static int AfterRelationMonthName(FindingSink sink, TextTokens tokens, int next)
    {
        if (!tokens.IsWord(next) || tokens[next].NewLineBefore || tokens[next].Length < 4 || ShortDateRules.MonthOf(tokens.Span(next)) <= 0
            || tokens.WordIs(next, "march") || tokens.WordIs(next, "may") || tokens.Entry(next).Given < 2)
        {
            return -1;
        }
        int after = next + 1;
        if (after < tokens.Count && !tokens[after].NewLineBefore
            && (tokens.IsNumber(after) || tokens.IsWord(after) && (SpokenNumbers.Value(tokens.Span(after)) >= 0 || tokens.WordIs(after, "the"))))
        {
            return -1;
        }
        sink.Add(PhiType.Name, tokens[next].Start, tokens[next].Length, 0.75, "name-relation");
        return next;
    }

    /// <summary>
    /// "my son dieter's cell is …", "her daughter ines's number": a lower-case possessive right after a one-person relation is a
    /// given name (even one that is also an English word: the relation is the cue); the name without "'s".
    /// </summary>
    private static void PossessiveAfterRelation(FindingSink sink, TextTokens tokens, int i)
    {
        if (!tokens.IsWord(i - 1) || !ContextWords.Relations.Contains(tokens.Span(i - 1)) || GroupRelations.Contains(tokens.Span(i - 1)) || !WordShape.IsLowerCase(tokens.Span(i)))
        {
            return;
        }
        var stem = tokens.Span(i)[..^2];
        var entry = PhiLexicon.Shared.Lookup(stem);
        if (stem.Length < 3 || ContextWords.NotNames.Contains(stem) || NameStopWords.Contains(stem) || ContextWords.Relations.Contains(stem) || ContextWords.RolesBefore.Contains(stem)
            || ContextWords.ClinicalAcronyms.Contains(stem) || !(entry.Given >= 1 || !entry.IsKnown && Vowels(stem) >= 1))
        {
            return;
        }
        // The relation rule may have taken the word whole: the name is the word without its "'s".
        int start = tokens[i].Start, whole = tokens[i].Length;
        sink.Findings.RemoveAll(f => f.Type == PhiType.Name && f.Start == start && f.Length == whole);
        sink.Add(PhiType.Name, start, stem.Length, 0.8, "name-relation");
    }
}
