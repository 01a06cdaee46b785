namespace MedDocs.Core.Phi;

/// <summary>
/// Phrases shaped like an organisation's name that name only a kind of service, for <see cref="PlaceRules"/> and
/// <see cref="OrganisationNames"/>: every word before the head a common word ("STATE NEWBORN SCREENING PROGRAM", "Public
/// Health Laboratory", "ASSISTED LIVING FACILITY", "PROTECTED HEALTH"), or a state before a programme's or department's head
/// ("OKLAHOMA STATE DEPT"); and a lower-case programme, nursing or lab head after an acronym or a clinical word ("SCI
/// program", "TICU nursing", "Hemolysis labs"): a service of the hospital, no place. A word no English list knows, a
/// person's or a town's name keeps the phrase a name ("Kessler program", "Harbor Point Laboratory").
/// </summary>
internal static class GenericOrganisationPhrases
{
    /// <summary>Heads a state's name makes no place of: its programmes, departments and labs.</summary>
    private static readonly AsciiWordSet StateServiceHeads = new(["program", "programs", "programme", "dept", "department", "laboratory", "lab", "labs", "facility", "services", "health"]);

    /// <summary>Lower-case heads that after an acronym or clinical word name a hospital's service ("SCI program", "TICU nursing").</summary>
    private static readonly AsciiWordSet ServiceHeads = new(["program", "programs", "nursing", "lab", "labs", "services", "team"]);

    /// <summary>Whether the words from <paramref name="start"/> to the head at <paramref name="head"/> make a generic phrase.</summary>
    public static bool IsGeneric(TextTokens tokens, PhiLexicon lexicon, int start, int head)
    {
        var headWord = tokens.Span(head);
        if (head == start + 1 && WordShape.IsLowerCase(headWord) && ServiceHeads.Contains(headWord))
        {
            var word = tokens.Span(start);
            if (WordShape.IsAllCaps(word) && word.Length <= 5 || ContextWords.LooksMedical(word) || ContextWords.ClinicalAcronyms.Contains(word)
                || IsCommonWord(word, lexicon))
            {
                return true;
            }
        }
        bool stateHead = StateServiceHeads.Contains(headWord);
        for (int k = start; k < head; k++)
        {
            if (!tokens.IsWord(k))
            {
                if (tokens.IsSymbol(k, '&'))
                {
                    continue;
                }
                return false;
            }
            var word = tokens.Span(k);
            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
                || stateHead && PlaceContextRules.IsStateOrCountry(word) || OrganisationHeads.GenericWords.Contains(word) || FacilityModifiers.IsGeneric(word))
            {
                continue;
            }
            if (!IsDescriptive(word, lexicon))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A word that says what a service does or whom it serves: a participle ("Assisted", "Living", "Screening", "Protected")
    /// or a word of <see cref="ServiceWords"/>, common in English and no name or town. "Coastline", "Tidewater", "Planet"
    /// are common words too, but they describe nothing: they name.
    /// </summary>
    private static bool IsDescriptive(ReadOnlySpan<char> word, PhiLexicon lexicon)
    {
        if (ServiceWords.Contains(word))
        {
            return true;
        }
        // A participle is a verb's stem and its ending: "Screen|ing", "Assist|ed", "Liv(e)|ing"; "Wellspring" has no verb in it.
        int ending = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? 3 : word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        // Longer than any English word: no participle (and the stem's stack buffer stays small).
        if (ending == 0 || word.Length - ending < 3 || word.Length > 40 || !IsNoName(word, lexicon))
        {
            return false;
        }
        Span<char> stem = stackalloc char[word.Length - ending + 1];
        word[..^ending].CopyTo(stem);
        stem[^1] = 'e';
        return IsEnglish(stem[..^1], lexicon) || IsEnglish(stem, lexicon);
    }

    private static readonly AsciiWordSet ServiceWords = new(["newborn", "infant", "maternal", "prenatal", "donor", "organ", "employee", "employee's", "employees", "patient", "patients", "member"]);

    // PhiLexicon.Lookup compares case-insensitively: no lower-cased copy (a stack buffer as long as a token could
    // overflow the stack on a pasted base64 blob).

    /// <summary>A common English word, whatever else it is ("live", "assist").</summary>
    private static bool IsEnglish(ReadOnlySpan<char> word, PhiLexicon lexicon) => lexicon.Lookup(word).English >= 2;

    /// <summary>No name or town in any list ("Reading", "Redding" are towns).</summary>
    private static bool IsNoName(ReadOnlySpan<char> word, PhiLexicon lexicon)
    {
        var entry = lexicon.Lookup(word);
        return !entry.IsName(1) && entry.Place == 0;
    }

    /// <summary>A common English word and no name or town in any list: "Newborn", "Screening", "Assisted", "Protected".</summary>
    private static bool IsCommonWord(ReadOnlySpan<char> word, PhiLexicon lexicon)
    {
        var entry = lexicon.Lookup(word);
        return entry.English >= 2 && !entry.IsName(1) && entry.Place == 0;
    }
}
