namespace MedDocs.Core.Phi;

/// <summary>
/// Law firms, as their letterheads, fax covers and record requests name them: partners' surnames joined by commas and
/// "&amp;" before a partnership's mark ("Dunwich, Marsh &amp; Abernathy, LLP", "Roe &amp; Vance PLLC"), a practice's
/// "Law" after its names and practice area ("Feldstein &amp; Ortiz Injury Law", "Ruiz Family Law, PLLC", "Kemper Law
/// Firm"), "Law Offices of Priya Ramaswamy", and the letterhead line above "Attorneys at Law". The corpora label a firm like
/// any organisation named as a place (Location).
/// <para>
/// "Law" is also a statute ("Kendra's Law"), a body of rules ("state law", "Case Law") and "law enforcement": a firm's
/// "Law" has a name before it that is no such word, and "&amp;" between partners, a practice area, or a firm word after it.
/// </para>
/// </summary>
internal static class LawFirmNames
{
    private const int MaxNameWords = 6;

    /// <summary>Marks of a partnership or professional corporation after the partners' names.</summary>
    private static readonly AsciiWordSet PartnershipMarks = new(["llp", "pllc", "llc", "lpa", "lllp", "pc", "pa", "apc", "plc"]);

    /// <summary>Practice areas between a firm's names and its "Law".</summary>
    private static readonly AsciiWordSet PracticeAreas = new(
    [
        "injury", "personal", "accident", "accidents", "disability", "employment", "family", "elder", "immigration", "trial", "trials",
        "estate", "estates", "defense", "defence", "criminal", "workers", "worker's", "workers'", "compensation", "comp", "malpractice",
        "medical", "health", "business", "real", "labor", "labour", "civil", "rights", "consumer", "bankruptcy", "divorce", "tax",
        "social", "security", "veterans", "auto", "truck", "litigation", "plaintiff", "plaintiffs", "legal",
    ]);

    /// <summary>Firm words after "Law": "Kemper Law Group", "Ruiz Law Offices".</summary>
    private static readonly AsciiWordSet FirmWordsAfterLaw = new(["group", "firm", "offices", "office", "partners", "center", "centre", "associates", "practice", "clinic"]);

    /// <summary>Words before "Law" that make it a body of rules, a statute's kind or a school, not a firm.</summary>
    private static readonly AsciiWordSet NotFirmBeforeLaw = new(
    [
        "state", "federal", "case", "common", "civil", "criminal", "local", "county", "city", "national", "international", "natural", "public",
        "private", "the", "of", "and", "by", "under", "in", "at", "to", "per", "new", "privacy", "hipaa", "good", "samaritan", "lemon", "shield",
        "consent", "mental", "health", "medical", "family", "tort", "contract", "constitutional", "administrative", "school", "a", "any", "this",
    ]);

    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsWord(i) || tokens[i].Length > 11 || !WordShape.IsCapitalised(tokens.Span(i)))
            {
                continue;
            }
            var word = tokens.Span(i);
            if (word.Equals("law", StringComparison.OrdinalIgnoreCase))
            {
                if (!TryLawOfficesOf(sink, tokens, i))
                {
                    TryLawHead(sink, tokens, i);
                }
            }
            else if (PartnershipMarks.Contains(word) && WordShape.IsAllCaps(word))
            {
                TryPartnership(sink, tokens, i);
            }
            else if ((word.Equals("attorneys", StringComparison.OrdinalIgnoreCase) || word.Equals("attorney", StringComparison.OrdinalIgnoreCase)
                || word.Equals("counselors", StringComparison.OrdinalIgnoreCase) || word.Equals("counsellors", StringComparison.OrdinalIgnoreCase))
                && tokens[i].NewLineBefore && tokens.WordIs(i + 1, "at") && tokens.WordIs(i + 2, "law"))
            {
                TryLineAbove(sink, tokens, i);
            }
        }
    }

    /// <summary>"Law Offices of Priya Ramaswamy", "Law Office of J. Ortiz": the office and the lawyer's name.</summary>
    private static bool TryLawOfficesOf(FindingSink sink, TextTokens tokens, int law)
    {
        if (!(tokens.WordIs(law + 1, "offices") || tokens.WordIs(law + 1, "office") || tokens.WordIs(law + 1, "firm")) || !tokens.WordIs(law + 2, "of")
            || !WordShape.IsCapitalised(tokens.Span(law + 1)) || tokens[law + 1].NewLineBefore)
        {
            return false;
        }
        int last = -1;
        for (int k = law + 3; k < law + 3 + 4 && k < tokens.Count && !tokens[k].NewLineBefore; k++)
        {
            if (tokens.IsWord(k) && WordShape.IsCapitalised(tokens.Span(k)) && !ContextWords.NotNames.Contains(tokens.Span(k)) || tokens.IsSymbol(k, '.') && tokens.Touches(k) && last == k - 1
                || tokens.IsSymbol(k, '&') && last == k - 1)
            {
                last = tokens.IsWord(k) ? k : last;
                continue;
            }
            break;
        }
        if (last < law + 3)
        {
            return false;
        }
        sink.Add(PhiType.Location, tokens[law].Start, tokens[last].End - tokens[law].Start, 0.82, "location-law-firm");
        return true;
    }

    /// <summary>"Feldstein &amp; Ortiz Injury Law", "Kemper Law Group", "RUIZ FAMILY LAW, PLLC": names, practice area, "Law".</summary>
    private static void TryLawHead(FindingSink sink, TextTokens tokens, int law)
    {
        bool caps = WordShape.IsAllCaps(tokens.Span(law));
        // The firm's words after "Law": "Group", ", PLLC".
        int end = law;
        bool firmAfter = false;
        if (tokens.IsWord(law + 1) && !tokens[law + 1].NewLineBefore && FirmWordsAfterLaw.Contains(tokens.Span(law + 1)) && WordShape.IsCapitalised(tokens.Span(law + 1)))
        {
            end = law + 1;
            firmAfter = true;
        }
        int mark = tokens.IsSymbol(end + 1, ',') ? end + 2 : end + 1;
        if (tokens.IsWord(mark) && !tokens[mark].NewLineBefore && PartnershipMarks.Contains(tokens.Span(mark)) && WordShape.IsAllCaps(tokens.Span(mark)))
        {
            end = mark;
            firmAfter = true;
        }
        if (tokens.WordIs(law + 1, "enforcement") || tokens.WordIs(law + 1, "school") || tokens.WordIs(law + 1, "review"))
        {
            return;
        }
        // Back over the practice area, then the names joined by "&" or ",".
        int start = law;
        int naming = 0, practice = 0;
        bool ampersand = false;
        bool inPractice = true;
        for (int k = law - 1; k >= 0 && law - k <= MaxNameWords + 3; k--)
        {
            if (tokens[k + 1].NewLineBefore)
            {
                break;
            }
            if (tokens.IsSymbol(k, '&') || tokens.IsSymbol(k, ',') && naming > 0)
            {
                if (!tokens.IsWord(k - 1) || tokens[k].NewLineBefore)
                {
                    break;
                }
                ampersand |= tokens.IsSymbol(k, '&');
                inPractice = false;
                continue;
            }
            if (!tokens.IsWord(k))
            {
                break;
            }
            var word = tokens.Span(k);
            if (!(caps ? WordShape.IsAllCaps(word) : WordShape.IsTitleCase(word) || word.Contains('-') && WordShape.IsCapitalised(word)))
            {
                break;
            }
            if (inPractice && PracticeAreas.Contains(word))
            {
                practice++;
                start = k;
                continue;
            }
            inPractice = false;
            // "Kendra's Law": a statute; "State Law": a body of rules; a title or a role word ends the name.
            if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && naming == 0 && practice == 0 || NotFirmBeforeLaw.Contains(word) && naming == 0
                || ContextWords.Titles.Contains(word) || ContextWords.ClinicalAcronyms.Contains(word))
            {
                break;
            }
            if (ContextWords.NotNames.Contains(word) && !tokens.Entry(k).IsName(2))
            {
                break;
            }
            naming++;
            start = k;
        }
        // Never "&" at the start: "& Ortiz Injury Law" without its first name is taken from the first name on.
        while (start < law && !tokens.IsWord(start))
        {
            start++;
        }
        if (naming == 0 || !(ampersand || practice > 0 || firmAfter))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[start].Start, tokens[end].End - tokens[start].Start, 0.82, "location-law-firm");
    }

    /// <summary>"Dunwich, Marsh &amp; Abernathy, LLP", "Roe &amp; Vance PLLC": partners' names, then the mark at <paramref name="mark"/>.</summary>
    private static void TryPartnership(FindingSink sink, TextTokens tokens, int mark)
    {
        int last = tokens.IsSymbol(mark - 1, ',') ? mark - 2 : mark - 1;
        if (!tokens.IsWord(last) || tokens[mark].NewLineBefore || tokens.IsSymbol(mark - 1, ',') && tokens[mark - 1].NewLineBefore)
        {
            return;
        }
        bool caps = WordShape.IsAllCaps(tokens.Span(last)) && tokens.Span(last).Length > 1;
        int start = -1, names = 0, joins = 0;
        bool ampersand = false;
        for (int k = last; k >= 0 && last - k <= MaxNameWords * 2; k--)
        {
            if (tokens.IsSymbol(k, '&') || tokens.IsSymbol(k, ','))
            {
                if (k == last || !tokens.IsWord(k - 1) || tokens[k].NewLineBefore || tokens[k + 1].NewLineBefore)
                {
                    break;
                }
                ampersand |= tokens.IsSymbol(k, '&');
                joins++;
                continue;
            }
            if (!tokens.IsWord(k) || k < last && tokens[k + 1].NewLineBefore)
            {
                break;
            }
            var word = tokens.Span(k);
            if (!(caps ? WordShape.IsAllCaps(word) : WordShape.IsTitleCase(word) || word.Contains('-') && WordShape.IsCapitalised(word)) || ContextWords.Titles.Contains(word)
                || ContextWords.NotNames.Contains(word) && !tokens.Entry(k).IsName(2) || ContextWords.ClinicalAcronyms.Contains(word))
            {
                break;
            }
            names++;
            start = k;
        }
        // Partners: two names or more, joined by "&" (the comma list of "A, B & C" has one too).
        if (start < 0 || names < 2 || !ampersand)
        {
            return;
        }
        int end = mark;
        if (tokens.IsSymbol(mark + 1, '.') && tokens.Touches(mark + 1))
        {
            end = mark + 1;
        }
        sink.Add(PhiType.Location, tokens[start].Start, tokens[end].End - tokens[start].Start, 0.84, "location-law-firm");
    }

    /// <summary>The letterhead line above "Attorneys at Law": the firm's name when it is names joined by "&amp;" or commas.</summary>
    private static void TryLineAbove(FindingSink sink, TextTokens tokens, int attorneys)
    {
        int last = attorneys - 1;
        if (last < 0)
        {
            return;
        }
        int first = last;
        while (first > 0 && !tokens[first].NewLineBefore)
        {
            first--;
        }
        if (last - first > MaxNameWords * 2 || !tokens.IsWord(first))
        {
            return;
        }
        int names = 0;
        for (int k = first; k <= last; k++)
        {
            if (tokens.IsWord(k))
            {
                var word = tokens.Span(k);
                if (!WordShape.IsCapitalised(word) || ContextWords.Titles.Contains(word) || ContextWords.NotNames.Contains(word) && !tokens.Entry(k).IsName(2) && !PartnershipMarks.Contains(word))
                {
                    return;
                }
                names++;
            }
            else if (!(tokens.IsSymbol(k, '&') || tokens.IsSymbol(k, ',') || tokens.IsSymbol(k, '.') && tokens.Touches(k)))
            {
                return;
            }
        }
        if (names == 0)
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.8, "location-law-firm");
    }
}
