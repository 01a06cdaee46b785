using System.Text.RegularExpressions;

namespace MedDocs.Core.Phi;

/// <summary>
/// Person names: after an honorific ("Dr. Maria Lopez"), after a cue ("Patient:", "Attending:", "/s/",
/// "Electronically signed by", "Sincerely,") in title case, and — once names are known — later mentions of the
/// same words in any case ("Lopez", "LOPEZ", "lopez" alone). Names in any case, by lexicon: <see cref="ContextNameRules"/>.
/// </summary>
internal static class NameRules
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Collect(FindingSink sink)
    {
        CollectAfterTitles(sink);
        // A cue alone is weak evidence ("Re: Chest Pain"): ask for two words that are not clinical vocabulary.
        CollectAfterPhrases(sink);
        if (sink.IsAscii)
        {
            CollectAfterColonsAscii(sink);
            return;
        }
        for (var m = PhiPatterns.NameAfterColon().Match(sink.Text); m.Success; m = m.NextMatch())
        {
            AddNameAfterColon(sink, m);
        }
    }

    /// <summary>
    /// Names after colons in an ASCII text: the pattern anchored at each colon that blanks and a capital follow (a name
    /// or an honorific starts with one). A match holds no second colon, so matches at different colons never overlap and
    /// this finds exactly the matches of searching the text.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectAfterColonsAscii(FindingSink sink)
    {
        string text = sink.Text;
        var regex = PhiPatterns.NameAfterColonAt();
        for (int colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            int next = colon + 1;
            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }
            // The match starts at the colon, so the label check (most colons follow no person label: "MRN:", "Date:")
            // can come before the pattern runs.
            if (next == text.Length || !char.IsAsciiLetterUpper(text[next]) || !NameLabels.EndsWithLabel(text, colon))
            {
                continue;
            }
            var m = regex.Match(text, colon);
            if (m.Success)
            {
                var name = m.Groups["name"];
                if (TryTrim(text, name.Index, name.Length, 2, out int start, out int length))
                {
                    sink.Add(PhiType.Name, start, length, 0.82, "name-cue");
                }
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AddNameAfterColon(FindingSink sink, Match m)
    {
        string text = sink.Text;
        var name = m.Groups["name"];
        if (NameLabels.EndsWithLabel(text, m.Index) && TryTrim(text, name.Index, name.Length, 2, out int start, out int length))
        {
            sink.Add(PhiType.Name, start, length, 0.82, "name-cue");
        }
    }

    /// <summary>The titles of <see cref="PhiPatterns.HonorificName"/> (found ignoring case; the pattern then checks the case).</summary>
    internal static readonly WordStarts TitleStarts = new(new AsciiWordSet(["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "doctor"]));

    /// <summary>
    /// Names after a title. The anchored pattern runs only where a title is a whole ASCII letter run (a match starts at a
    /// word boundary, so after no ASCII letter, and a period or blank follows the title, so its start is such a run, in
    /// any text: the pattern's titles are case-sensitive ASCII); a start inside an earlier match is skipped, as the search
    /// would resume after it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static void CollectAfterTitles(FindingSink sink)
    {
        AddAnchoredNames(sink, TitleStarts.Find(sink.Text, sink.LetterRuns), PhiPatterns.HonorificNameAt(), minimumWords: 1, 0.85, "name-honorific",
            NameCueStarts.MayBeTitleName);
    }

    /// <summary>First words of the cues of <see cref="PhiPatterns.NameAfterPhrase"/> ("co" for "co-signed by").</summary>
    private static readonly AsciiWordSet CueFirstWords = new(
    [
        "electronically", "signed", "dictated", "transcribed", "reviewed", "seen", "co", "cosigned", "referred", "accompanied",
        "performed", "verified", "requested", "spoke", "dear", "sincerely", "regards", "respectfully",
    ]);

    internal static readonly WordStarts CueStarts = new(CueFirstWords);

    /// <summary>
    /// Names after cue phrases. The anchored pattern runs only at cue words and "/s/" (the unanchored search tried nearly
    /// every letter). A text with a character the pattern's case-insensitive cues match besides ASCII letters
    /// (<see cref="AsciiCaseTwins"/>) gets the unanchored search as before.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static void CollectAfterPhrases(FindingSink sink)
    {
        string text = sink.Text;
        bool ascii = sink.IsAscii;
        if (!ascii && text.AsSpan().IndexOfAny(AsciiCaseTwins) >= 0)
        {
            AddNames(sink, PhiPatterns.NameAfterPhrase(), minimumWords: 2, 0.82, "name-cue");
            return;
        }
        var starts = CueStarts.Find(text, sink.LetterRuns);
        int signature = -1;
        while ((signature = text.IndexOf("/s/", signature + 1, StringComparison.Ordinal)) >= 0)
        {
            starts.Add(signature);
        }
        if (!ascii)
        {
            AddGluedDear(text, sink.LetterRuns, starts);
        }
        starts.Sort();
        AddAnchoredNames(sink, starts, PhiPatterns.NameAfterPhraseAt(), minimumWords: 2, 0.82, "name-cue", NameCueStarts.MayBeCueName);
    }

    /// <summary>
    /// The characters outside ASCII that a case-insensitive, culture-invariant pattern matches to an ASCII letter: the
    /// Kelvin sign to "k" (a test enumerates every character). A cue spelt with one is no ASCII letter run, so a text
    /// holding one is searched unanchored.
    /// </summary>
    internal const string AsciiCaseTwins = "\u212A";

    /// <summary>
    /// "DearJohn Smith": "dear" may run into the name's capital without a blank, which no cue-word start finds. Texts with
    /// non-ASCII characters, which used to be searched unanchored, also start at letter runs that begin with "dear", so
    /// they keep every match of that search (ASCII texts keep the starts they had).
    /// </summary>
    private static void AddGluedDear(string text, LetterRuns runs, List<int> starts)
    {
        for (int run = 0; run < runs.Count; run++)
        {
            int start = runs.Start(run);
            if (runs.End(run) - start > 4 && text.AsSpan(start, 4).Equals("dear", StringComparison.OrdinalIgnoreCase))
            {
                starts.Add(start);
            }
        }
    }

    /// <summary>
    /// Runs an anchored (\G) name pattern at each start, in order, skipping starts inside the previous match (as the
    /// unanchored search resumes after it) and those <paramref name="mayMatch"/> refuses, and adds each trimmed name.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static void AddAnchoredNames(FindingSink sink, List<int> starts, System.Text.RegularExpressions.Regex anchored, int minimumWords, double confidence, string rule,
        Func<string, int, bool>? mayMatch)
    {
        string text = sink.Text;
        int lastEnd = 0;
        foreach (int start in starts)
        {
            // A start the check refuses is one where the pattern fails (NameCueStarts): it moves nothing on.
            if (start < lastEnd || (mayMatch is not null && !mayMatch(text, start)))
            {
                continue;
            }
            var m = anchored.Match(text, start);
            if (!m.Success)
            {
                continue;
            }
            lastEnd = m.Index + m.Length;
            var name = m.Groups["name"];
            if (TryTrim(text, name.Index, name.Length, minimumWords, out int trimmedStart, out int trimmedLength))
            {
                sink.Add(PhiType.Name, trimmedStart, trimmedLength, confidence, rule);
            }
        }
    }

    /// <summary>
    /// Finds later mentions of words already known to be parts of names. Runs after the other rules
    /// because it needs their findings.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void CollectRepeats(FindingSink sink, IReadOnlyList<PhiFinding> known)
    {
        var words = NameWordIndex.ThreadWords();
        // Names found in lower case ("my husband sal", "this is hank"): their later lower-case mentions count too, if the word is
        // a rare English one ("sal") or a common given name that is no common English word ("hank"); "hope", "will" stay words.
        NameWordIndex? lowerWords = null;
        foreach (var finding in known)
        {
            if (finding.Type != PhiType.Name)
            {
                continue;
            }
            foreach (var word in finding.Text.Split([' ', '\t', ',', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 3 && word.Length < 64 && char.IsLetter(word[0]) && !word.EndsWith('.') && !IsSuffix(word) && word.IndexOf('\'') < 0
                    && !ContextWords.ClinicalAcronyms.Contains(word) && !(WordShape.IsAllCaps(word) && word.Length <= 4 && !PhiLexicon.Shared.Lookup(word).IsName())
                    && !NameStopWords.Contains(word) && !ContextWords.NotNames.Contains(word))
                {
                    words.Add(word);
                    if (WordShape.IsLowerCase(word) && IsLowerCaseRepeatable(PhiLexicon.Shared.Lookup(word)))
                    {
                        (lowerWords ??= NameWordIndex.ThreadLowerWords()).Add(word);
                    }
                }
            }
        }
        if (words.Count == 0)
        {
            return;
        }
        var tokens = sink.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            var span = tokens.Span(i);
            if (span.Length > 4 && span[^2] is '\'' or '’' && span[^1] is 's' or 'S' && !words.Contains(span))
            {
                // "Carol's cell": the possessive of a name found before; the span leaves the "'s" out.
                span = span[..^2];
                if (words.Contains(span) && !WordShape.IsLowerCase(span) && !Eponyms.IsInPhrase(tokens, i) && !IsPlaceUse(tokens, i)
                    && !Overlaps(known, token.Start, token.Start + token.Length))
                {
                    sink.Add(PhiType.Name, token.Start, span.Length, 0.65, "name-repeat");
                }
                continue;
            }
            // "Hope" found as a name does not make every "hope" one: lower case counts only for words that are not English
            // (or rarely English and themselves found in lower case). Inside a clinical eponym ("Hunt Hess 3") a name is none.
            if (words.Contains(span) && (!WordShape.IsLowerCase(span) || PhiLexicon.Shared.Lookup(span).English == 0 || lowerWords?.Contains(span) == true)
                && !Eponyms.IsInPhrase(tokens, i) && !IsPlaceUse(tokens, i) && !IsCapitalsWordUse(tokens, i) && !IsSentenceWordUse(tokens, i))
            {
                sink.Add(PhiType.Name, token.Start, token.Length, 0.65, "name-repeat");
            }
        }
    }

    /// <summary>Whether a finding overlaps [start, end) (the possessive repeat leaves a word a rule found whole to that rule).</summary>
    private static bool Overlaps(IReadOnlyList<PhiFinding> known, int start, int end)
    {
        foreach (var finding in known)
        {
            if (finding.Start < end && finding.Start + finding.Length > start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A later mention of a name word used as the name of a place: a ward or unit number after it ("Hartwell 5", "(Marian 3)"),
    /// a facility, unit or firm word after it ("Kittredge LTAC", "Ridley ED", "Crane Mortimer LLP"), or a place title before it
    /// ("Fort Drummond", "Mount Ellery"). A name found by a cue keeps its own finding; only the weak repeat is withheld.
    /// </summary>
    internal static bool IsPlaceUse(TextTokens tokens, int i)
    {
        if (WordShape.IsLowerCase(tokens.Span(i)))
        {
            return false;
        }
        if (i > 0 && !tokens[i].NewLineBefore && tokens.IsWord(i - 1) && PlaceTitles.Contains(tokens.Span(i - 1)))
        {
            return true;
        }
        if (OrganisationWords.StartsOrganisation(tokens, i) || OrganisationWords.IsAfterAmpersand(tokens, i))
        {
            // "Greenway Landscaping", "Pruitt & Sons", "Sandoval & Reyes": a business's name.
            return true;
        }
        if (i > 0 && tokens.IsNumber(i - 1) && tokens[i - 1].Length <= 2 && !tokens[i].NewLineBefore && tokens.IsWord(i + 1) && !tokens[i + 1].NewLineBefore
            && WardFollowers.Contains(tokens.Span(i + 1)))
        {
            // "to 6 Kessler surgical floor", "on 4 Ellison ICU": a ward named by floor number and a proper word.
            return true;
        }
        int next = i + 1;
        if (next >= tokens.Count || tokens[next].NewLineBefore)
        {
            return false;
        }
        if (tokens.IsNumber(next))
        {
            // "Hartwell 5", "Marian 3)": a one- or two-digit unit number that ends the phrase (not "Smith 555-0101").
            return tokens[next].Length <= 2 && (next + 1 >= tokens.Count || tokens[next + 1].NewLineBefore
                || tokens[next + 1].Kind == TokenKind.Symbol && tokens.Text[tokens[next + 1].Start] is ')' or ',' or ';' or '.'
                || tokens.IsWord(next + 1) && !WordShape.IsCapitalised(tokens.Span(next + 1)));
        }
        if (!tokens.IsWord(next))
        {
            return false;
        }
        var after = tokens.Span(next);
        // Another word of a name may follow in capitals ("Lee ED" is rare, "KITTREDGE LTAC" in a capitals line is a place).
        return ContextWords.StrongFacilityHeads.Contains(after) || FirmAndUnitWords.Contains(after);
    }

    /// <summary>
    /// "FIANCE GRANT HERE … ASKED ABOUT GRANT FUNDING", "HUSBAND ART CALLED … ART LINE PULLED": in a capitals line, a later
    /// mention of a name that is also a common English word is the word (the cue found the name itself).
    /// </summary>
    private static bool IsCapitalsWordUse(TextTokens tokens, int i)
    {
        var span = tokens.Span(i);
        if (!WordShape.IsAllCaps(span) || tokens.Entry(i).English < 2)
        {
            return false;
        }
        bool capsBefore = i > 0 && !tokens[i].NewLineBefore && tokens.IsWord(i - 1) && tokens[i - 1].Length >= 2 && WordShape.IsAllCaps(tokens.Span(i - 1));
        bool capsAfter = i + 1 < tokens.Count && !tokens[i + 1].NewLineBefore && tokens.IsWord(i + 1) && tokens[i + 1].Length >= 2 && WordShape.IsAllCaps(tokens.Span(i + 1));
        return capsBefore || capsAfter;
    }

    /// <summary>Words after "&lt;floor&gt; &lt;Name&gt;" that make it a ward ("6 Kessler surgical floor", "4 Ellison step-down").</summary>
    private static readonly AsciiWordSet WardFollowers = new(
        ["surgical", "medical", "floor", "unit", "ward", "tower", "wing", "step-down", "stepdown", "telemetry", "tele", "icu", "pod", "north", "south", "east", "west", "ortho", "oncology", "cardiac"]);

    /// <summary>
    /// "daughter Hope … Hope to d/c home Friday", "Grace for the payment": a later mention of a name that is a common English word,
    /// opening a sentence and followed by "to", "for" or "that", is the word (the cue found the name itself).
    /// </summary>
    private static bool IsSentenceWordUse(TextTokens tokens, int i)
    {
        if (!(tokens.WordIs(i + 1, "to") || tokens.WordIs(i + 1, "for") || tokens.WordIs(i + 1, "that")) || tokens[i + 1].NewLineBefore
            || !WordShape.IsTitleCase(tokens.Span(i)) || tokens.Entry(i).English < 2)
        {
            return false;
        }
        return i == 0 || tokens[i].NewLineBefore || tokens[i - 1].Kind == TokenKind.Symbol && tokens.Text[tokens[i - 1].Start] is '.' or ';' or '!' or '?' or ':';
    }

    /// <summary>Titles of places that stand before a surname ("Fort Drummond", "Mount Ellery", "Camp Lejeune").</summary>
    private static readonly AsciiWordSet PlaceTitles = new(["fort", "ft", "mount", "mt", "camp", "port", "cape", "saint"]);

    /// <summary>Unit, facility and firm words after a place's or firm's name ("LTAC", "ED", "LLP", "Pharmacy"), beside <see cref="ContextWords.StrongFacilityHeads"/>.</summary>
    private static readonly AsciiWordSet FirmAndUnitWords = new(
    [
        "ltac", "ltach", "snf", "ed", "er", "icu", "micu", "sicu", "ccu", "nicu", "picu", "pacu", "tower", "wing", "building", "bldg",
        "llp", "llc", "pllc", "pc", "inc", "corp", "lp", "law", "pharmacy", "campus", "unit", "ward", "floor",
    ]);

    /// <summary>A lower-case name word whose later lower-case mentions are names too: English only in the large list, or a common given name not in the small one.</summary>
    private static bool IsLowerCaseRepeatable(LexiconEntry entry) => entry.English <= 1 || entry.English == 2 && entry.Given >= 2;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static void AddNames(FindingSink sink, Regex regex, int minimumWords, double confidence, string rule)
    {
        string text = sink.Text;
        for (var m = regex.Match(text); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"];
            if (TryTrim(text, name.Index, name.Length, minimumWords, out int start, out int length))
            {
                sink.Add(PhiType.Name, start, length, confidence, rule);
            }
        }
    }

    /// <summary>
    /// Cuts a candidate at its first stop word, drops trailing initials, and checks it still has enough
    /// real name words.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static bool TryTrim(string text, int start, int length, int minimumWords, out int trimmedStart, out int trimmedLength)
    {
        trimmedStart = start;
        trimmedLength = 0;
        int end = start + length;
        int words = 0;
        int lastTokenEnd = -1;
        int lastWordEnd = -1;
        int i = start;
        while (i < end)
        {
            while (i < end && text[i] is ' ' or '\t' or ',')
            {
                i++;
            }
            if (i >= end)
            {
                break;
            }
            int tokenStart = i;
            while (i < end && text[i] is not (' ' or '\t' or ','))
            {
                i++;
            }
            var token = text.AsSpan(tokenStart, i - tokenStart);
            bool isInitial = token.Length == 2 && token[1] == '.';
            var bare = token.TrimEnd('.');
            bool isSuffix = IsSuffix(bare);
            if (!isInitial && !isSuffix && IsStopWord(bare))
            {
                break;
            }
            if (lastTokenEnd < 0)
            {
                trimmedStart = tokenStart;
            }
            lastTokenEnd = i;
            if (!isInitial && !isSuffix)
            {
                words++;
                lastWordEnd = i;
            }
        }
        if (words < minimumWords || lastWordEnd < 0)
        {
            return false;
        }
        // Keep a suffix (Jr., III) that follows the last word; drop trailing initials.
        int keptEnd = lastWordEnd;
        if (lastTokenEnd > lastWordEnd)
        {
            var tail = text.AsSpan(lastWordEnd, lastTokenEnd - lastWordEnd).Trim(" \t,");
            if (IsSuffix(tail.TrimEnd('.')))
            {
                keptEnd = lastTokenEnd;
                // "Jr." may have been matched as a name word without its period.
                if (keptEnd < text.Length && text[keptEnd] == '.' && text[keptEnd - 1] != '.')
                {
                    keptEnd++;
                }
            }
        }
        trimmedLength = keptEnd - trimmedStart;
        return true;
    }

    private static bool IsSuffix(ReadOnlySpan<char> word) => word is "Jr" or "Sr" or "II" or "III" or "IV" or "JR" or "SR";

    /// <summary>
    /// A stop word, without building a string for an ASCII word (every word of every candidate is asked); a word with
    /// other characters is asked of the case-insensitive string set as before.
    /// </summary>
    private static bool IsStopWord(ReadOnlySpan<char> word) =>
        System.Text.Ascii.IsValid(word) ? NameStopWords.Contains(word) : NameStopWords.Contains(word.ToString());
}
