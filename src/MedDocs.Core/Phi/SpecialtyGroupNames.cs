namespace MedDocs.Core.Phi;

/// <summary>
/// Group practices named by their specialty and their region: "Cardiology Associates of Western Ohio", "vascular associates
/// of maine", "Dermatology Associates of the Lakes", "Pulmonary Physicians of Lorain". The specialty and the group word are
/// generic ("cardiology associates" alone names no one practice), but "of" and a place or proper name after them make the
/// whole phrase one practice's name (a Location), in any letter case. "associates of the patient", "partners of the
/// practice" stay unfound: the words after "of" must name (no function, clinical, role or plain word in lower case).
/// </summary>
internal static class SpecialtyGroupNames
{
    /// <summary>Group words after a specialty.</summary>
    private static readonly AsciiWordSet GroupWords = new(["associates", "physicians", "partners", "consultants", "group"]);

    /// <summary>
    /// The specialty run before <paramref name="group"/> and the name after its "of": reported and the last token returned,
    /// or -1.
    /// </summary>
    public static int TryAt(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int group)
    {
        if (!tokens.IsWord(group) || !GroupWords.Contains(tokens.Span(group)) || !tokens.WordIs(group + 1, "of") || tokens[group + 1].NewLineBefore)
        {
            return -1;
        }
        bool lower = WordShape.IsLowerCase(tokens.Span(group));
        if (!lower && !WordShape.IsCapitalised(tokens.Span(group)))
        {
            return -1;
        }
        // Back over one or two specialty words: "Vascular", "Internal Medicine", "OB/GYN".
        int start = group;
        for (int k = group - 1; k >= 0 && group - k <= 3 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (tokens.IsSymbol(k, '/') && tokens.Touches(k) && tokens.Touches(k + 1) && tokens.IsWord(k - 1))
            {
                continue;
            }
            if (!tokens.IsWord(k) || !IsSpecialty(tokens.Span(k)) || WordShape.IsLowerCase(tokens.Span(k)) != lower && !WordShape.IsAllCaps(tokens.Span(k)))
            {
                break;
            }
            start = k;
        }
        if (start == group)
        {
            return -1;
        }
        // The name after "of" [the]: one to three words in the group word's case.
        int first = tokens.WordIs(group + 2, "the") ? group + 3 : group + 2;
        int last = -1;
        for (int k = first; k < first + 3 && tokens.IsWord(k) && !tokens[k].NewLineBefore && tokens[k].Start - tokens[k - 1].End == 1; k++)
        {
            var word = tokens.Span(k);
            if (lower ? !WordShape.IsLowerCase(word) : !WordShape.IsCapitalised(word))
            {
                break;
            }
            var entry = tokens.Entry(k);
            bool names = entry.Place >= 1 || entry.IsName(1) || entry.English <= 1 || PlaceContextRules.IsStateOrCountry(word) || IsCompassOrRegion(word)
                || k > first && IsCompassOrRegion(tokens.Span(k - 1));
            if (!names || ContextWords.NotNames.Contains(word) && !PlaceContextRules.IsStateOrCountry(word) && !IsCompassOrRegion(word) || ContextWords.ClinicalAcronyms.Contains(word)
                || ContextWords.Titles.Contains(word) || ContextWords.Relations.Contains(word) || SpokenNumbers.Value(word) >= 0)
            {
                break;
            }
            last = k;
        }
        // "of western": a compass word alone names nothing.
        while (last >= first && IsCompassOrRegion(tokens.Span(last)) && !PlaceContextRules.IsStateOrCountry(tokens.Span(last)))
        {
            last--;
        }
        if (last < first)
        {
            return -1;
        }
        sink.Add(PhiType.Location, tokens[start].Start, tokens[last].End - tokens[start].Start, 0.76, "location-specialty-group");
        return last;
    }

    private static bool IsSpecialty(ReadOnlySpan<char> word) =>
        ContextWords.Departments.Contains(word) && !ContextWords.Titles.Contains(word) && !word.Equals("the", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("our", StringComparison.OrdinalIgnoreCase) && !word.Equals("your", StringComparison.OrdinalIgnoreCase) && !word.Equals("their", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("his", StringComparison.OrdinalIgnoreCase)
        || OrganisationHeads.Heads.Contains(word) && (word.EndsWith("ology", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ics", StringComparison.OrdinalIgnoreCase)
            || word.Equals("vascular", StringComparison.OrdinalIgnoreCase) || word.Equals("spine", StringComparison.OrdinalIgnoreCase) || word.Equals("surgery", StringComparison.OrdinalIgnoreCase))
        || word.Equals("surgical", StringComparison.OrdinalIgnoreCase) || word.Equals("medical", StringComparison.OrdinalIgnoreCase) || word.Equals("dental", StringComparison.OrdinalIgnoreCase);

    private static readonly AsciiWordSet CompassWords = new(
        ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "northeast", "northwest", "southeast", "southwest"]);

    private static bool IsCompassOrRegion(ReadOnlySpan<char> word) => CompassWords.Contains(word);
}
