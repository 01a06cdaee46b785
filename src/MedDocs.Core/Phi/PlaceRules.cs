using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// Places named in running text, in any letter case: facility names ("Baystate Medical Center", "Hebrew
/// Rehab", "lowell general hospital"), places after moving and living cues ("transferred from MGH", "d/c to
/// Spaulding", "lives in quincy", "from New Bedford"), with US towns from the GeoNames lexicon. Generic words
/// ("the hospital", "rehab", "OSH", "MICU") are not identifiers and are left alone.
/// </summary>
internal static class PlaceRules
{
    private const int MaxFacilityWords = 6;

    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        var lexicon = PhiLexicon.Shared;
        int facilityEnd = -1, organisationEnd = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                // "seen @ MGH".
                if (tokens.IsSymbol(i, '@') && i + 1 < tokens.Count && !tokens[i + 1].NewLineBefore && !tokens.Touches(i))
                {
                    TryPlaceAfter(sink, tokens, lexicon, i + 1, moved: true);
                }
                // "Cardiology (Ashby 4)"; "SICU -> Ormond 3".
                else if (tokens.IsSymbol(i, '('))
                {
                    WardNames.TryInParentheses(sink, tokens, lexicon, i);
                }
                else if (tokens.IsSymbol(i, '>') && tokens.IsSymbol(i - 1, '-') && tokens.Touches(i) && i + 1 < tokens.Count && !tokens[i + 1].NewLineBefore)
                {
                    WardNames.TryWardAt(sink, tokens, lexicon, i + 1);
                }
                // "Daventry 4 Med-Surg", "Fenwick Tower 3 (Endocrine/Med)": a ward's word and floor described by its unit's kind.
                else if (tokens.IsNumber(i) && tokens[i].Length <= 2 && tokens.IsWord(i - 1) && !tokens[i].NewLineBefore)
                {
                    if (!WardNames.TryDescribedWard(sink, tokens, lexicon, i - 1) && tokens.IsWord(i - 2))
                    {
                        WardNames.TryDescribedWard(sink, tokens, lexicon, i - 2);
                    }
                }
                // "Ridgefield Children's Hospital - 5 Juniper": a ward after its facility and a dash.
                else if (tokens.IsSymbol(i, '-') && i + 1 < tokens.Count && tokens.IsNumber(i + 1))
                {
                    WardNames.TryAfterFacilityDash(sink, tokens, lexicon, i);
                }
                // 'Unit C ("Aspen")': a unit's nickname in quotation marks.
                else if (tokens.IsSymbol(i, '"') && i + 1 < tokens.Count && tokens.IsWord(i + 1) && tokens.Touches(i + 1))
                {
                    WardNames.TryQuotedNickname(sink, tokens, lexicon, i);
                }
                continue;
            }
            var cueWord = tokens.Span(i);
            if (!CueStarts.MayBe(cueWord))
            {
                continue;
            }
            int cues = CueWords.Of(cueWord, tokens.Hash(i));
            if (cues == 0)
            {
                continue;
            }
            if (i > facilityEnd && (cues & (FacilityHeadCue | OrganisationHeadCue)) != 0)
            {
                int found = sink.Findings.Count;
                // "Cardiology Associates of Western Ohio", "vascular associates of maine": a specialty group and its region.
                // A specialty is a head too ("Cardiology"): the group word may stand one or two words on.
                int group = SpecialtyGroupNames.TryAt(sink, tokens, lexicon, i);
                for (int next = i + 1; group < 0 && next <= i + 3 && next < tokens.Count && !tokens[next].NewLineBefore && (tokens.IsWord(next) || tokens.IsSymbol(next, '/')); next++)
                {
                    group = SpecialtyGroupNames.TryAt(sink, tokens, lexicon, next);
                }
                if (group < 0)
                {
                    group = OrganisationNames.TryDenominationHome(sink, tokens, i);
                }
                if (group < 0)
                {
                    group = OrganisationNames.TryPharmacyIsName(sink, tokens, i);
                }
                if (group >= 0)
                {
                    facilityEnd = organisationEnd = group;
                    continue;
                }
                if ((cues & FacilityHeadCue) != 0)
                {
                    facilityEnd = TryFacility(sink, tokens, lexicon, i);
                    PlaceContextRules.TryResidenceName(sink, tokens, i);
                }
                // "Foothills Breast Imaging", "Coastline Ambulance", "Pruitt & Sons Roofing": ordinary words before an organisation's head.
                if (sink.Findings.Count == found)
                {
                    int end = OrganisationNames.TryTitleCase(sink, tokens, lexicon, i, organisationEnd);
                    if (end < 0 && sink.Findings.Count == found && i - 1 > organisationEnd)
                    {
                        end = ChurchNames.TryAt(sink, tokens, lexicon, i);
                    }
                    if (end >= 0)
                    {
                        facilityEnd = organisationEnd = end;
                    }
                    OrganisationNames.TryHeadOf(sink, tokens, lexicon, i);
                }
                else
                {
                    organisationEnd = facilityEnd;
                }
            }
            if ((cues & PrepositionCue) != 0 && i + 1 < tokens.Count && !tokens[i + 1].NewLineBefore)
            {
                bool moved = IsAfterMoveVerb(tokens, i);
                // After a moving verb only a ward stands before a floor number: "transferred from Wren 2" though "wren" is a word.
                if (TryUnitName(sink, tokens, lexicon, i + 1, strict: false) || moved && (WardNames.TryWardAt(sink, tokens, lexicon, i + 1) || WardNames.TryFloorFirst(sink, tokens, lexicon, i + 1))
                    || TryPlaceAfter(sink, tokens, lexicon, i + 1, moved))
                {
                    PlaceContextRules.TryBusinessBefore(sink, tokens, i);
                }
                PlaceContextRules.TryWorkplace(sink, tokens, lexicon, i);
            }
            // After the places of TryPlaceAfter, which stand where they overlap ("at westbrook internal medicine": the town).
            if ((cues & OrganisationCue) != 0 && i + 1 < tokens.Count && !tokens[i + 1].NewLineBefore)
            {
                if (cueWord.Length == 4 && cueWord.Equals("this", StringComparison.OrdinalIgnoreCase))
                {
                    OrganisationNames.TryGreeting(sink, tokens, lexicon, i);
                }
                else
                {
                    OrganisationNames.TryLowerCaseAfterCue(sink, tokens, lexicon, i);
                    // "at northern timber, the mill on river road": a workplace placed by its apposition.
                    OrganisationAppositions.TryAfter(sink, tokens, i);
                }
            }
            // "rt" is a road only before its number ("on rt 9"), "run" and "bend" only after a house number ("eighteen quail run"):
            // "rt, Left", "6 beat run, Holter" are no street and town.
            if ((cues & StreetSuffixCue) != 0 && OnlyNumberedSuffixes.Contains(cueWord))
            {
                TryStreet(sink, tokens, lexicon, i);
            }
            else if ((cues & StreetSuffixCue) != 0)
            {
                int street = TryStreet(sink, tokens, lexicon, i);
                if (street > 0)
                {
                    PlaceContextRules.TryBusinessBefore(sink, tokens, street - 1);
                }
                if (street >= 0)
                {
                    TryTownInAfterStreet(sink, tokens, lexicon, i);
                }
                TryTownAfterStreet(sink, tokens, lexicon, i);
                if (street < 0)
                {
                    PlaceContextRules.TryResidenceName(sink, tokens, i);
                }
            }
            if ((cues & OtherCue) != 0)
            {
                if (WardNames.IsUnitHead(cueWord))
                {
                    WardNames.TryNamedUnit(sink, tokens, lexicon, i);
                }
                else if (cueWord.Length == 2)
                {
                    PlaceAcronyms.TryBeforeEmergency(sink, tokens, lexicon, i);
                }
                if (i + 1 < tokens.Count && !tokens[i + 1].NewLineBefore)
                {
                    PlaceContextRules.TryOther(sink, tokens, lexicon, i);
                }
            }
        }
    }

    /// <summary>
    /// Later mentions of a place already found, in any case ("Mercy Vale Hospital" … "at mercy vale"): the words of
    /// a facility name before its head, or a whole town or ward name.
    /// </summary>
    public static void CollectRepeats(FindingSink sink, IReadOnlyList<PhiFinding> known)
    {
        List<string>? names = null;
        HashSet<string>? definedLower = null;
        foreach (var finding in known)
        {
            if (finding.Type != PhiType.Location || finding.Rule is not ("location-facility" or "location-town" or "location-proper" or "location-acronym" or "location-after-move" or "location-list" or "location-ward"
                or "location-defined-acronym" or "location-organisation"))
            {
                continue;
            }
            string name = finding.Text;
            // "Quarry Vale Hospital (QVH)" … "at QVH": an acronym the note defined is searched again from three letters on.
            if (finding.Rule == "location-defined-acronym")
            {
                if (name.Length >= 3)
                {
                    (names ??= []).Add(name);
                    if (WordShape.IsLowerCase(name))
                    {
                        (definedLower ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(name);
                    }
                }
                continue;
            }
            if (finding.Rule is "location-facility" or "location-organisation")
            {
                // Drop the head words: "Mercy Vale Hospital" → "Mercy Vale".
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                int keep = words.Length;
                // "Sablewood Specialty Hospital" → "Sablewood": descriptors of the kind go with the head.
                while (keep > 0 && (ContextWords.FacilityHeads.Contains(words[keep - 1]) || ContextWords.Departments.Contains(words[keep - 1])
                    || words[keep - 1] is "&" or "and" or "," || words[keep - 1].EndsWith(',') || words[keep - 1].StartsWith('&') || words[keep - 1].StartsWith("Inc", StringComparison.OrdinalIgnoreCase)
                    || finding.Rule == "location-organisation" && (OrganisationHeads.Heads.Contains(words[keep - 1]) || OrganisationHeads.GenericWords.Contains(words[keep - 1]))
                    || keep > 1 && (FacilityModifiers.IsGeneric(words[keep - 1]) || KindDescriptors.Contains(words[keep - 1]))))
                {
                    keep--;
                }
                if (keep == 0 || keep == words.Length && words.Length == 1)
                {
                    continue;
                }
                name = string.Join(' ', words, 0, keep);
            }
            // A ward keeps its floor: "Wren 2" again after "transferred from Wren 2", not every "wren".
            if (name.Length >= 4 && name.All(c => char.IsLetter(c) || c is ' ' or '\'' or '.' or '-' || finding.Rule == "location-ward" && char.IsAsciiDigit(c)))
            {
                (names ??= []).Add(name);
            }
        }
        if (names is null)
        {
            return;
        }
        // Not a plain English word alone ("vale" alone would be too much; "mercy vale" is fine): asked once per name.
        var searched = new List<string>(names.Count);
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            // A specialty or clinical word ("hepatology", "cath") is no place however a rule came to take it for one.
            // An acronym the note defined in lower case ("St. Anselm's of the Harbor (sah)") is that place again, clinical or not.
            if (name.Contains(' ', StringComparison.Ordinal) || PhiLexicon.Shared.Lookup(name).English < 2 && !IsClinicalWord(name) || definedLower?.Contains(name) == true)
            {
                searched.Add(name);
            }
        }
        string text = sink.Text;
        var persons = new List<PhiFinding>();
        foreach (var finding in known)
        {
            // A person found in place by a strong cue (a title, a credential, a label), not a name's own repeat or a lexicon guess.
            if (finding.Type == PhiType.Name && finding.Rule != "name-repeat" && finding.Confidence >= 0.75)
            {
                persons.Add(finding);
            }
        }
        if (searched.Count < WholeWordOccurrences.WalkFrom)
        {
            foreach (var name in searched)
            {
                for (int at = WholeWordOccurrences.Next(text, name, 0); at >= 0; at = WholeWordOccurrences.Next(text, name, at + 1))
                {
                    AddRepeat(sink, persons, at, name.Length);
                }
            }
            return;
        }
        // A long document names many places: one walk over its words finds them all.
        var occurrences = WholeWordOccurrences.Walk(sink.Tokens, [.. searched]);
        for (int n = 0; n < searched.Count; n++)
        {
            foreach (int at in occurrences[n])
            {
                AddRepeat(sink, persons, at, searched[n].Length);
            }
        }
    }

    /// <summary>
    /// A repeat, unless a person was found there: "Jessup Family Clinic" … "PCP: Carl Jessup, MD" names the doctor the
    /// clinic is named after, "Sandoval &amp; Reyes" … "Atty. Lowell Sandoval" the lawyer.
    /// </summary>
    private static void AddRepeat(FindingSink sink, List<PhiFinding> persons, int at, int length)
    {
        foreach (var finding in persons)
        {
            if (finding.Start < at + length && at < finding.Start + finding.Length)
            {
                return;
            }
        }
        sink.Add(PhiType.Location, at, length, 0.65, "location-repeat");
    }

    internal static bool IsClinicalWord(ReadOnlySpan<char> word) =>
        FacilityModifiers.IsGeneric(word) || ContextWords.ClinicalAcronyms.Contains(word) || ContextWords.NotNames.Contains(word) || ContextWords.LooksMedical(word);

    /// <summary>Proper words, inner words ("of", "St.", "Memorial") and the head, on one line; at least one proper word.</summary>
    private static int TryFacility(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int head)
    {
        int end = head;
        while (true)
        {
            if (tokens.IsWord(end + 1) && !tokens[end + 1].NewLineBefore && tokens[end + 1].Start - tokens[end].End == 1 && ContextWords.FacilityHeads.Contains(tokens.Span(end + 1), tokens.Hash(end + 1)))
            {
                end++;
            }
            // "Nursing and Rehab", "Health & Rehabilitation": two heads joined make one head.
            else if ((tokens.WordIs(end + 1, "and") || tokens.IsSymbol(end + 1, '&')) && tokens.IsWord(end + 2) && !tokens[end + 2].NewLineBefore
                && ContextWords.StrongFacilityHeads.Contains(tokens.Span(end + 2)) && WordShape.IsCapitalised(tokens.Span(end + 2)) == WordShape.IsCapitalised(tokens.Span(end)))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }
        // "on Quarry Mill Rd", "Old Mill Road": a head word that names a street before its suffix is no facility.
        if (tokens.IsWord(end + 1) && !tokens[end + 1].NewLineBefore && tokens[end + 1].Start - tokens[end].End == 1 && RoadSuffixes.Contains(tokens.Span(end + 1))
            && WordShape.IsCapitalised(tokens.Span(end + 1)) == WordShape.IsCapitalised(tokens.Span(end)))
        {
            return end;
        }
        // "STERNAL INC CDI": in capitals "INC" is an incision; a company writes "Inc".
        if (tokens.Span(head).Equals("INC", StringComparison.Ordinal) || tokens.Span(head).Equals("inc", StringComparison.Ordinal) && !tokens.IsSymbol(head + 1, '.'))
        {
            return end;
        }
        int start = head;
        int proper = 0;
        bool strongHead = false;
        // "SUMMIT PATHOLOGY ASSOCIATES": a name in capitals is read as the same name in title case.
        bool capsName = WordShape.IsAllCaps(tokens.Span(head)) && tokens[head].Length > 3;
        for (int k = head; k <= end; k++)
        {
            strongHead |= ContextWords.StrongFacilityHeads.Contains(tokens.Span(k), tokens.Hash(k));
        }
        for (int k = head - 1, words = 0; k >= 0 && words < MaxFacilityWords; k--)
        {
            // One blank at most between the words of a name: "Clement            Medical Record" is two fields.
            if (tokens[k + 1].NewLineBefore || tokens[k + 1].Start - tokens[k].End > 1)
            {
                break;
            }
            // "St. Mary's": a period right after an abbreviation inside the name.
            if (tokens.IsSymbol(k, '.') && tokens.IsWord(k - 1) && tokens.Touches(k) && (tokens.WordIs(k - 1, "st") || tokens.WordIs(k - 1, "mt")))
            {
                continue;
            }
            // "Harborview OB/GYN Associates": a specialty written with a slash is one descriptor.
            if (tokens.IsSymbol(k, '/') && start == k + 1 && proper == 0 && tokens.Touches(k) && tokens.Touches(k + 1) && tokens.IsWord(k - 1)
                && ContextWords.Departments.Contains(tokens.Text.AsSpan(tokens[k - 1].Start, tokens[k + 1].End - tokens[k - 1].Start)))
            {
                start = --k;
                words++;
                continue;
            }
            if (!tokens.IsWord(k))
            {
                break;
            }
            var word = tokens.Span(k);
            if (IsProper(tokens, k) || capsName && IsProperInCapitals(word, lexicon))
            {
                proper++;
                start = k;
                words++;
                continue;
            }
            // "Beldon Hill Sleep Center", "Thornbury Endoscopy Suite": capitalised descriptors between the name and the head.
            // "Thornbury ID Clinic": a specialty is a descriptor even where it is also clinical vocabulary.
            bool descriptor = (WordShape.IsTitleCase(word) || capsName && WordShape.IsAllCaps(word)) && proper == 0 && head - k <= 3 && (!ContextWords.NotNames.Contains(word) || FacilityModifiers.IsGeneric(word))
                || WordShape.IsAllCaps(word) && word.Length <= 3 && proper == 0 && head - k <= 2 && (!ContextWords.NotNames.Contains(word) || FacilityModifiers.IsGeneric(word));
            if (ContextWords.FacilityInner.Contains(word) || ContextWords.FacilityHeads.Contains(word) || descriptor)
            {
                // "Atty Rhea Quill of Dale Finch LLP": a firm's name starts after "of"; before it stands a person.
                if (word.Equals("of", StringComparison.OrdinalIgnoreCase) && FirmHeads.Contains(tokens.Span(head)))
                {
                    break;
                }
                // "St. Mary of the Hills": "the" inside a name only after "of" (not "donepezil the pharmacy").
                if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && !tokens.WordIs(k - 1, "of"))
                {
                    break;
                }
                // "Dr. Quill's clinic": a person's practice named by the person.
                if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && IsAfterTitle(tokens, k))
                {
                    break;
                }
                if (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase))
                {
                    // "wife Dolores and services from …": a capitalised word, "and", then a lower-case word joins no name.
                    if (tokens.IsWord(k - 1) && tokens.IsWord(k + 1) && WordShape.IsCapitalised(tokens.Span(k - 1)) && WordShape.IsLowerCase(tokens.Span(k + 1)))
                    {
                        break;
                    }
                    // Only inside a name: a proper word must come before it.
                    if (!tokens.IsWord(k - 1) || !IsProper(tokens, k - 1))
                    {
                        break;
                    }
                }
                if (!WordShape.IsCapitalised(word) && proper == 0 && !WordShape.IsLowerCase(tokens.Span(head)))
                {
                    break;
                }
                start = k;
                words++;
                continue;
            }
            break;
        }
        // Trim leading inner words that are not part of the name ("the", "of").
        while (start < head && (tokens.WordIs(start, "the") || tokens.WordIs(start, "of") || tokens.WordIs(start, "and") || tokens.WordIs(start, "for")))
        {
            start++;
        }
        if (proper == 0)
        {
            return end;
        }
        if (!strongHead && !HasCapitalisedProper(tokens, lexicon, start, head) && !HasUnknownProper(tokens, lexicon, start, head))
        {
            return end;
        }
        // "Dr. Walter Church": a person's surname that is a facility word; "Keystone Health Plan", "Senior Care plan ID": an
        // insurer's plan; "start of care", "plan of care": a phrase of care, no place.
        if (IsAfterTitle(tokens, start) || OrganisationNames.IsInsurance(tokens, end) || tokens.WordIs(head - 1, "of") && tokens.WordIs(head, "care"))
        {
            return end;
        }
        // "STATE NEWBORN SCREENING PROGRAM", "SCI program": a kind of service, no place.
        if (GenericOrganisationPhrases.IsGeneric(tokens, lexicon, start, head))
        {
            return end;
        }
        if (strongHead)
        {
            start = SplitList(sink, tokens, lexicon, start, head);
        }
        sink.Add(PhiType.Location, tokens[start].Start, tokens[end].End - tokens[start].Start, 0.8, "location-facility");
        PlaceContextRules.TryTownAfterComma(sink, tokens, lexicon, end);
        PlaceAcronyms.TryDefinedAfter(sink, tokens, start, end);
        return end;
    }

    /// <summary>A title ("Dr", "Dr.") just before token <paramref name="index"/>: a person's name follows it, not a place's.</summary>
    internal static bool IsAfterTitle(TextTokens tokens, int index) =>
        tokens.IsWord(index - 1) && ContextWords.Titles.Contains(tokens.Span(index - 1))
        || tokens.IsSymbol(index - 1, '.') && tokens.IsWord(index - 2) && ContextWords.Titles.Contains(tokens.Span(index - 2));

    /// <summary>
    /// "Larkfield and Meridian Point Specialty Hospital": two places joined by "and"/"&amp;"/"or" when a proper word (not an
    /// inner word such as "Women's") starts the second; the first is its own place. Returns where the last one starts.
    /// </summary>
    private static int SplitList(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int start, int head)
    {
        for (int k = start + 1; k < head - 1; k++)
        {
            if (!(tokens.WordIs(k, "and") || tokens.WordIs(k, "or") || tokens.IsSymbol(k, '&')) || !tokens.IsWord(k + 1) || !tokens.IsWord(k - 1))
            {
                continue;
            }
            var next = tokens.Span(k + 1);
            if (!WordShape.IsCapitalised(next) || ContextWords.FacilityInner.Contains(next) || !IsProper(next, lexicon)
                || ContextWords.FacilityHeads.Contains(tokens.Span(k - 1)) || !IsProper(tokens, k - 1))
            {
                continue;
            }
            sink.Add(PhiType.Location, tokens[start].Start, tokens[k - 1].End - tokens[start].Start, 0.75, "location-list");
            start = k + 1;
        }
        return start;
    }

    /// <summary>A word in capitals inside a name in capitals, judged as the word in title case would be ("SUMMIT", "RIDGEVIEW").</summary>
    private static bool IsProperInCapitals(ReadOnlySpan<char> word, PhiLexicon lexicon)
    {
        if (word.Length < 4 || !WordShape.IsAllCaps(word) || ContextWords.NotNames.Contains(word) || ContextWords.FacilityHeads.Contains(word) || ContextWords.Departments.Contains(word)
            || ContextWords.FacilityInner.Contains(word) || ContextWords.ClinicalAcronyms.Contains(word) || FacilityModifiers.IsGeneric(word) || NameStopWords.Contains(word)
            || ContextWords.LooksMedical(word))
        {
            return false;
        }
        var entry = lexicon.Lookup(word);
        return entry.English <= 2 || entry.IsName() || entry.Place >= 1;
    }

    /// <summary>"fenwick cancer center" in lower case: a word no English list knows names it.</summary>
    private static bool HasUnknownProper(TextTokens tokens, PhiLexicon lexicon, int start, int head)
    {
        for (int k = start; k < head; k++)
        {
            if (tokens.IsWord(k) && tokens.Entry(k).English == 0 && !ContextWords.FacilityInner.Contains(tokens.Span(k)) && tokens[k].Length >= 4
                && !FacilityModifiers.IsGeneric(tokens.Span(k)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasCapitalisedProper(TextTokens tokens, PhiLexicon lexicon, int start, int head)
    {
        for (int k = start; k < head; k++)
        {
            if (tokens.IsWord(k) && WordShape.IsCapitalised(tokens.Span(k)) && (IsProper(tokens, k) || IsProperInCapitals(tokens.Span(k), lexicon)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A word that can name a place or an institution: not vocabulary, or a listed name or place.</summary>
    internal static bool IsProper(ReadOnlySpan<char> word, PhiLexicon lexicon) =>
        !IsRefusedAsProper(word, AsciiWordSet.Hash(word), out bool inner) && IsProperEntry(word, lexicon.Lookup(word), inner);

    /// <summary>As <see cref="IsProper(ReadOnlySpan{char}, PhiLexicon)"/> for word token <paramref name="k"/>, with its hash and cached entry.</summary>
    internal static bool IsProper(TextTokens tokens, int k) =>
        !IsRefusedAsProper(tokens.Span(k), tokens.Hash(k), out bool inner) && IsProperEntry(tokens.Span(k), tokens.Entry(k), inner);

    /// <summary>Vocabulary no proper word is: the lists (one lookup, bits below) and the specialty endings.</summary>
    private static bool IsRefusedAsProper(ReadOnlySpan<char> word, uint hash, out bool inner)
    {
        int flags = word.Length < 2 ? 0 : NotProperWords.Of(word, hash);
        inner = (flags & InnerWord) != 0;
        return word.Length < 2 || (flags & RefusedWords) != 0 || inner && !WordShape.IsCapitalised(word) || FacilityModifiers.HasSpecialtyEnding(word);
    }

    /// <summary>Looked up only after <see cref="IsRefusedAsProper"/>: most words before a facility head are vocabulary the lists already refuse.</summary>
    private static bool IsProperEntry(ReadOnlySpan<char> word, LexiconEntry entry, bool inner)
    {
        if (WordShape.IsTitleCase(word))
        {
            return entry.English <= 2 || entry.IsName() || entry.Place >= 1 || inner;
        }
        return entry.English <= 1 || ((entry.Place >= 1 || entry.IsName(2)) && entry.English <= 2);
    }

    /// <summary>
    /// The sets <see cref="IsProper(ReadOnlySpan{char}, PhiLexicon)"/> asked one by one (six lookups for every word before a
    /// facility head): not names, heads, departments, inner words, clinical acronyms, generic modifiers.
    /// </summary>
    private static readonly AsciiWordFlags NotProperWords = new(ContextWords.NotNames, ContextWords.FacilityHeads, ContextWords.Departments,
        ContextWords.ClinicalAcronyms, FacilityModifiers.Words, ContextWords.FacilityInner);

    private const int RefusedWords = 31, InnerWord = 32;

    /// <summary>After "from", "to", "in", "at" …: an institution acronym, a town, or (after a moving verb) a capitalised proper name.</summary>
    private static bool TryPlaceAfter(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int first, bool moved)
    {
        if (!tokens.IsWord(first))
        {
            return false;
        }
        int preposition = first - 1;
        // "no need to reintubate", "DECISION NOT TO EXTUBATE": "to" before a verb.
        if (!moved && tokens.WordIs(preposition, "to") && tokens.IsWord(preposition - 1) && InfinitiveCues.Contains(tokens.Span(preposition - 1)))
        {
            return false;
        }
        // "transferred from the Lowell General": skip one article.
        if (tokens.WordIs(first, "the") && tokens.IsWord(first + 1) && !tokens[first + 1].NewLineBefore)
        {
            first++;
        }
        var word = tokens.Span(first);
        // "Pennock Falls", "quarry point", "Mercy Vale": a word and a place noun.
        if (tokens.IsWord(first + 1) && !tokens[first + 1].NewLineBefore && tokens[first + 1].Start - tokens[first].End == 1
            && PlaceNouns.Contains(tokens.Span(first + 1)) && IsNamePart(tokens.Span(first), tokens.Entry(first))
            && (WordShape.IsCapitalised(word) == WordShape.IsCapitalised(tokens.Span(first + 1))))
        {
            sink.Add(PhiType.Location, tokens[first].Start, tokens[first + 1].End - tokens[first].Start, 0.7, "location-place-noun");
            return true;
        }
        // "in Port Abbott", "from Mount Caldwell", "near Lake Ossian": a town's prefix word and a capitalised proper word.
        if (TownPrefixes.Contains(word) && WordShape.IsTitleCase(word) && tokens.IsWord(first + 1) && !tokens[first + 1].NewLineBefore && tokens[first + 1].Start - tokens[first].End == 1
            && WordShape.IsTitleCase(tokens.Span(first + 1)) && !(tokens.IsWord(first + 2) && !tokens[first + 2].NewLineBefore && ContextWords.FacilityHeads.Contains(tokens.Span(first + 2))))
        {
            var name = tokens.Span(first + 1);
            var nameEntry = lexicon.Lookup(name);
            if (name.Length >= 3 && !ContextWords.NotNames.Contains(name) && !NameStopWords.Contains(name) && !IsClinicalWord(name) && !ContextWords.FacilityHeads.Contains(name)
                && (nameEntry.English <= 2 || nameEntry.IsName() || nameEntry.Place >= 1)
                && !PlaceContextRules.IsStateOrCountry(tokens.Text.AsSpan(tokens[first].Start, tokens[first + 1].End - tokens[first].Start)))
            {
                sink.Add(PhiType.Location, tokens[first].Start, tokens[first + 1].End - tokens[first].Start, 0.72, "location-town");
                return true;
            }
        }
        // "at St. Brigid's", "at st brigid's": a saint's name names a church or a hospital.
        if ((word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("saint", StringComparison.OrdinalIgnoreCase)))
        {
            int name = tokens.IsSymbol(first + 1, '.') && tokens.Touches(first + 1) ? first + 2 : first + 1;
            // "at saint casimir" in a transcript: a listed given name after "saint".
            bool spokenSaint = tokens.IsWord(name) && WordShape.IsLowerCase(tokens.Span(name)) && tokens.Span(name).Length >= 4
                && (tokens.Entry(name).Given >= 1 || tokens.Entry(name).English == 0)
                && !ContextWords.NotNames.Contains(tokens.Span(name)) && IsLowerCaseLine(tokens, name);
            if (tokens.IsWord(name) && !tokens[name].NewLineBefore && (WordShape.IsCapitalised(tokens.Span(name)) || tokens.Span(name).EndsWith("'s", StringComparison.Ordinal) || spokenSaint))
            {
                int end = name;
                // "St. Anselm's of the Harbor": "of" [the] and capitalised words go on with the name.
                int of = end + 1;
                if (tokens.WordIs(of, "of") && !tokens[of].NewLineBefore)
                {
                    int k = tokens.WordIs(of + 1, "the") ? of + 2 : of + 1;
                    for (int n = k; n < k + 3 && tokens.IsWord(n) && !tokens[n].NewLineBefore && WordShape.IsTitleCase(tokens.Span(n)) && !ContextWords.NotNames.Contains(tokens.Span(n)); n++)
                    {
                        end = n;
                    }
                }
                sink.Add(PhiType.Location, tokens[first].Start, tokens[end].End - tokens[first].Start, 0.72, "location-saint");
                PlaceAcronyms.TryDefinedAfter(sink, tokens, first, end);
                return true;
            }
        }
        // Multi-word towns first ("new bedford", "east boston", "fall river"): the longest listed one.
        for (int words = 3; words >= 2 && PlacePhraseStarts.MayStart(word); words--)
        {
            int last = first + words - 1;
            if (last >= tokens.Count || !SameLineWords(tokens, first, last))
            {
                continue;
            }
            var phrase = tokens.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
            if (phrase.Contains("  ", StringComparison.Ordinal))
            {
                continue;
            }
            var entry = lexicon.Lookup(phrase);
            if (entry.Place >= 1 && (WordShape.IsCapitalised(word) || entry.Place >= 2))
            {
                // States are no identifiers under Safe Harbor ("from North Carolina").
                if (PlaceContextRules.IsStateOrCountry(phrase))
                {
                    return false;
                }
                sink.Add(PhiType.Location, tokens[first].Start, phrase.Length, 0.75, "location-town");
                return true;
            }
        }
        if (ContextWords.NotNames.Contains(word, tokens.Hash(first)) || NameStopWords.Contains(word) || ContextWords.FacilityHeads.Contains(word, tokens.Hash(first))
            || PlaceContextRules.IsPersonAfter(tokens, first) || PlaceContextRules.IsStateOrCountry(word))
        {
            return false;
        }
        bool acronymCue = moved || word.Length >= 3 && (tokens.WordIs(first - 1, "at") || tokens.WordIs(first - 1, "from"));
        if (word.Length is >= 2 and <= 6 && WordShape.IsAllCaps(word) && acronymCue && !ContextWords.ClinicalAcronyms.Contains(word)
            && !ContextWords.NotNames.Contains(word, tokens.Hash(first)) && tokens.Entry(first).English <= 1
            && !IsStateAbbreviation(word) && IsLettersOnly(word))
        {
            sink.Add(PhiType.Location, tokens[first].Start, tokens[first].Length, 0.72, "location-acronym");
            return true;
        }
        var single = tokens.Entry(first);
        bool capitalised = WordShape.IsCapitalised(word);
        // "LIVES ALONE IN TISDALE": in capitals after a word in capitals, a word has a proper noun's shape.
        bool titleShape = WordShape.IsTitleCase(word) || word.Length >= 4 && WordShape.IsAllCaps(word) && tokens.IsWord(preposition) && WordShape.IsAllCaps(tokens.Span(preposition));
        bool fromOrIn = tokens.WordIs(preposition, "from") || tokens.WordIs(preposition, "in") || tokens.WordIs(preposition, "frm") || tokens.WordIs(preposition, "fr");
        bool town = single.Place >= 1 && word.Length >= 3
            && ((capitalised && (single.English <= 1 || (single.English <= 2 && single.Place >= 2)))
                || (single.English == 0 && (single.Place >= 2 || moved)));
        if (town && (moved || single.Place >= 2 || capitalised && single.English == 0))
        {
            int last = first;
            sink.Add(PhiType.Location, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.72, "location-town");
            return true;
        }
        // "pt from Tisdale", "home in Marlowe", "visiting from Limerick": after an origin or residence cue, "from"/"in" and a
        // capitalised word that is a town or no common English word names a place even where it is a surname too; not a
        // common given name, not a person's name going on ("from Hollis Grant"), not clinical vocabulary.
        if (moved && fromOrIn && titleShape && word.Length >= 4 && (single.Place >= 2 || single.English <= 1) && single.Given <= 2
            && !IsClinicalWord(word) && !(tokens.IsWord(first + 1) && !tokens[first + 1].NewLineBefore && WordShape.IsCapitalised(tokens.Span(first + 1)) && !WordShape.IsAllCaps(tokens.Span(first + 1)))
            && !IsFacilityHeadAfter(tokens, first))
        {
            sink.Add(PhiType.Location, tokens[first].Start, tokens[first].Length, 0.7, "location-after-move");
            return true;
        }
        // "due to LPDs", "placed in Endocatch", "in daycare": a plural acronym, a container after a placing verb, a care setting.
        if (IsPluralAcronym(word) || IsAfterPlacingVerb(tokens, preposition) || CareSettings.Contains(word))
        {
            return false;
        }
        // "in Marlowe", "near Stallworth": a capitalised word that no English list knows and that is not a common name.
        if (!moved && titleShape && single.English == 0 && word.Length >= 4 && !single.IsName(3) && single.Given <= 1
            && !ContextWords.ClinicalAcronyms.Contains(word) && !tokens[first].NewLineBefore && !IsClinicalWord(word))
        {
            sink.Add(PhiType.Location, tokens[first].Start, tokens[first].Length, 0.62, "location-proper");
            return true;
        }
        // Speech-to-text ("had surgery at fenwick", "the corner drug in tisdale"): in an all-lower-case line a word that is
        // neither English nor a common given name, after "in"/"at"/"from", names a place.
        // Not after "of the" ("one of the hospitalists"): a part of a group, not where ("out of dulles" is).
        if (!moved && WordShape.IsLowerCase(word) && single.English == 0 && single.Given <= 1 && word.Length >= 4 && !(tokens.WordIs(preposition, "of") && tokens.WordIs(first - 1, "the")) && IsLowerCaseLine(tokens, first)
            && !ContextWords.ClinicalAcronyms.Contains(word) && SpokenNumbers.Value(word) < 0 && !ContextWords.LooksMedical(word) && word.Length >= 5
            && !tokens.WordIs(first + 1, "dot"))
        {
            sink.Add(PhiType.Location, tokens[first].Start, tokens[first].Length, 0.6, "location-lower-case");
            return true;
        }
        // "lives in tisdale", "over in brockmoor": after a moving verb even a lower-case word no list knows.
        if (moved && WordShape.IsLowerCase(word) && word.Length >= 4 && (!single.IsKnown || fromOrIn && single.English == 0 && single.Given <= 1)
            && !IsClinicalWord(word) && !IsFacilityHeadAfter(tokens, first))
        {
            sink.Add(PhiType.Location, tokens[first].Start, tokens[first].Length, 0.62, "location-after-move");
            return true;
        }
        // "transferred from Baystate": a capitalised word no list knows as English, after a moving verb.
        if (moved && WordShape.IsTitleCase(word) && single.English == 0 && word.Length >= 4 && !single.IsName(2))
        {
            int last = first;
            while (tokens.IsWord(last + 1) && !tokens[last + 1].NewLineBefore && WordShape.IsTitleCase(tokens.Span(last + 1))
                && tokens.Entry(last + 1).English == 0 && !ContextWords.NotNames.Contains(tokens.Span(last + 1)) && last - first < 2)
            {
                last++;
            }
            if (PlaceContextRules.IsStateOrCountry(tokens.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start)))
            {
                return false;
            }
            sink.Add(PhiType.Location, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.65, "location-after-move");
            return true;
        }
        return false;
    }

    /// <summary>"LPDs", "PVCs", "GPDs": capitals and a plural s, an acronym's plural.</summary>
    private static bool IsPluralAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word[^1] != 's')
        {
            return false;
        }
        foreach (char c in word[..^1])
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"placed in Endocatch", "stored in Cidex": "in"/"into" after a verb of placing names a container, not a place.</summary>
    private static bool IsAfterPlacingVerb(TextTokens tokens, int preposition) =>
        (tokens.WordIs(preposition, "in") || tokens.WordIs(preposition, "into")) && tokens.IsWord(preposition - 1) && PlacingVerbs.Contains(tokens.Span(preposition - 1));

    private static readonly AsciiWordSet PlacingVerbs = new(
    [
        "placed", "put", "inserted", "stored", "packed", "wrapped", "collected", "kept", "mixed", "dissolved", "diluted", "soaked",
        "fixed", "embedded", "submitted", "bagged", "immersed", "suspended", "sealed", "loaded", "drawn", "dispensed", "supplied",
        "received", "packaged", "labeled", "labelled", "secured", "positioned", "wrapped", "dressed", "applied",
    ]);

    /// <summary>Care and school settings of daily life the English lists miss ("in daycare", "at preschool"): no place's name.</summary>
    private static readonly AsciiWordSet CareSettings = new(
    [
        "daycare", "preschool", "prek", "pre-k", "kindergarten", "childcare", "homeschool", "headstart", "playgroup", "aftercare",
        "afterschool", "eldercare", "homecare", "telehealth", "telemedicine", "teletherapy", "dayhab", "respite", "rehab", "detox",
    ]);

    /// <summary>"from cath lab", "to echo lab": a word before a facility head names a department there, not a town.</summary>
    internal static bool IsFacilityHeadAfter(TextTokens tokens, int index) =>
        tokens.IsWord(index + 1) && !tokens[index + 1].NewLineBefore && ContextWords.FacilityHeads.Contains(tokens.Span(index + 1));

    /// <summary>"to Carrick 9", "on tremont 6", "from Farnum 7": a ward named by a word and a floor number.</summary>
    /// <remarks>
    /// The floor is a number up to 20 or a number word ("on carrick nine"); in capitals only after a word in capitals
    /// ("CALLED OUT TO HALSEY 4"). After "on" (<paramref name="strict"/>) the word must be a listed surname, given name or
    /// place at the common level and no English word, and no dose word may follow: "on levo 4", "on PEEP 5" are therapy.
    /// </remarks>
    internal static bool TryUnitName(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int first, bool strict)
    {
        if (!tokens.IsWord(first) || first + 1 >= tokens.Count || tokens[first + 1].NewLineBefore || tokens.Touches(first + 1))
        {
            return false;
        }
        int floor = tokens.IsNumber(first + 1) && tokens[first + 1].Length <= 2 ? int.Parse(tokens.Span(first + 1))
            : tokens.IsWord(first + 1) ? SpokenNumbers.Value(tokens.Span(first + 1)) : -1;
        if (floor is < 1 or > 20)
        {
            return false;
        }
        var word = tokens.Span(first);
        var entry = lexicon.Lookup(word);
        bool capsLine = WordShape.IsAllCaps(word) && tokens.IsWord(first - 1) && WordShape.IsAllCaps(tokens.Span(first - 1));
        if (word.Length < 4 || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || ContextWords.ClinicalAcronyms.Contains(word)
            || WordShape.IsAllCaps(word) && !capsLine || entry.English >= 2 || !(entry.Surname >= 1 || entry.Place >= 1 || entry.Given >= 1)
            || IsClinicalWord(word))
        {
            return false;
        }
        if (strict && (entry.English > 0 || word.Length < 5 || !(entry.Surname >= 2 || entry.Given >= 2 || entry.Place >= 2 && entry.IsName())))
        {
            return false;
        }
        int after = first + 2;
        // "on Levophed 5 mcg", "at Lisinopril 10": a dose, not a ward.
        if (after < tokens.Count && (tokens.Touches(after) && !(tokens.IsSymbol(after, ',') || tokens.IsSymbol(after, '.') || tokens.IsSymbol(after, ';') || tokens.IsSymbol(after, ')'))
            || tokens.IsWord(after) && !tokens[after].NewLineBefore
            && (ContextWords.FractionUnits.Contains(tokens.Span(after)) || ContextWords.ClinicalAcronyms.Contains(tokens.Span(after)) || tokens.WordIs(after, "q") || tokens.WordIs(after, "x"))))
        {
            return false;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[first + 1].End - tokens[first].Start, 0.7, "location-ward");
        return true;
    }

    /// <summary>"gorse street", "41 orchard hill road", "eighty eight ferris lane", "Route 9" in any case.</summary>
    /// <returns>The first token of the street found (its number or name), or -1.</returns>
    private static int TryStreet(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int suffix)
    {
        var suffixWord = tokens.Span(suffix);
        // "on rt 9", "off Rt. 28": "rt" is "right" too, so a road only after a road's preposition.
        if (suffixWord.Equals("rt", StringComparison.OrdinalIgnoreCase))
        {
            int number = tokens.IsSymbol(suffix + 1, '.') ? suffix + 2 : suffix + 1;
            if (!(tokens.WordIs(suffix - 1, "on") || tokens.WordIs(suffix - 1, "off") || tokens.WordIs(suffix - 1, "onto") || tokens.WordIs(suffix - 1, "along")
                || tokens.WordIs(suffix - 1, "down") || tokens.WordIs(suffix - 1, "via")) || !tokens.IsNumber(number) || tokens[number].NewLineBefore || tokens[number].Length > 3
                || tokens.Touches(number + 1) && !tokens.IsSymbol(number + 1, ',') && !tokens.IsSymbol(number + 1, '.')
                || tokens.IsWord(number + 1) && !tokens[number + 1].NewLineBefore && ContextWords.FractionUnits.Contains(tokens.Span(number + 1)))
            {
                return -1;
            }
            sink.Add(PhiType.Location, tokens[suffix].Start, tokens[number].End - tokens[suffix].Start, 0.72, "location-street");
            return suffix;
        }
        // "Route 9", "route nine", "highway 12", "HWY 1": a numbered road, in any case, the number in digits or words.
        if (NumberedRoads.Contains(suffixWord))
        {
            int last = suffix;
            if (tokens.IsNumber(suffix + 1) && !tokens[suffix + 1].NewLineBefore && tokens[suffix + 1].Length <= 3)
            {
                last = suffix + 1;
            }
            else
            {
                for (int k = suffix + 1; k <= suffix + 3 && tokens.IsWord(k) && !tokens[k].NewLineBefore && SpokenNumbers.Value(tokens.Span(k)) > 0; k++)
                {
                    last = k;
                }
            }
            // Not "route 2/2", "route 1 mg": a fraction or a dose.
            // "on Route 9." ends a sentence; "route 1.5" is a decimal.
            bool ends = !tokens.Touches(last + 1) || (tokens.IsSymbol(last + 1, '.') || tokens.IsSymbol(last + 1, ',') || tokens.IsSymbol(last + 1, ';')) && !tokens.Touches(last + 2);
            if (last > suffix && ends && !(tokens.IsWord(last + 1) && !tokens[last + 1].NewLineBefore && ContextWords.FractionUnits.Contains(tokens.Span(last + 1))))
            {
                sink.Add(PhiType.Location, tokens[suffix].Start, tokens[last].End - tokens[suffix].Start, 0.75, "location-street");
                return suffix;
            }
            if (!suffixWord.Equals("highway", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }
        bool weakSuffix = suffixWord.Length <= 3 || WeakStreetSuffixes.Contains(suffixWord);
        int start = suffix;
        int names = 0;
        for (int k = suffix - 1; k >= 0 && suffix - k <= 3 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (!tokens.IsWord(k))
            {
                break;
            }
            var word = tokens.Span(k);
            // "fifty two old mill road", "three oh five east sage lane": an age or a compass word inside the name.
            bool modifier = StreetNameModifiers.Contains(word) && k < suffix - 1;
            if (!modifier && (StreetStops.Contains(word) || ContextWords.NotNames.Contains(word) && !WordShape.IsCapitalised(word)) || SpokenNumbers.Value(word) >= 0 || word.Length < 1
                || word.Length < 2 && !modifier || suffixWord.Equals("run", StringComparison.OrdinalIgnoreCase) && (ContextWords.FractionUnits.Contains(word) || RunNotStreet.Contains(word)))
            {
                break;
            }
            start = k;
            names++;
        }
        if (names == 0)
        {
            return -1;
        }
        // "4400 block of W. Saguaro Ranch Rd": police and examiners place a scene by the block, its compass initial before the name.
        int block = BlockStart(tokens, start);
        if (block >= 0)
        {
            sink.Add(PhiType.Location, tokens[block].Start, tokens[suffix].End - tokens[block].Start, 0.75, "location-street");
            return block;
        }
        // A house number before the name: digits or spoken ("eighty eight").
        int numberStart = start;
        if (tokens.IsNumber(start - 1) && !tokens[start].NewLineBefore && tokens[start - 1].Length <= 6)
        {
            numberStart = start - 1;
        }
        else
        {
            for (int k = start - 1; k >= 0 && start - k <= 4 && tokens.IsWord(k) && SpokenNumbers.Value(tokens.Span(k)) >= 0 && !tokens[k + 1].NewLineBefore; k--)
            {
                numberStart = k;
            }
        }
        bool numbered = numberStart < start;
        bool capitalised = WordShape.IsCapitalised(tokens.Span(start));
        // "next to the church on lincoln way": after "on"/"off", a common street word follows a name or a town's name.
        bool namedWeak = weakSuffix && WeakStreetSuffixes.Contains(suffixWord) && (tokens.WordIs(start - 1, "on") || tokens.WordIs(start - 1, "off")) && IsStreetName(tokens, lexicon, start, suffix);
        // "found down on Cutler St outside …", "staying on Sycamore Ave.": a capitalised name and an abbreviated suffix in title case
        // after a street's preposition (not "St. John", a surname after "St").
        bool abbreviated = !numbered && suffixWord.Length is 2 or 3 or 4 && WordShape.IsTitleCase(suffixWord) && capitalised && tokens.IsWord(start - 1)
            && StreetPrepositions.Contains(tokens.Span(start - 1)) && !ContextWords.NotNames.Contains(tokens.Span(NameAfterModifiers(tokens, start, suffix))) && !NameStopWords.Contains(tokens.Span(NameAfterModifiers(tokens, start, suffix)))
            && !(tokens.IsWord(tokens.IsSymbol(suffix + 1, '.') ? suffix + 2 : suffix + 1) && WordShape.IsCapitalised(tokens.Span(tokens.IsSymbol(suffix + 1, '.') ? suffix + 2 : suffix + 1))
                && !tokens[tokens.IsSymbol(suffix + 1, '.') ? suffix + 2 : suffix + 1].NewLineBefore && suffixWord.Equals("St", StringComparison.Ordinal)
                // "on Garber St. Offered …": a sentence going on after the street, not a saint's name after "St.".
                && !(tokens.IsSymbol(suffix + 1, '.') && IsSentenceWord(tokens.Span(suffix + 2), lexicon)));
        if (!numbered && !namedWeak && !abbreviated && (weakSuffix || !(capitalised || names >= 1 && tokens.IsWord(start - 1) && StreetPrepositions.Contains(tokens.Span(start - 1)))))
        {
            return -1;
        }
        // The street-address pattern owns "41 Orchard Hill Road" (its suffixes in title case); "14 WINSLOW TERRACE" is ours.
        if (numbered && capitalised && !WordShape.IsLowerCase(tokens.Span(suffix)) && !(WordShape.IsAllCaps(tokens.Span(suffix)) && tokens.Span(suffix).Length > 1))
        {
            return -1;
        }
        int addressEnd = suffix;
        // "… sage lane unit twelve", "… Rd apt 4": the apartment belongs to the address.
        if (tokens.IsWord(suffix + 1) && !tokens[suffix + 1].NewLineBefore && UnitWords.Contains(tokens.Span(suffix + 1)))
        {
            int n = suffix + 2;
            if (tokens.IsNumber(n) && !tokens[n].NewLineBefore && tokens[n].Length <= 5)
            {
                addressEnd = n;
            }
            else
            {
                for (int k = n; k < n + 3 && tokens.IsWord(k) && !tokens[k].NewLineBefore && SpokenNumbers.Value(tokens.Span(k)) >= 0; k++)
                {
                    addressEnd = k;
                }
            }
        }
        sink.Add(PhiType.Location, tokens[numberStart].Start, tokens[addressEnd].End - tokens[numberStart].Start, 0.75, "location-street");
        if (numbered)
        {
            TryTownBeforeSpokenZip(sink, tokens, lexicon, addressEnd + 1);
        }
        return numberStart;
    }

    /// <summary>
    /// Before a street's name at <paramref name="start"/>: "4400 block of" and perhaps a compass initial ("W.", "E"); the index of
    /// the block's number, or −1.
    /// </summary>
    private static int BlockStart(TextTokens tokens, int start)
    {
        int k = start - 1;
        if (tokens.IsSymbol(k, '.') && tokens.Touches(k))
        {
            k--;
        }
        if (tokens.IsWord(k) && tokens.Span(k).Length == 1 && "NSEW".Contains(tokens.Span(k)[0]))
        {
            k--;
        }
        else if (k != start - 1)
        {
            return -1;
        }
        if (!tokens.WordIs(k, "of") || !tokens.WordIs(k - 1, "block") || !tokens.IsNumber(k - 2) || tokens[k - 2].Length is < 2 or > 6 || tokens[k].NewLineBefore || tokens[k - 1].NewLineBefore)
        {
            return -1;
        }
        return k - 2;
    }

    /// <summary>"Old Forge Rd", "North Elm St": the street's own name after its age or compass words (the last word before the suffix at most).</summary>
    private static int NameAfterModifiers(TextTokens tokens, int start, int suffix)
    {
        int k = start;
        while (k < suffix - 1 && WordShape.IsCapitalised(tokens.Span(k)) && StreetNameModifiers.Contains(tokens.Span(k)))
        {
            k++;
        }
        return k;
    }

    /// <summary>A word that goes on a sentence ("Offered", "Denies"): an English word and no listed name.</summary>
    private static bool IsSentenceWord(ReadOnlySpan<char> word, PhiLexicon lexicon)
    {
        var entry = lexicon.Lookup(word);
        return entry.English != 0 && !entry.IsName();
    }

    /// <summary>"fifty two old mill road hastings six eight nine oh one": after a street, a word and a spoken five-digit ZIP name the town.</summary>
    private static void TryTownBeforeSpokenZip(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int town)
    {
        if (!tokens.IsWord(town) || tokens[town].NewLineBefore)
        {
            return;
        }
        var word = tokens.Span(town);
        if (word.Length < 3 || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || SpokenNumbers.Value(word) >= 0 || IsClinicalWord(word)
            || PlaceContextRules.IsStateOrCountry(word) || IsStateAbbreviation(word) && word.Length == 2)
        {
            return;
        }
        int digits = 0;
        for (int k = town + 1; k < town + 8 && tokens.IsWord(k) && !tokens[k].NewLineBefore && SpokenNumbers.Value(tokens.Span(k)) is >= 0 and <= 9; k++)
        {
            digits++;
        }
        bool zip = digits >= 5 || tokens.IsNumber(town + 1) && tokens[town + 1].Length == 5 && !tokens[town + 1].NewLineBefore;
        if (zip)
        {
            sink.Add(PhiType.Location, tokens[town].Start, tokens[town].Length, 0.72, "location-town");
        }
    }

    private static readonly AsciiWordSet UnitWords = new(["unit", "apt", "apartment", "suite", "ste", "lot", "trailer"]);

    /// <summary>Words inside a street's name that are common words too ("Old Mill Road", "East Sage Lane").</summary>
    private static readonly AsciiWordSet StreetNameModifiers = new(
        ["old", "new", "east", "west", "north", "south", "upper", "lower", "little", "big", "n", "s", "e", "w", "ne", "nw", "se", "sw", "mill", "church", "school", "spring"]);

    private static readonly AsciiWordSet OnlyNumberedSuffixes = new(["rt", "run", "bend"]);

    /// <summary>Words before "run" that make it a race, not a road ("a five mile run", "the morning run").</summary>
    private static readonly AsciiWordSet RunNotStreet = new(["beat", "beats", "complex", "complexes", "vt", "nsvt", "svt", "sinus", "mile", "miles", "k", "km", "minute", "minutes", "morning", "evening", "daily", "fun", "long", "short", "home", "dry", "test", "trial", "practice", "bull", "chicken"]);

    /// <summary>
    /// "his house on twelve quarry lane in tamsby", "14 Dale Rd in Wexley.": after a street found, "in" and one word that is
    /// a town or no common English word, ending the phrase, names the town.
    /// </summary>
    private static void TryTownInAfterStreet(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int suffix)
    {
        int town = suffix + 2;
        if (!tokens.WordIs(suffix + 1, "in") || !tokens.IsWord(town) || tokens[suffix + 1].NewLineBefore || tokens[town].NewLineBefore)
        {
            return;
        }
        var word = tokens.Span(town);
        var entry = lexicon.Lookup(word);
        if (word.Length < 4 || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || IsClinicalWord(word) || PlaceContextRules.IsStateOrCountry(word)
            || SpokenNumbers.Value(word) >= 0 || !(entry.English <= 1 || entry.Place >= 1 && entry.English <= 2) || WordShape.IsCapitalised(word) != WordShape.IsCapitalised(tokens.Span(suffix)))
        {
            return;
        }
        int after = town + 1;
        if (after < tokens.Count && !tokens[after].NewLineBefore && tokens.IsWord(after) && !NameStopWords.Contains(tokens.Span(after)) && !ContextWords.NotNames.Contains(tokens.Span(after)))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[town].Start, tokens[town].Length, 0.72, "location-town");
    }

    /// <summary>Every word from <paramref name="start"/> to the suffix is a listed name or place and no common clinical word.</summary>
    private static bool IsStreetName(TextTokens tokens, PhiLexicon lexicon, int start, int suffix)
    {
        for (int k = start; k < suffix; k++)
        {
            var word = tokens.Span(k);
            var entry = lexicon.Lookup(word);
            if (word.Length < 3 || !(entry.IsName(2) || entry.Place >= 2) || NameStopWords.Contains(word) || IsClinicalWord(word) || ContextWords.Relations.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"88 Ferris Lane, Ashby,": the capitalised words after a street and a comma name the town.</summary>
    private static void TryTownAfterStreet(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int suffix)
    {
        int first = suffix + 1;
        if (tokens.IsSymbol(first, '.') && tokens.Touches(first))
        {
            first++;
        }
        // "14 WINSLOW TERRACE, MARLOWE,": in capitals after a street in capitals.
        bool caps = WordShape.IsAllCaps(tokens.Span(suffix)) && tokens.Span(suffix).Length > 2;
        if (!tokens.IsSymbol(first, ',') || !tokens.IsWord(first + 1) || tokens[first + 1].NewLineBefore
            || !(WordShape.IsTitleCase(tokens.Span(first + 1)) || caps && WordShape.IsAllCaps(tokens.Span(first + 1)) && tokens.Span(first + 1).Length >= 3))
        {
            return;
        }
        int last = first + 1;
        while (tokens.IsWord(last + 1) && !tokens[last + 1].NewLineBefore && (caps ? WordShape.IsAllCaps(tokens.Span(last + 1)) && PlacePhraseStarts.MayStart(tokens.Span(last)) : WordShape.IsTitleCase(tokens.Span(last + 1))) && last - first < 3)
        {
            last++;
        }
        if (ContextWords.NotNames.Contains(tokens.Span(first + 1)) || NameStopWords.Contains(tokens.Span(first + 1))
            || caps && (IsStateAbbreviation(tokens.Span(first + 1)) || PlaceContextRules.IsStateName(tokens.Span(first + 1))))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[first + 1].Start, tokens[last].End - tokens[first + 1].Start, 0.75, "location-town");
    }

    /// <summary>Descriptors of a facility's kind that stand between its name and its head ("Sablewood Specialty Hospital").</summary>
    private static readonly AsciiWordSet KindDescriptors = new(["specialty", "regional", "community", "reference", "referral", "teaching", "university", "district", "area"]);

    /// <summary>Words before "to" that make it an infinitive's ("need to", "not to", "able to", "decided to").</summary>
    private static readonly AsciiWordSet InfinitiveCues = new(
    [
        "need", "needs", "needed", "not", "able", "unable", "want", "wants", "wanted", "plan", "plans", "planned", "planning", "going",
        "try", "tries", "trying", "tried", "has", "have", "had", "decided", "decide", "decision", "agreed", "agree", "refused", "refuses",
        "declined", "declines", "ok", "okay", "likely", "unlikely", "started", "start", "starting", "begin", "began", "continue",
        "continues", "hard", "easy", "how", "ready", "asked", "told", "order", "ordered", "used", "supposed", "wish", "wishes", "like",
        "prefer", "prefers", "allowed", "attempt", "attempted", "attempts", "chose", "choose", "elected", "opted", "failed", "fails",
        "would", "expected", "expects", "reluctant", "willing", "unwilling", "hesitant", "afraid", "safe", "unsafe", "time",
    ]);

    /// <summary>Heads of firms and companies, whose names never run over "of".</summary>
    private static readonly AsciiWordSet FirmHeads = new(["llp", "llc", "pllc", "ltd", "inc", "corp", "company", "co", "group", "associates", "partners"]);

    /// <summary>Suffixes that only name a road (not "St." a saint, "CT" a scan, "Place" or "Court" a building).</summary>
    private static readonly AsciiWordSet RoadSuffixes = new(["road", "rd", "street", "lane", "ln", "avenue", "ave", "boulevard", "blvd", "parkway", "pkwy", "pike", "highway", "hwy"]);

    private static readonly AsciiWordSet StreetSuffixes = new(
    [
        "street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "way", "court", "ct", "boulevard", "blvd", "place", "terrace",
        "circle", "highway", "hwy", "parkway", "pkwy", "route", "rte", "square", "trail", "row", "loop", "pike", "turnpike", "crescent",
        "alley", "ter", "terr", "cir", "sq", "trl", "interstate", "rt", "run", "bend",
    ]);

    /// <summary>Street words that are common nouns too ("the wrong way", "in a row", "town square"): a street only with a house number.</summary>
    private static readonly AsciiWordSet WeakStreetSuffixes = new(["way", "place", "court", "circle", "square", "trail", "row", "loop", "pike", "crescent", "alley", "run", "bend"]);

    /// <summary>Roads named by a number after the word: "Route 9", "highway twelve", "I-", "interstate 91".</summary>
    private static readonly AsciiWordSet NumberedRoads = new(["route", "rte", "highway", "hwy", "interstate"]);

    private static readonly AsciiWordSet StreetStops = new(
        ["the", "a", "an", "this", "that", "my", "your", "his", "her", "our", "their", "same", "next", "other", "down", "up", "across", "cross",
         "one", "busy", "wrong", "right", "left", "side", "dead", "end", "on", "in", "at", "to", "from", "of", "off", "by", "near", "way",
         "long", "whole", "rest", "no", "any", "and", "or", "back", "main's", "home", "halfway", "under", "over", "crossing", "crossed"]);

    private static readonly AsciiWordSet StreetPrepositions = new(["on", "at", "off", "to", "from", "near", "in"]);

    /// <summary>First words of town names before a proper word ("Port Abbott", "Mount Caldwell", "Lake Ossian", "Glen Arden").</summary>
    private static readonly AsciiWordSet TownPrefixes = new(["port", "mount", "lake", "glen", "cape", "point", "fort", "east", "west", "north", "south", "new", "upper", "lower", "little", "grand", "bay"]);

    private static readonly AsciiWordSet PlaceNouns = new(
    [
        "hill", "hills", "vale", "point", "park", "falls", "springs", "heights", "ridge", "grove", "harbor", "harbour", "bay", "lake",
        "valley", "brook", "creek", "woods", "field", "fields", "mills", "landing", "crossing", "village", "beach",
        "island", "shores", "meadows", "glen", "hollow", "bluff", "bluffs", "pines", "oaks", "cove", "haven", "port", "ford",
    ]);

    /// <summary>The first word of a place name: not vocabulary of the note, and not a function word.</summary>
    private static bool IsNamePart(ReadOnlySpan<char> word, LexiconEntry entry) =>
        word.Length >= 3 && !ContextWords.NotNames.Contains(word) && !NameStopWords.Contains(word) && !ContextWords.ClinicalAcronyms.Contains(word)
        && !ContextWords.Departments.Contains(word) && (entry.English <= 2 || entry.IsName() || entry.Place >= 1 || WordShape.IsCapitalised(word));

    /// <summary>The line holding token <paramref name="index"/> has no capital letter (speech-to-text output).</summary>
    internal static bool IsLowerCaseLine(TextTokens tokens, int index)
    {
        string text = tokens.Text;
        int start = text.LastIndexOf('\n', Math.Max(0, tokens[index].Start - 1)) + 1;
        int end = text.IndexOf('\n', tokens[index].Start);
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        return line.Length >= 20 && !line.ContainsAnyInRange('A', 'Z');
    }

    private static bool SameLineWords(TextTokens tokens, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (!tokens.IsWord(k) || (k > first && (tokens[k].NewLineBefore || !tokens[k].SpaceBefore)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsLettersOnly(ReadOnlySpan<char> word)
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

    private static readonly AsciiWordSet PlacePrepositions = new(["from", "to", "in", "at", "into", "near", "of", "frm", "fr", "outside"]);

    /// <summary>The cues of <see cref="OrganisationNames.TryLowerCaseAfterCue"/> and "this" of a phone greeting.</summary>
    private static readonly AsciiWordSet OrganisationCueWords = new([.. OrganisationNames.Cues.Words, "this"]);

    /// <summary>The three sets <see cref="Collect"/> asks about every word, asked in one lookup (bits below).</summary>
    internal static readonly AsciiWordFlags CueWords = new(ContextWords.FacilityHeads, PlacePrepositions, StreetSuffixes, PlaceContextRules.Cues, OrganisationHeads.Heads, OrganisationCueWords);


    /// <summary>
    /// Most words share no first two letters and length with any cue word: passed over before <see cref="CueWords"/> hashes them.
    /// The same words as CueWords' own filter, in a table of its own: sharing CueWords' table measured 10–15 % slower in this
    /// group (three interleaved pairs), so the 702 bytes are kept twice.
    /// </summary>
    internal static readonly AsciiWordStartFilter CueStarts = new([.. ContextWords.FacilityHeads.Words, .. PlacePrepositions.Words, .. StreetSuffixes.Words, .. PlaceContextRules.Cues.Words,
        .. OrganisationHeads.Heads.Words, .. OrganisationCueWords.Words]);

    private const int FacilityHeadCue = 1, PrepositionCue = 2, StreetSuffixCue = 4, OtherCue = 8, OrganisationHeadCue = 16, OrganisationCue = 32;

    /// <summary>Verbs of a relative's travel ("flies in from", "drove up from", "is coming down from").</summary>
    private static readonly AsciiWordSet TravelVerbs = new(
        ["flies", "flew", "flying", "fly", "flown", "drove", "drives", "driving", "drive", "coming", "comes", "come", "came", "traveling", "travelling", "travels", "arriving", "arrives", "arrived"]);

    /// <summary>Clinical shorthand for a transfer ("plan tx to", "xfr to", "trf to").</summary>
    private static readonly AsciiWordSet TransferAbbreviations = new(["tx", "xfr", "trf", "trans", "transferring", "transfers", "txf"]);

    /// <summary>A moving or living verb just before the preposition ("transferred from", "d/c to", "lives in", "resident of").</summary>
    private static bool IsAfterMoveVerb(TextTokens tokens, int preposition)
    {
        int j = preposition - 1;
        // "here from Ohio", "in town from", "up from": a visitor's origin.
        if (tokens.WordIs(preposition, "from") && (tokens.WordIs(j, "here") || tokens.WordIs(j, "up") || tokens.WordIs(j, "down") || tokens.WordIs(j, "town") || tokens.WordIs(j, "originally")))
        {
            return true;
        }
        // "flies in from Anchorage", "drove up from": a travel verb and its particle.
        if (tokens.WordIs(preposition, "from") && (tokens.WordIs(j, "in") || tokens.WordIs(j, "up") || tokens.WordIs(j, "down") || tokens.WordIs(j, "over")) && tokens.IsWord(j - 1) && TravelVerbs.Contains(tokens.Span(j - 1)))
        {
            return true;
        }
        if (tokens.WordIs(j, "back") || tokens.WordIs(j, "here") || tokens.WordIs(j, "over") || tokens.WordIs(j, "out") || tokens.WordIs(j, "alone")
            || tokens.WordIs(j, "still") || tokens.WordIs(j, "now") || tokens.WordIs(j, "currently"))
        {
            j--;
        }
        if (tokens.IsWord(j) && (ContextWords.MoveVerbs.Contains(tokens.Span(j)) || TransferAbbreviations.Contains(tokens.Span(j))))
        {
            return true;
        }
        // "d/c to", "s/p transfer from", "pt from".
        return tokens.WordIs(j, "c") && tokens.IsSymbol(j - 1, '/') && tokens.WordIs(j - 2, "d")
            || tokens.WordIs(j, "pt") || tokens.WordIs(j, "patient") || tokens.WordIs(j, "native") || tokens.WordIs(j, "home");
    }

    private static readonly AsciiWordSet StateAbbreviations = new(
    [
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md",
        "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc",
        "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "pr", "usa",
    ]);

    internal static bool IsStateAbbreviation(ReadOnlySpan<char> word) => StateAbbreviations.Contains(word);

    internal static bool IsStreetSuffix(ReadOnlySpan<char> word) => StreetSuffixes.Contains(word);
}
