namespace MedDocs.Core.Phi;

/// <summary>
/// Hospitals named by their initials, for <see cref="PlaceRules"/>: an acronym defined in parentheses right after the
/// facility it abbreviates ("Quarry Vale Hospital (QVH)": the same first letter), and a hospital acronym before its
/// emergency department ("sent to the DMH ED", "seen in WGH ER"): three to five capitals ending in H (hospital) or MC
/// (medical centre), no clinical acronym ("ICH", "SAH", "PPH") and no English word.
/// </summary>
internal static class PlaceAcronyms
{
    /// <summary>"Quarry Vale Hospital (QVH)": after a facility from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static void TryDefinedAfter(FindingSink sink, TextTokens tokens, int start, int end)
    {
        int word = end + 2;
        if (!tokens.IsSymbol(end + 1, '(') || !tokens.IsWord(word) || !tokens.IsSymbol(word + 1, ')') || tokens[end + 1].NewLineBefore || !tokens.Touches(word))
        {
            return;
        }
        var acronym = tokens.Span(word);
        var first = tokens.Span(start);
        // "St. Anselm's of the Harbor (sah)": in lower case only when it spells the name's capitalised initials, all of them.
        bool spelled = acronym.Length >= 3 && WordShape.IsLowerCase(acronym) && IsLetters(acronym) && SpellsInitials(tokens, start, end, acronym);
        if (!spelled && (acronym.Length is < 2 or > 6 || !WordShape.IsAllCaps(acronym) || !IsLetters(acronym) || first.Length == 0
            || char.ToUpperInvariant(first[0]) != acronym[0]))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[word].Start, tokens[word].Length, 0.75, "location-defined-acronym");
    }

    /// <summary>"to the DMH ED", "from WGH⏎ED": the acronym before the emergency department word at <paramref name="department"/>.</summary>
    public static void TryBeforeEmergency(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int department)
    {
        var departmentWord = tokens.Span(department);
        int before = department - 1;
        if (!(departmentWord.Equals("ED", StringComparison.Ordinal) || departmentWord.Equals("ER", StringComparison.Ordinal)) || !tokens.IsWord(before)
            || tokens.Touches(department))
        {
            return;
        }
        var acronym = tokens.Span(before);
        if (acronym.Length is < 3 or > 5 || !WordShape.IsAllCaps(acronym) || !IsLetters(acronym)
            || !(acronym[^1] == 'H' || acronym.EndsWith("MC", StringComparison.Ordinal))
            || ContextWords.ClinicalAcronyms.Contains(acronym) || ContextWords.NotNames.Contains(acronym) || NameStopWords.Contains(acronym)
            || ContextWords.LooksMedical(acronym) || lexicon.Lookup(acronym).English >= 1 || ClinicalEndingInH.Contains(acronym))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[before].Start, tokens[before].Length, 0.72, "location-acronym");
    }

    private static bool SpellsInitials(TextTokens tokens, int start, int end, ReadOnlySpan<char> acronym)
    {
        int at = 0;
        for (int k = start; k <= end; k++)
        {
            if (!tokens.IsWord(k) || !WordShape.IsCapitalised(tokens.Span(k)))
            {
                continue;
            }
            if (at >= acronym.Length || char.ToLowerInvariant(tokens.Span(k)[0]) != acronym[at])
            {
                return false;
            }
            at++;
        }
        return at == acronym.Length;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Clinical acronyms ending in H that may stand before "ED" in a note ("SAH ED workup", "ETOH ED visit").</summary>
    private static readonly AsciiWordSet ClinicalEndingInH = new(
    [
        "sah", "ich", "pph", "bph", "lvh", "rvh", "lah", "rah", "ivh", "sdh", "edh", "iph", "htn", "etoh", "doh", "tsh", "acth", "adh",
        "ldh", "pth", "gh", "fsh", "lh", "hcg", "siadh", "nph", "pah", "cteph", "ph", "dh", "bh", "mh", "coh", "neh", "cah", "hch", "avh",
        "ah", "dvh", "pmh", "fmh", "shh", "hh", "hhh", "eh", "uh", "oh", "bmh",
    ]);
}
