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

    /// <summary>
    /// A hospital's initials where a record names its issuer or its ward: before an identifier's label ("RCI MRN RCI-7720518",
    /// "BVH Acct # 55102") and before a floor and wing ("SVH 4 North ICU", "KMC 6W"). Two to five capitals, no clinical or
    /// generic acronym ("ICU 4 North", "OSH MRN", "ED 2 South"), no English word ("OR 5 West"). Before a label the acronym
    /// must open its line or the label's value must begin with it: "DOB MRN" on a form's header row names nobody.
    /// </summary>
    public static void CollectBeforeRecords(FindingSink sink)
    {
        var tokens = sink.Tokens;
        var lexicon = PhiLexicon.Shared;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens.IsWord(i) || tokens[i].Length is < 2 or > 5 || !char.IsAsciiLetterUpper(tokens.Text[tokens[i].Start]) || tokens[i + 1].NewLineBefore)
            {
                continue;
            }
            var acronym = tokens.Span(i);
            if (!WordShape.IsAllCaps(acronym) || !IsLetters(acronym))
            {
                continue;
            }
            bool beforeLabel = tokens.IsWord(i + 1) && RecordLabels.Contains(tokens.Span(i + 1)) && WordShape.IsAllCaps(tokens.Span(i + 1));
            bool beforeWard = !beforeLabel && acronym.Length >= 3 && IsFloorAndWing(tokens, i + 1);
            if (!beforeLabel && !beforeWard)
            {
                continue;
            }
            if (ContextWords.ClinicalAcronyms.Contains(acronym) || ContextWords.NotNames.Contains(acronym) || NameStopWords.Contains(acronym) || ContextWords.Departments.Contains(acronym)
                || RecordLabels.Contains(acronym) || NotInstitutions.Contains(acronym) || lexicon.Lookup(acronym).English >= 1 || ContextWords.LooksMedical(acronym))
            {
                continue;
            }
            if (beforeLabel && !(i == 0 || tokens[i].NewLineBefore) && !ValueStartsWith(tokens, i + 2, acronym))
            {
                continue;
            }
            sink.Add(PhiType.Location, tokens[i].Start, tokens[i].Length, 0.74, "location-acronym");
        }
    }

    private static readonly AsciiWordSet RecordLabels = new(["mrn", "mr", "fin", "acct", "account", "enc", "csn", "har", "visit"]);

    /// <summary>Record systems, forms and sexes that stand before a record label or a floor without naming a hospital.</summary>
    private static readonly AsciiWordSet NotInstitutions = new(
        ["ehr", "emr", "epic", "dob", "pt", "pts", "id", "ssn", "mrn", "fin", "rm", "bed", "unit", "flr", "fl", "tele", "stepdown", "sdu", "imcu", "pcu", "ltc", "lvl", "rn", "md", "np", "pa", "cna", "lpn", "dx", "hx",
         "nsr", "sr", "sb", "st", "af", "afib", "svt", "vt", "hr", "rr", "bp"]);

    /// <summary>"4 North", "4 N", "6W": a floor number and a compass wing (the number alone may be a room).</summary>
    private static bool IsFloorAndWing(TextTokens tokens, int at)
    {
        // "NSR 70S", "SB 50s": a rate's decade is no floor.
        if (!tokens.IsNumber(at) || tokens[at].Length > 2 || tokens[at].NewLineBefore || int.Parse(tokens.Span(at)) is < 1 or > 20)
        {
            return false;
        }
        int wing = at + 1;
        if (!tokens.IsWord(wing) || tokens[wing].NewLineBefore)
        {
            return false;
        }
        var word = tokens.Span(wing);
        return word.Equals("North", StringComparison.OrdinalIgnoreCase) || word.Equals("South", StringComparison.OrdinalIgnoreCase) || word.Equals("East", StringComparison.OrdinalIgnoreCase)
            || word.Equals("West", StringComparison.OrdinalIgnoreCase)
            || tokens.Touches(wing) && word.Length == 1 && "NSEW".Contains(word[0]);
    }

    /// <summary>The label's value (after "#", ":" or the label) starts with the acronym: "MRN RCI-7720518".</summary>
    private static bool ValueStartsWith(TextTokens tokens, int at, ReadOnlySpan<char> acronym)
    {
        for (int k = at; k < at + 3 && k < tokens.Count && !tokens[k].NewLineBefore; k++)
        {
            if (tokens.IsWord(k))
            {
                return tokens.Span(k).StartsWith(acronym, StringComparison.Ordinal);
            }
            if (tokens.IsNumber(k))
            {
                return false;
            }
        }
        return false;
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
