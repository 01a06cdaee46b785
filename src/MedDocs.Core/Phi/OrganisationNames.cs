namespace MedDocs.Core.Phi;

/// <summary>
/// Organisations named by ordinary words before a head noun of <see cref="OrganisationHeads"/> or
/// <see cref="ContextWords.FacilityHeads"/>, for <see cref="PlaceRules"/> where its own facility rule (which wants a word
/// no English list knows) found nothing: "at Foothills Breast Imaging", "via Coastline Ambulance", "Pruitt &amp; Sons
/// Roofing", "Chaparral Solar Components, Inc.", "Hospice of the Five Rivers"; in lower-case speech after a place cue
/// ("with bridgeline telehealth", "at heartland pain and spine", "at our fairview office") and in a workplace's phone
/// greeting ("maple grove dermatology this is kayleigh").
/// </summary>
internal static class OrganisationNames
{
    private const int MaxNameWords = 5;

    /// <summary>Cue words before a lower-case organisation (bit of <see cref="PlaceRules.CueWords"/>).</summary>
    internal static readonly AsciiWordSet Cues = new(["at", "from", "with", "to", "for", "via", "by", "in", "into", "through"]);

    /// <summary>
    /// A title-case (or all-capitals) name ending at the head at <paramref name="head"/>: capitalised words, "&amp;", a
    /// possessive; at least one word that names (no generic, kind or clinical word). A name of plain English words only
    /// after a place cue, a label's colon, or as a letterhead (its own line, two naming words); never after a title
    /// ("Dr. Walter Church") and never one given name before a surname-like head.
    /// </summary>
    /// <returns>The last token of the name found, or -1.</returns>
    public static int TryTitleCase(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int head, int previousEnd)
    {
        var headWord = tokens.Span(head);
        bool caps = WordShape.IsAllCaps(headWord) && headWord.Length > 2;
        // "STERNAL INC CDI": in capitals "INC" is an incision; a company writes "Inc".
        if (!(WordShape.IsTitleCase(headWord) || caps) || !IsHead(headWord) || headWord.Equals("INC", StringComparison.Ordinal) || IsCountyAbbreviation(tokens, head))
        {
            return -1;
        }
        int end = ExtendHeads(tokens, head, caps);
        // "Seacoast Shellfish Co.": the company's period belongs to its name.
        if (end == head && headWord.Equals("Co", StringComparison.Ordinal) && tokens.IsSymbol(head + 1, '.'))
        {
            end = head + 1;
        }
        // Walk back over the head run (heads, departments, "&"), then the naming words.
        int start = head;
        int naming = 0, unknown = 0;
        bool inHeads = true;
        for (int k = head - 1; k >= 0 && head - k <= MaxNameWords + 2; k--)
        {
            if (tokens[k + 1].NewLineBefore || tokens[k + 1].Start - tokens[k].End > 1)
            {
                break;
            }
            if (tokens.IsSymbol(k, '&') || tokens.WordIs(k, "and") || tokens.IsSymbol(k, '/') && tokens.Touches(k) && tokens.Touches(k + 1))
            {
                if (!tokens.IsWord(k - 1) || !IsCased(tokens.Span(k - 1), caps))
                {
                    break;
                }
                continue;
            }
            if (!tokens.IsWord(k))
            {
                break;
            }
            var word = tokens.Span(k);
            if (!IsCased(word, caps) || ContextWords.Titles.Contains(word) || word.Equals("The", StringComparison.Ordinal) || word.Equals("Of", StringComparison.Ordinal)
                || word.Equals("THE", StringComparison.Ordinal) || word.Equals("OF", StringComparison.Ordinal))
            {
                break;
            }
            if (inHeads && (IsHead(word) || IsGeneric(word)))
            {
                start = k;
                continue;
            }
            inHeads = false;
            if (IsGeneric(word) || IsHead(word))
            {
                start = k;
                continue;
            }
            // "North Shore Electric", "New Hope Fellowship": a compass or age word inside the name.
            if (NamePrefixes.Contains(word))
            {
                start = k;
                continue;
            }
            // Words that are no person's name ("Blue", "Summit") still name organisations: only function and clinical words end the name.
            if (ContextWords.NotNames.Contains(word) && !word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || ContextWords.ClinicalAcronyms.Contains(word)
                || LooksLikeDrug(word, lexicon) || SpokenNumbers.Value(word) >= 0)
            {
                break;
            }
            naming++;
            var entry = lexicon.Lookup(word);
            if (entry.English <= 1 || word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.Contains('-'))
            {
                unknown++;
            }
            start = k;
        }
        // Inner generic words before the first naming word ("Regional" in "Regional Cascadia Pathology") stay; leading "&" never.
        while (start < head && !tokens.IsWord(start))
        {
            start++;
        }
        // "Fenwick Cancer Center Genetics": a department after a facility already found is no name of its own.
        if (naming == 0 || start <= previousEnd || PlaceRules.IsAfterTitle(tokens, start))
        {
            return -1;
        }
        // "Walter Church", "Hope Bank": one given name before a head that is a surname too is a person.
        if (naming == 1 && end == head && start == head - 1 && tokens.Entry(start).Given >= 1 && lexicon.Lookup(headWord).Surname >= 1)
        {
            return -1;
        }
        if (IsInsurance(tokens, end) || GenericOrganisationPhrases.IsGeneric(tokens, lexicon, start, head) || IsInsurerCompany(tokens, start, end))
        {
            return -1;
        }
        // "Calloway & Sons", ", Inc.": a firm's own marks.
        bool firm = end > head && tokens.IsSymbol(end, '.') || end > head && OrganisationHeads.FirmMarks.Contains(tokens.Span(end))
            || (tokens.IsSymbol(head - 1, '&') || tokens.WordIs(head - 1, "and")) && (headWord.Equals("Sons", StringComparison.OrdinalIgnoreCase) || headWord.Equals("Brothers", StringComparison.OrdinalIgnoreCase));
        bool cue = IsAfterCue(tokens, start) || IsLetterhead(tokens, start, end) && naming >= 2 || IsAffiliation(tokens, start, end);
        // A corporation ("Microbilt Corporation is …") is a place only where the text puts it as one: after a cue, as a letterhead.
        if (!firm && !cue && (unknown == 0 || OrganisationHeads.CorporateHeads.Contains(tokens.Span(end))))
        {
            return -1;
        }
        sink.Add(PhiType.Location, tokens[start].Start, tokens[end].End - tokens[start].Start, 0.78, "location-organisation");
        PlaceContextRules.TryTownAfterComma(sink, tokens, lexicon, end);
        return end;
    }

    /// <summary>"Hospice of the Five Rivers", "Church of the Good Shepherd": a strong head, "of" [the] and capitalised naming words.</summary>
    public static void TryHeadOf(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int head)
    {
        var headWord = tokens.Span(head);
        if (!WordShape.IsTitleCase(headWord) || !HeadsBeforeOf.Contains(headWord) || !tokens.WordIs(head + 1, "of"))
        {
            return;
        }
        int first = tokens.WordIs(head + 2, "the") ? head + 3 : head + 2;
        int last = first - 1;
        int naming = 0;
        for (int k = first; k < first + 3 && tokens.IsWord(k) && !tokens[k].NewLineBefore && tokens[k].Start - tokens[k - 1].End == 1; k++)
        {
            var word = tokens.Span(k);
            if (!WordShape.IsTitleCase(word) || ContextWords.Titles.Contains(word) || PlaceContextRules.IsStateOrCountry(word) && k == first && !tokens.IsWord(k + 1))
            {
                break;
            }
            if (!IsGeneric(word) && !ContextWords.NotNames.Contains(word) && !ContextWords.LooksMedical(word))
            {
                naming++;
            }
            last = k;
        }
        if (naming == 0 || last < first || tokens[head + 1].NewLineBefore)
        {
            return;
        }
        int start = head;
        // "Visiting Nurse Hospice of …": capitalised words before the head belong to the name.
        for (int k = head - 1; k >= 0 && head - k <= 3 && tokens.IsWord(k) && !tokens[k + 1].NewLineBefore && WordShape.IsTitleCase(tokens.Span(k))
            && !ContextWords.NotNames.Contains(tokens.Span(k)) && !ContextWords.Titles.Contains(tokens.Span(k)); k--)
        {
            start = k;
        }
        sink.Add(PhiType.Location, tokens[start].Start, tokens[last].End - tokens[start].Start, 0.76, "location-organisation");
    }

    /// <summary>
    /// "the lutheran home", "the methodist manor in fairview": in lower-case speech a denomination before a home's head names
    /// one home, with or without a place cue before it (a list of options: "… or the lutheran home"). Returns the head's token, or -1.
    /// </summary>
    public static int TryDenominationHome(FindingSink sink, TextTokens tokens, int denomination)
    {
        int head = denomination + 1;
        if (!tokens.WordIs(denomination - 1, "the") || !tokens.IsWord(head) || tokens[head].NewLineBefore || tokens[denomination].NewLineBefore
            || !OrganisationHeads.Denominations.Contains(tokens.Span(denomination)) || !WordShape.IsLowerCase(tokens.Span(denomination))
            || !DenominationHomeHeads.Contains(tokens.Span(head)) || !WordShape.IsLowerCase(tokens.Span(head)))
        {
            return -1;
        }
        sink.Add(PhiType.Location, tokens[denomination].Start, tokens[head].End - tokens[denomination].Start, 0.72, "location-organisation");
        return head;
    }

    /// <summary>
    /// "the pharmacy is benzer on jefferson", "my pharmacy is Kolb's": a pharmacy named by a copula after its kind, the name a
    /// word no English list knows (or a surname), then the sentence's end or its street. "the pharmacy is closed", "pharmacy is
    /// aware" stay unfound.
    /// </summary>
    public static int TryPharmacyIsName(FindingSink sink, TextTokens tokens, int kind)
    {
        int first = kind + 2;
        if (!(tokens.WordIs(kind, "pharmacy") || tokens.WordIs(kind, "drugstore")) || !tokens.WordIs(kind + 1, "is") || !tokens.IsWord(first)
            || tokens[kind + 1].NewLineBefore || tokens[first].NewLineBefore)
        {
            return -1;
        }
        var word = tokens.Span(first);
        var entry = tokens.Entry(first);
        if (word.Length < 3 || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || SpokenNumbers.Value(word) >= 0 || ContextWords.ClinicalAcronyms.Contains(word)
            || entry.English >= 2 && !(entry.Surname >= 2 && !WordShape.IsLowerCase(word)) || ContextWords.LooksMedical(word) && entry.English < 1 && !entry.IsName(1))
        {
            return -1;
        }
        int after = first + 1;
        if (!(after >= tokens.Count || tokens[after].NewLineBefore || tokens.IsSymbol(after, ',') || tokens.IsSymbol(after, '.') || tokens.IsSymbol(after, '?')
            || tokens.WordIs(after, "on") || tokens.WordIs(after, "in") || tokens.WordIs(after, "at") || tokens.WordIs(after, "right") || tokens.WordIs(after, "off")))
        {
            return -1;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[first].Length, 0.7, "location-organisation");
        TryStoreStreet(sink, tokens, first);
        return first;
    }

    private static readonly AsciiWordSet DenominationHomeHeads = new(["home", "homes", "manor", "village", "villages", "hospital", "hospice", "residence", "retirement", "towers", "commons", "gardens"]);

    private static readonly AsciiWordSet HeadsBeforeOf = new(["hospice", "hospital", "church", "chapel", "cathedral", "temple", "university", "college", "academy", "sisters", "brothers"]);

    /// <summary>
    /// Lower case, after a place cue at <paramref name="preposition"/> ("at", "from", "with", "to" …): naming words then a head
    /// run ("bridgeline telehealth", "heartland pain and spine", "lakeside internal medicine", "first baptist"), an "our X
    /// office|location" branch, or "our lady of the X".
    /// </summary>
    public static void TryLowerCaseAfterCue(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int preposition)
    {
        int first = preposition + 1;
        if (!tokens.IsWord(first) || tokens[first].NewLineBefore)
        {
            return;
        }
        // "to the rite aid on college avenue", "go to any labcorp", "at CVS": a national chain, in any case.
        int chain = tokens.WordIs(first, "the") || tokens.WordIs(first, "any") ? first + 1 : first;
        if (TryChainAt(sink, tokens, chain))
        {
            return;
        }
        if (!WordShape.IsLowerCase(tokens.Span(preposition)) || !WordShape.IsLowerCase(tokens.Span(first)))
        {
            return;
        }
        if (tokens.WordIs(first, "our") || tokens.WordIs(first, "their") || tokens.WordIs(first, "your"))
        {
            if (TryOurLady(sink, tokens, first))
            {
                return;
            }
            TryBranch(sink, tokens, lexicon, first + 1);
            return;
        }
        if (tokens.WordIs(first, "the") || tokens.WordIs(first, "a") && !tokens.WordIs(first + 1, "m"))
        {
            if (tokens.WordIs(first, "a"))
            {
                return;
            }
            first++;
        }
        if (!tokens.IsWord(first) || tokens[first].NewLineBefore || !WordShape.IsLowerCase(tokens.Span(first)) || !HasHeadRunStartAfter(tokens, first))
        {
            return;
        }
        int naming = 0, specific = 0;
        int k = first;
        bool ordinal = false;
        for (; k < first + 3 && IsLowerWordOnLine(tokens, k, first); k++)
        {
            var word = tokens.Span(k);
            // The head run starts: "palisades | heart center", "lakeside | internal medicine".
            if (IsHead(word) && (k > first || ContextWords.FacilityHeads.Contains(word)) || k > first && (ContextWords.Departments.Contains(word) || FacilityModifiers.IsGeneric(word)))
            {
                break;
            }
            if (k == first && OrdinalChurches.Contains(word) && tokens.IsWord(k + 1) && OrganisationHeads.Denominations.Contains(tokens.Span(k + 1)))
            {
                ordinal = true;
                naming++;
                specific++;
                continue;
            }
            // "little blue valley hospital": a kind word ("little", "new") inside a name, beside a word that names.
            bool kind = (PlaceContextRules.IsBusinessKind(word) || NamePrefixes.Contains(word)) && !IsGeneric(word);
            if (!kind && !IsLowerNamingWord(word))
            {
                return;
            }
            naming++;
            specific += kind ? 0 : 1;
        }
        if (specific == 0 || !IsLowerWordOnLine(tokens, k, first))
        {
            return;
        }
        // The head run: heads and departments, joined by "and"/"&".
        int last = -1;
        bool strong = false, anyHead = false;
        int heads = 0;
        for (int h = k; h < k + 4 && IsLowerWordOnLine(tokens, h, first) || tokens.IsSymbol(h, '&'); h++)
        {
            if (tokens.IsSymbol(h, '&') || tokens.WordIs(h, "and"))
            {
                if (last < 0)
                {
                    break;
                }
                continue;
            }
            var word = tokens.Span(h);
            bool denomination = OrganisationHeads.Denominations.Contains(word);
            if (!(IsHead(word) || ContextWords.Departments.Contains(word) || FacilityModifiers.IsGeneric(word) && h > k || denomination) || h == k && !(IsHead(word) || denomination || ContextWords.Departments.Contains(word)))
            {
                break;
            }
            if (ContextWords.NotNames.Contains(word) && !IsHead(word))
            {
                break;
            }
            heads++;
            anyHead |= IsHead(word);
            strong |= IsHead(word) && !OrganisationHeads.WeakLowerCaseHeads.Contains(word) || denomination;
            last = h;
        }
        if (last < 0 || !(strong || heads >= 2 && anyHead || IsBareMedical(tokens, k, last, naming, specific)) || ordinal && !OrganisationHeads.Denominations.Contains(tokens.Span(k)))
        {
            return;
        }
        // Outside a lower-case transcript ("Referred to structural heart clinic") English words name no organisation.
        if (!PlaceRules.IsLowerCaseLine(tokens, first))
        {
            for (int n = first; n < k; n++)
            {
                var entry = tokens.Entry(n);
                if (entry.English >= 2 && !entry.IsName(2) && entry.Place == 0)
                {
                    return;
                }
            }
        }
        // A place already found there ("westbrook" the town): that finding stands.
        if (OverlapsFound(sink, tokens[first].Start, tokens[last].End))
        {
            return;
        }
        // Not a department alone after one naming word that is a person's given name ("with maria oncology").
        if (naming == 1 && !strong && tokens.Entry(first).Given >= 2)
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.7, "location-organisation");
    }

    /// <summary>
    /// "took me to upper peninsula medical and they …": a hospital called by its name and a bare "medical", the clause ending
    /// after it. Two naming words at least, one of them specific; "medical" must end the phrase ("to get medical advice" has
    /// no naming words, "at valley medical supply" goes on).
    /// </summary>
    private static bool IsBareMedical(TextTokens tokens, int head, int last, int naming, int specific)
    {
        if (head != last || !tokens.WordIs(head, "medical") || naming < 2 || specific < 1)
        {
            return false;
        }
        int after = last + 1;
        return after >= tokens.Count || tokens[after].NewLineBefore || tokens.IsSymbol(after, ',') || tokens.IsSymbol(after, '.') || tokens.IsSymbol(after, ';')
            || tokens.WordIs(after, "and") || tokens.WordIs(after, "where") || tokens.WordIs(after, "in") || tokens.WordIs(after, "on") || tokens.WordIs(after, "for")
            || tokens.WordIs(after, "but") || tokens.WordIs(after, "then");
    }

    /// <summary>
    /// Heads, departments and denominations: the words that can open the head run of <see cref="TryLowerCaseAfterCue"/>,
    /// which comes after one to three naming words. Asked in one lookup so most cues ("to see", "with pain") stop before
    /// their words are tested one set at a time.
    /// </summary>
    private static readonly AsciiWordFlags HeadRunStarts = new(OrganisationHeads.Heads, ContextWords.FacilityHeads, ContextWords.Departments, OrganisationHeads.Denominations);

    /// <summary>False when none of the three words after <paramref name="first"/> (up to a non-word) can open a head run.</summary>
    internal static bool HasHeadRunStartAfter(TextTokens tokens, int first)
    {
        for (int k = first + 1; k <= first + 3 && tokens.IsWord(k); k++)
        {
            if (HeadRunStarts.Of(tokens.Span(k), tokens.Hash(k)) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Compass, age and size words that open or stand inside names ("North Shore", "New Hope", "Little Blue Valley").</summary>
    private static readonly AsciiWordSet NamePrefixes = new(
        ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "old", "upper", "lower", "great", "greater", "little", "big", "mount", "mt", "lake", "port", "fort", "saint", "st"]);

    private static readonly AsciiWordSet OrdinalChurches = new(["first", "second", "third", "grace", "trinity", "calvary", "bethel", "zion"]);

    /// <summary>"our lady of the lakes", "Our Lady of Mercy": a Catholic church, school or hospital.</summary>
    private static bool TryOurLady(FindingSink sink, TextTokens tokens, int our)
    {
        if (!tokens.WordIs(our, "our") || !tokens.WordIs(our + 1, "lady") || !tokens.WordIs(our + 2, "of"))
        {
            return false;
        }
        int name = tokens.WordIs(our + 3, "the") ? our + 4 : our + 3;
        if (!tokens.IsWord(name) || tokens[name].NewLineBefore || tokens.Span(name).Length < 3 || ContextWords.NotNames.Contains(tokens.Span(name)))
        {
            return false;
        }
        int last = name;
        if (tokens.IsWord(name + 1) && !tokens[name + 1].NewLineBefore && (IsHead(tokens.Span(name + 1)) || ContextWords.FacilityHeads.Contains(tokens.Span(name + 1))))
        {
            last = name + 1;
        }
        sink.Add(PhiType.Location, tokens[our].Start, tokens[last].End - tokens[our].Start, 0.74, "location-organisation");
        return true;
    }

    /// <summary>"at our fairview office", "at our gulf breeze location": the naming words of a practice's branch.</summary>
    private static void TryBranch(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int first)
    {
        int k = first;
        for (; k < first + 3 && IsLowerWordOnLine(tokens, k, first) && !BranchWords.Contains(tokens.Span(k)); k++)
        {
            if (!IsLowerNamingWord(tokens.Span(k)))
            {
                return;
            }
        }
        if (k == first || !IsLowerWordOnLine(tokens, k, first) || !BranchWords.Contains(tokens.Span(k)))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[k - 1].End - tokens[first].Start, 0.68, "location-organisation");
    }

    private static readonly AsciiWordSet BranchWords = new(["office", "location", "clinic", "campus", "site", "branch", "store", "facility", "practice"]);

    /// <summary>
    /// "maple grove dermatology this is kayleigh", "thank you for calling corner drug and gift on fremont street this is
    /// marguerite": a workplace's phone greeting names the workplace between the speaker's label (or "calling") and "this
    /// is"/"on"/"at". <paramref name="thisWord"/> is the token "this".
    /// </summary>
    public static void TryGreeting(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int thisWord)
    {
        if (!tokens.WordIs(thisWord, "this") || !(tokens.WordIs(thisWord + 1, "is") || tokens.WordIs(thisWord + 1, "is,")) || tokens[thisWord].NewLineBefore)
        {
            return;
        }
        // Back to the speaker's colon, "calling" or the line's start: at most six words.
        int first = -1;
        for (int k = thisWord - 1; k >= 0 && thisWord - k <= 8; k--)
        {
            if (tokens.IsSymbol(k, ':') || tokens.WordIs(k, "calling") || tokens.IsSymbol(k, ','))
            {
                first = k + 1;
                break;
            }
            if (!tokens.IsWord(k) || !WordShape.IsLowerCase(tokens.Span(k)))
            {
                return;
            }
            if (tokens[k].NewLineBefore)
            {
                first = k;
                break;
            }
        }
        if (first < 0 || first >= thisWord || !tokens.IsWord(first))
        {
            return;
        }
        // The name ends before "on"/"at"/"in" (its street) or a generic word ("after hours nurse line").
        int last = first - 1;
        for (int k = first; k < thisWord; k++)
        {
            var word = tokens.Span(k);
            if (word.Equals("on", StringComparison.Ordinal) || word.Equals("at", StringComparison.Ordinal) || word.Equals("in", StringComparison.Ordinal)
                || word.Equals("after", StringComparison.Ordinal))
            {
                break;
            }
            bool inner = k > first && (word.Equals("and", StringComparison.Ordinal) || IsHead(word) || ContextWords.Departments.Contains(word) || FacilityModifiers.IsGeneric(word)
                || PlaceContextRules.IsBusinessKind(word) && tokens.WordIs(k - 1, "and"));
            if (!inner && !IsLowerNamingWord(word) && !(k > first && ContextWords.FacilityHeads.Contains(word)))
            {
                if (k == first)
                {
                    return;
                }
                break;
            }
            last = k;
        }
        while (last >= first && tokens.WordIs(last, "and"))
        {
            last--;
        }
        if (last < first || last - first > 4)
        {
            return;
        }
        // Greetings are no names: "hi", "good morning", "thanks".
        if (Greetings.Contains(tokens.Span(first)))
        {
            return;
        }
        // The greeting is the chain's cue: "cvs on fifth and elm this is …".
        if (TryChainAt(sink, tokens, first, cued: true))
        {
            return;
        }
        // One word alone must be no common English word ("hillcrest", not "pharmacy").
        if (last == first && tokens.Entry(first).English >= 2 || OverlapsFound(sink, tokens[first].Start, tokens[last].End))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.7, "location-organisation");
    }

    /// <summary>A finding among the last few of the sink overlaps the span: the earlier rule's finding stands.</summary>
    private static bool OverlapsFound(FindingSink sink, int start, int end)
    {
        for (int f = sink.Findings.Count - 1; f >= 0 && f >= sink.Findings.Count - 8; f--)
        {
            var found = sink.Findings[f];
            if (found.Start < end && start < found.Start + found.Length)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly AsciiWordSet Greetings = new(
        ["hi", "hello", "hey", "good", "morning", "afternoon", "evening", "thanks", "thank", "yes", "yeah", "okay", "ok", "oh", "so", "well", "um", "uh", "sorry", "hiya", "welcome"]);

    /// <summary>A national chain at <paramref name="first"/> ("rite aid", "walgreens", "h e b"): reported and true.</summary>
    private static bool TryChainAt(FindingSink sink, TextTokens tokens, int first, bool cued = false)
    {
        int words = RetailChains.MatchAt(tokens, first, cued);
        if (words == 0)
        {
            return false;
        }
        int end = first + words - 1;
        sink.Add(PhiType.Location, tokens[first].Start, tokens[end].End - tokens[first].Start, 0.72, "location-chain");
        TryStoreStreet(sink, tokens, end);
        return true;
    }

    /// <summary>
    /// "walgreens on fourth and pine", "the h e b on culebra": after a store, "on" and an intersection (an ordinal street, "and",
    /// a word) or one word no English list knows names the store's street.
    /// </summary>
    private static void TryStoreStreet(FindingSink sink, TextTokens tokens, int end)
    {
        int first = end + 2;
        if (!tokens.WordIs(end + 1, "on") || !tokens.IsWord(first) || tokens[first].NewLineBefore || tokens[end + 1].NewLineBefore)
        {
            return;
        }
        var word = tokens.Span(first);
        if (OrdinalStreets.Contains(word) && tokens.WordIs(first + 1, "and") && tokens.IsWord(first + 2) && !tokens[first + 2].NewLineBefore)
        {
            var cross = tokens.Span(first + 2);
            if (cross.Length >= 3 && !ContextWords.NotNames.Contains(cross) && !NameStopWords.Contains(cross))
            {
                sink.Add(PhiType.Location, tokens[first].Start, tokens[first + 2].End - tokens[first].Start, 0.7, "location-street");
            }
            return;
        }
        var entry = PhiLexicon.Shared.Lookup(word);
        if (word.Length >= 4 && entry.English <= 1 && !ContextWords.NotNames.Contains(word) && !NameStopWords.Contains(word) && SpokenNumbers.Value(word) < 0
            && !ContextWords.LooksMedical(word) && !(tokens.IsWord(first + 1) && !tokens[first + 1].NewLineBefore && PlaceRules.IsStreetSuffix(tokens.Span(first + 1))))
        {
            sink.Add(PhiType.Location, tokens[first].Start, tokens[first].Length, 0.66, "location-street");
        }
    }

    private static readonly AsciiWordSet OrdinalStreets = new(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "main"]);

    /// <summary>A word that may name an organisation in lower case: no function, generic, kind, person-role or number word.</summary>
    private static bool IsLowerNamingWord(ReadOnlySpan<char> word) =>
        word.Length >= 3 && !IsPossessiveOfPerson(word) && !ContextWords.NotNames.Contains(word) && !NameStopWords.Contains(word) && !IsGeneric(word) && !IsHead(word)
        && !PlaceContextRules.IsBusinessKind(word) && !ContextWords.Titles.Contains(word) && !ContextWords.Relations.Contains(word) && SpokenNumbers.Value(word) < 0
        && !ContextWords.ClinicalAcronyms.Contains(word) && !LooksLikeDrug(word, PhiLexicon.Shared) && !word.EndsWith("ing", StringComparison.Ordinal)
        && !word.Equals("lady", StringComparison.Ordinal) && !word.StartsWith("i'", StringComparison.Ordinal);

    /// <summary>A drug's or a disease's shape and no listed word ("Endocatch" is no drug; "Coastline", "bridgeline" are words).</summary>
    private static bool LooksLikeDrug(ReadOnlySpan<char> word, PhiLexicon lexicon) => ContextWords.LooksMedical(word) && lexicon.Lookup(word).English < 2 && !IsCompound(word, lexicon);

    /// <summary>"bridgeline", "coastline": two listed words run together.</summary>
    private static bool IsCompound(ReadOnlySpan<char> word, PhiLexicon lexicon)
    {
        for (int cut = 3; cut <= word.Length - 3; cut++)
        {
            if (lexicon.Lookup(word[..cut]).English >= 2 && lexicon.Lookup(word[cut..]).English >= 2)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"pt's church", "her mom's clinic": the possessive of a patient, relative or pronoun is no name.</summary>
    private static bool IsPossessiveOfPerson(ReadOnlySpan<char> word)
    {
        if (!word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal))
        {
            return false;
        }
        var stem = word[..^2];
        return stem.Length < 3 || ContextWords.NotNames.Contains(stem) || ContextWords.Relations.Contains(stem) || ContextWords.ClinicalAcronyms.Contains(stem)
            || ContextWords.Titles.Contains(stem) || stem.Equals("patient", StringComparison.Ordinal) || stem.Equals("pt", StringComparison.Ordinal);
    }

    private static bool IsLowerWordOnLine(TextTokens tokens, int k, int first) =>
        tokens.IsWord(k) && !tokens[k].NewLineBefore && (k == first || tokens[k].Start - tokens[k - 1].End == 1 || tokens.IsSymbol(k - 1, '&')) && WordShape.IsLowerCase(tokens.Span(k));

    private static bool IsHead(ReadOnlySpan<char> word) => OrganisationHeads.Heads.Contains(word) || ContextWords.FacilityHeads.Contains(word);

    private static bool IsGeneric(ReadOnlySpan<char> word) =>
        OrganisationHeads.GenericWords.Contains(word) || FacilityModifiers.IsGeneric(word) || ContextWords.Departments.Contains(word);

    private static bool IsCased(ReadOnlySpan<char> word, bool caps) =>
        caps ? WordShape.IsAllCaps(word) : WordShape.IsTitleCase(word) || word.Contains('-') && WordShape.IsCapitalised(word) || word.EndsWith("'s", StringComparison.Ordinal) && WordShape.IsCapitalised(word);

    /// <summary>Further heads after the first in the same case ("Freight Lines", "&amp; Sons Roofing", "&amp; Spine", "/Oncology", ", Inc.").</summary>
    private static int ExtendHeads(TextTokens tokens, int head, bool caps)
    {
        int end = head;
        while (true)
        {
            int next = end + 1;
            if (tokens.IsWord(next) && !tokens[next].NewLineBefore && tokens[next].Start - tokens[end].End == 1 && IsCased(tokens.Span(next), caps)
                && (IsHead(tokens.Span(next)) || ContextWords.Departments.Contains(tokens.Span(next))))
            {
                end = next;
            }
            else if ((tokens.IsSymbol(next, '&') || tokens.WordIs(next, "and") || tokens.IsSymbol(next, '/') && tokens.Touches(next) && tokens.Touches(next + 1))
                && tokens.IsWord(next + 1) && !tokens[next + 1].NewLineBefore && IsCased(tokens.Span(next + 1), caps)
                && (IsHead(tokens.Span(next + 1)) || IsGeneric(tokens.Span(next + 1))))
            {
                end = next + 1;
            }
            else if (tokens.IsSymbol(next, ',') && tokens.IsWord(next + 1) && !tokens[next + 1].NewLineBefore && OrganisationHeads.FirmMarks.Contains(tokens.Span(next + 1))
                && WordShape.IsCapitalised(tokens.Span(next + 1)))
            {
                end = next + 1;
                if (tokens.IsSymbol(end + 1, '.') && tokens.Touches(end + 1))
                {
                    end++;
                }
                return end;
            }
            else
            {
                return end;
            }
        }
    }

    /// <summary>"Continental Shield Life Insurance Co.": an insurer's company mark, a payer like its plan.</summary>
    private static bool IsInsurerCompany(TextTokens tokens, int start, int end)
    {
        if (!tokens.WordIs(end, "co") && !(tokens.IsSymbol(end, '.') && tokens.WordIs(end - 1, "co")))
        {
            return false;
        }
        for (int k = start; k <= end; k++)
        {
            if (tokens.WordIs(k, "insurance") || tokens.WordIs(k, "assurance") || tokens.WordIs(k, "casualty"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Keystone Mutual Health Plan", "Senior Care plan ID", "community care auth": an insurer's plan, no place.</summary>
    internal static bool IsInsurance(TextTokens tokens, int end) =>
        tokens.IsWord(end + 1) && !tokens[end + 1].NewLineBefore && InsuranceWords.Contains(tokens.Span(end + 1));

    private static readonly AsciiWordSet InsuranceWords = new(
        ["plan", "plans", "insurance", "auth", "authorization", "authorisation", "member", "policy", "hmo", "ppo", "advantage", "coverage", "claim", "claims", "benefits", "subscriber", "payer", "payor"]);

    private static readonly AsciiWordSet PlaceCueWords = new(
        ["at", "from", "to", "for", "with", "via", "by", "of", "into", "called", "calling", "near", "outside", "and", "or", "client", "employer", "workplace", "referred", "through"]);

    private static bool IsAfterCue(TextTokens tokens, int start)
    {
        // "Transport booked w/ Harborlight Ambulance": "w/" is "with".
        if (tokens.IsSymbol(start - 1, ':') || tokens.IsSymbol(start - 1, '(') || tokens.IsSymbol(start - 1, '/') && tokens.WordIs(start - 2, "w") && tokens.Touches(start - 1))
        {
            return true;
        }
        return tokens.IsWord(start - 1) && !tokens[start].NewLineBefore && PlaceCueWords.Contains(tokens.Span(start - 1));
    }

    /// <summary>
    /// "Westlake Co. Sheriff's Office", "Blair Co": "Co" is a county unless its period ends the name ("Seacoast Shellfish
    /// Co.)", "… Co., on leave"); a company writes the period, a county goes on with its office's words.
    /// </summary>
    private static bool IsCountyAbbreviation(TextTokens tokens, int head)
    {
        if (!tokens.Span(head).Equals("Co", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (!tokens.IsSymbol(head + 1, '.') || !tokens.Touches(head + 1))
        {
            return true;
        }
        int after = head + 2;
        return after < tokens.Count && !tokens[after].NewLineBefore && tokens.IsWord(after) && WordShape.IsCapitalised(tokens.Span(after));
    }

    /// <summary>
    /// Where a signature or a form puts an organisation: after a person's credential and a comma ("Vikram Rao, PT, Valley
    /// Motion Physical Therapy", "Jane Doe, MD, Keystone Evaluations"), or opening a line with its street address after it
    /// ("Keystone Independent Evaluations, 2900 Front Street", "Cascade Physiatry  1201 Alder Way"). Plain English words
    /// name an organisation there as much as on a letterhead.
    /// </summary>
    private static bool IsAffiliation(TextTokens tokens, int start, int end)
    {
        if (tokens.IsSymbol(start - 1, ',') && tokens.IsWord(start - 2) && !tokens[start].NewLineBefore && !tokens[start - 1].NewLineBefore)
        {
            var credential = tokens.Span(start - 2);
            // "MD, Board Certified Orthopaedic Surgery": the credential's own words, no employer.
            if (WordShape.IsAllCaps(credential) && ContextWords.CredentialsAfter.Contains(credential) && !CredentialWords.Contains(tokens.Span(start)))
            {
                return true;
            }
        }
        if (!(start == 0 || tokens[start].NewLineBefore))
        {
            return false;
        }
        int number = tokens.IsSymbol(end + 1, ',') ? end + 2 : end + 1;
        return number < tokens.Count && !tokens[number].NewLineBefore && tokens.IsNumber(number) && tokens.Span(number).Length is >= 2 and <= 6
            && tokens.IsWord(number + 1) && !tokens[number + 1].NewLineBefore && WordShape.IsCapitalised(tokens.Span(number + 1));
    }

    private static readonly AsciiWordSet CredentialWords = new(["board", "certified", "licensed", "registered", "diplomate", "fellow", "member", "specialist"]);

    /// <summary>A letterhead: the name opens its line and ends it (or a "|", "-", "(" follows).</summary>
    private static bool IsLetterhead(TextTokens tokens, int start, int end)
    {
        if (!(start == 0 || tokens[start].NewLineBefore))
        {
            return false;
        }
        int after = end + 1;
        return after >= tokens.Count || tokens[after].NewLineBefore || tokens.IsSymbol(after, '|') || tokens.IsSymbol(after, '-') || tokens.IsSymbol(after, '(');
    }
}
