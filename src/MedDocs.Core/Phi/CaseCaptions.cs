namespace MedDocs.Core.Phi;

/// <summary>
/// The caption of a lawsuit, as attorney letters, subpoenas, depositions and disability forms cite it: "Case: Pellham v.
/// Northfork Cartage Co.", "Re: Tarrant vs. Brightline Movers, Inc.", spoken "case brannigan versus copperline hauling",
/// "State v. Ridgely", "In re the Matter of Delphine Okoro", "In the Estate of …". A party that is a person is a Name; a
/// party that is a firm (a firm mark or an organisation's head word) is a Location, as the corpora label employers and
/// other organisations. The sovereign of a criminal case ("State", "People", "United States", "Commonwealth") and an
/// insurer named as a party are no identifier and stay unfound.
/// <para>
/// "v."/"vs."/"versus" alone is everyday clinical shorthand ("viral vs. bacterial", "CVA vs TIA"), so a caption is read
/// only where the document says it is one: after a case cue ("Case:", "Re:", "caption", spoken "case"), with a firm's
/// mark on a party, or with a sovereign before "v.".
/// </para>
/// </summary>
internal static class CaseCaptions
{
    private const int MaxPartyWords = 6;

    /// <summary>Words (or labels before a colon) right before a caption that say it is one.</summary>
    private static readonly AsciiWordSet CaseCues = new(
        ["case", "caption", "captioned", "styled", "entitled", "re", "matter", "lawsuit", "suit", "action", "litigation", "cause", "plaintiff", "petitioner"]);

    /// <summary>The people or state that bring a criminal case: no identifier of a person.</summary>
    private static readonly AsciiWordSet Sovereigns = new(["state", "people", "commonwealth", "united", "government", "usa", "us", "territory", "crown", "regina", "rex"]);

    /// <summary>Marks of a firm in a party's name ("Gateway Freight Lines, Inc.", "Acme Co.").</summary>
    private static readonly AsciiWordSet FirmMarks = new(
        ["inc", "llc", "llp", "pllc", "ltd", "corp", "co", "pc", "lp", "lllp", "company", "corporation", "incorporated", "limited", "partnership", "trust"]);

    /// <summary>An insurer named as a party: the corpora leave insurers unlabelled.</summary>
    private static readonly AsciiWordSet InsurerWords = new(
        ["insurance", "indemnity", "casualty", "assurance", "underwriters", "mutual", "reinsurance", "insurer", "insurers"]);

    /// <summary>Words that end the party after "v." on a caption line ("… Case No.", "… in the Circuit Court").</summary>
    private static readonly AsciiWordSet PartyEnds = new(
        ["case", "no", "number", "docket", "file", "claim", "index", "in", "circuit", "superior", "district", "court", "county", "filed", "pending",
         "et", "and", "on", "at", "before", "for", "cv", "civ", "judge", "hon", "honorable", "the", "a", "an", "is", "was", "that", "which", "where"]);

    private static readonly AsciiWordSet Determiners = new(
        ["this", "that", "which", "each", "either", "any", "every", "such", "no", "in", "worst", "best", "the", "a", "one", "our", "your", "my", "his", "her", "their", "same"]);

    /// <summary>"In re …", "In the Matter of …": kinds of proceeding before the party's "of".</summary>
    private static readonly AsciiWordSet ProceedingKinds = new(
        ["matter", "estate", "marriage", "guardianship", "conservatorship", "adoption", "custody", "welfare", "interest", "commitment", "petition"]);

    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        for (int i = 1; i < tokens.Count; i++)
        {
            if (!tokens.IsWord(i) || tokens[i].Length > 6)
            {
                continue;
            }
            var word = tokens.Span(i);
            if (word.Equals("v", StringComparison.OrdinalIgnoreCase) || word.Equals("vs", StringComparison.OrdinalIgnoreCase) || word.Equals("versus", StringComparison.OrdinalIgnoreCase))
            {
                TryVersus(sink, tokens, i);
            }
            else if (word.Equals("re", StringComparison.OrdinalIgnoreCase) && tokens.WordIs(i - 1, "in") && !tokens[i].NewLineBefore)
            {
                TryInRe(sink, tokens, i + 1);
            }
            else if (word.Equals("matter", StringComparison.OrdinalIgnoreCase) && tokens.WordIs(i - 1, "the") && tokens.WordIs(i - 2, "in") && !tokens[i].NewLineBefore)
            {
                TryInRe(sink, tokens, i - 1);
            }
        }
    }

    /// <summary>"Pellham v. Northfork Cartage Co.", "brannigan versus copperline hauling": the parties around the word at <paramref name="versus"/>.</summary>
    private static void TryVersus(FindingSink sink, TextTokens tokens, int versus)
    {
        int right = versus + 1;
        bool letter = tokens.Span(versus).Length <= 2;
        // "v." and "vs." keep their period; a bare "v" only between words ("Doe v Roe").
        if (tokens.IsSymbol(right, '.') && tokens.Touches(right))
        {
            right++;
        }
        if (!tokens.IsWord(right) || tokens[right].NewLineBefore || tokens[versus].NewLineBefore || !tokens.IsWord(versus - 1))
        {
            return;
        }
        bool lowerLine = WordShape.IsLowerCase(tokens.Span(versus)) && PlaceRules.IsLowerCaseLine(tokens, versus);
        // The left party: back over its words to a cue, a label's colon or the line's start.
        int leftStart = versus;
        bool cue = false;
        for (int k = versus - 1; k >= 0 && versus - k <= MaxPartyWords + 2; k--)
        {
            if (tokens.IsSymbol(k, ':') || tokens.IsSymbol(k, '(') || tokens.IsSymbol(k, '"'))
            {
                cue = tokens.IsSymbol(k, ':') && tokens.IsWord(k - 1) && CaseCues.Contains(tokens.Span(k - 1)) && (letter && !lowerLine || !tokens.WordIs(k - 1, "re"));
                break;
            }
            if (!(tokens.IsWord(k) || IsInnerSymbol(tokens, k)))
            {
                return;
            }
            if (tokens.IsWord(k) && CaseCues.Contains(tokens.Span(k)) && k < versus - 1)
            {
                // "in this case surgery versus …", "re CHF vs COPD": a cue word after a determiner, or a bare "re", is no caption's.
                cue = !(tokens.IsWord(k - 1) && !tokens[k].NewLineBefore && Determiners.Contains(tokens.Span(k - 1))) && (letter && !lowerLine || !tokens.WordIs(k, "re"));
                break;
            }
            leftStart = k;
            if (tokens[k].NewLineBefore || k == 0)
            {
                break;
            }
        }
        if (leftStart >= versus || !tokens.IsWord(leftStart))
        {
            return;
        }
        int rightEnd = PartyEnd(tokens, right, lowerLine);
        if (rightEnd < right)
        {
            return;
        }
        // Written captions name their parties in capitals: "viral vs. bacterial" is none.
        if (!lowerLine && !(WordShape.IsCapitalised(tokens.Span(leftStart)) && WordShape.IsCapitalised(tokens.Span(right))))
        {
            return;
        }
        bool sovereign = Sovereigns.Contains(tokens.Span(leftStart)) && WordShape.IsCapitalised(tokens.Span(leftStart)) && letter;
        bool leftFirm = IsFirm(tokens, leftStart, versus - 1, out bool leftInsurer);
        bool rightFirm = IsFirm(tokens, right, rightEnd, out bool rightInsurer);
        // Without a cue the caption must show itself: "v." with a firm's mark or a sovereign, in title case.
        if (!cue && !(letter && (sovereign || HasFirmMark(tokens, right, rightEnd) || HasFirmMark(tokens, leftStart, versus - 1))
            && WordShape.IsCapitalised(tokens.Span(leftStart)) && WordShape.IsCapitalised(tokens.Span(right))))
        {
            return;
        }
        if (!sovereign)
        {
            AddParty(sink, tokens, leftStart, versus - 1, leftFirm, leftInsurer, lowerLine);
        }
        if (!(Sovereigns.Contains(tokens.Span(right)) && WordShape.IsCapitalised(tokens.Span(right))))
        {
            AddParty(sink, tokens, right, rightEnd, rightFirm, rightInsurer, lowerLine);
        }
    }

    /// <summary>"In re [the] Matter of X", "In re Estate of X", "In re: X": the party after the proceeding's kind.</summary>
    private static void TryInRe(FindingSink sink, TextTokens tokens, int after)
    {
        int k = after;
        if (tokens.IsSymbol(k, ':'))
        {
            k++;
        }
        // "the Matter of the Estate of": kinds, "the" and "of" until the party.
        for (int guard = 0; guard < 6 && tokens.IsWord(k) && !tokens[k].NewLineBefore; guard++)
        {
            var word = tokens.Span(k);
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase) || ProceedingKinds.Contains(word))
            {
                k++;
                continue;
            }
            break;
        }
        if (!tokens.IsWord(k) || tokens[k].NewLineBefore || !WordShape.IsCapitalised(tokens.Span(k)))
        {
            return;
        }
        int end = PartyEnd(tokens, k, lowerLine: false);
        if (end < k)
        {
            return;
        }
        bool firm = IsFirm(tokens, k, end, out bool insurer);
        AddParty(sink, tokens, k, end, firm, insurer, lowerLine: false);
        // "In re Marriage of Ana Ruiz and Tomas Ruiz": the second person after "and".
        if (!firm && tokens.WordIs(end + 1, "and") && tokens.IsWord(end + 2) && !tokens[end + 2].NewLineBefore && WordShape.IsCapitalised(tokens.Span(end + 2)))
        {
            int second = PartyEnd(tokens, end + 2, lowerLine: false);
            if (second >= end + 2)
            {
                AddParty(sink, tokens, end + 2, second, IsFirm(tokens, end + 2, second, out bool secondInsurer), secondInsurer, lowerLine: false);
            }
        }
    }

    /// <summary>The last token of the party that starts at <paramref name="first"/>, or -1 when it is no name at all.</summary>
    private static int PartyEnd(TextTokens tokens, int first, bool lowerLine)
    {
        int end = -1;
        for (int k = first; k < first + MaxPartyWords + 3 && k < tokens.Count; k++)
        {
            if (k > first && tokens[k].NewLineBefore)
            {
                break;
            }
            if (tokens.IsWord(k))
            {
                var word = tokens.Span(k);
                // A firm's mark after a comma stays with the party: "Gateway Freight Lines, Inc.".
                if (k > first && PartyEnds.Contains(word) && !(FirmMarks.Contains(word) && WordShape.IsCapitalised(word)))
                {
                    break;
                }
                if (!lowerLine && !WordShape.IsCapitalised(word))
                {
                    break;
                }
                end = k;
                continue;
            }
            if (tokens.IsSymbol(k, ',') && tokens.IsWord(k + 1) && FirmMarks.Contains(tokens.Span(k + 1)) && !tokens[k + 1].NewLineBefore)
            {
                continue;
            }
            // "Co." and "Inc." keep their period; "&" joins a firm's names.
            if (tokens.IsSymbol(k, '.') && tokens.Touches(k) && tokens.IsWord(k - 1) && FirmMarks.Contains(tokens.Span(k - 1)))
            {
                end = k;
                break;
            }
            if (tokens.IsSymbol(k, '&') && tokens.IsWord(k + 1) && !tokens[k + 1].NewLineBefore || tokens.IsSymbol(k, '\'') && tokens.Touches(k))
            {
                continue;
            }
            break;
        }
        while (end >= first && !tokens.IsWord(end) && !tokens.IsSymbol(end, '.'))
        {
            end--;
        }
        return end;
    }

    private static bool HasNamingWord(TextTokens tokens, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (!tokens.IsWord(k))
            {
                continue;
            }
            var word = tokens.Span(k);
            if (!FirmMarks.Contains(word) && !OrganisationHeads.Heads.Contains(word) && !OrganisationWords.IsHead(word) && !ContextWords.FacilityHeads.Contains(word)
                && !OrganisationHeads.GenericWords.Contains(word) && !ContextWords.Departments.Contains(word) && !ContextWords.NotNames.Contains(word)
                && !ContextWords.ClinicalAcronyms.Contains(word) && word.Length >= 2)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsInnerSymbol(TextTokens tokens, int k) =>
        tokens.IsSymbol(k, '&') || tokens.IsSymbol(k, '.') && tokens.Touches(k) || tokens.IsSymbol(k, ',') && tokens.IsWord(k + 1) && FirmMarks.Contains(tokens.Span(k + 1));

    private static bool HasFirmMark(TextTokens tokens, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (tokens.IsWord(k) && FirmMarks.Contains(tokens.Span(k)) && WordShape.IsCapitalised(tokens.Span(k)) && k > first)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A firm: a firm mark, "&amp;", or an organisation's head word among the party's words.</summary>
    private static bool IsFirm(TextTokens tokens, int first, int last, out bool insurer)
    {
        insurer = false;
        bool firm = false;
        for (int k = first; k <= last; k++)
        {
            if (tokens.IsSymbol(k, '&'))
            {
                firm = true;
                continue;
            }
            if (!tokens.IsWord(k))
            {
                continue;
            }
            var word = tokens.Span(k);
            insurer |= InsurerWords.Contains(word);
            firm |= k > first && FirmMarks.Contains(word) || OrganisationHeads.Heads.Contains(word) || OrganisationWords.IsHead(word)
                || ContextWords.FacilityHeads.Contains(word) && k > first || OrganisationHeads.CorporateHeads.Contains(word) && k > first;
        }
        return firm || insurer;
    }

    private static void AddParty(FindingSink sink, TextTokens tokens, int first, int last, bool firm, bool insurer, bool lowerLine)
    {
        if (insurer || last < first)
        {
            return;
        }
        int start = tokens[first].Start, length = tokens[last].End - start;
        if (firm)
        {
            // "physical therapy", "Home Health": a firm's words must hold one that names it.
            if (!HasNamingWord(tokens, first, last))
            {
                return;
            }
            sink.Add(PhiType.Location, start, length, 0.82, "location-case-party");
            return;
        }
        // A person: one to four name words, none a function, clinical or plain role word.
        int words = 0;
        for (int k = first; k <= last; k++)
        {
            if (!tokens.IsWord(k))
            {
                if (!tokens.IsSymbol(k, '.'))
                {
                    return;
                }
                continue;
            }
            var word = tokens.Span(k);
            words++;
            if (word.Length < 2 && !(k < last && tokens.IsSymbol(k + 1, '.')) || ContextWords.NotNames.Contains(word) && !tokens.Entry(k).IsName(2)
                || ContextWords.ClinicalAcronyms.Contains(word) || ContextWords.Titles.Contains(word) || SpokenNumbers.Value(word) >= 0
                || tokens.Entry(k).English >= 2 && !tokens.Entry(k).IsName(2) || ContextWords.LooksMedical(word) && !tokens.Entry(k).IsName(1))
            {
                return;
            }
        }
        if (words is 0 or > 4)
        {
            return;
        }
        sink.Add(PhiType.Name, start, length, lowerLine ? 0.8 : 0.85, "name-case-party");
    }
}
