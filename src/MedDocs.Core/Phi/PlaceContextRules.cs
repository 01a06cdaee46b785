namespace MedDocs.Core.Phi;

/// <summary>
/// Places known by what stands next to them, for <see cref="PlaceRules"/>: the town after a facility and a comma
/// ("Larkfield Rehab, Marlowe"), a business or residence before a found town or street ("the elks lodge in stallworth",
/// "harbor market on water street"), a ward after "on" ("on carrick nine"), a saint's possessive ("saint brigid's"), a town
/// before "police" ("the fairview police") and the value of a location label ("LOC: BRAMLEY OUTPT"). And the one test
/// that keeps a person from being read as a place: a credential after the word ("to Lamar, RN", "to Ossie Brandt RN").
/// </summary>
internal static class PlaceContextRules
{
    /// <summary>The cue words of <see cref="TryOther"/> (one bit of <see cref="PlaceRules.CueWords"/>).</summary>
    internal static readonly AsciiWordSet Cues = new(
    [
        "on", "onto", "saint", "st", "police", "sheriff", "sheriff's", "loc", "location", "ward", "unit", "cleared", "accepted", "fort", "ft", "ems", "county", "parish", "pd",
        // Emergency departments after a hospital's acronym (PlaceAcronyms.TryBeforeEmergency).
        "ed", "er",
        // Unit heads of WardNames.TryNamedUnit ("Heron Unit", "Bramble MICU").
        .. WardNames.UnitHeadWords,
    ]);

    /// <summary>Dispatches a cue word of <see cref="Cues"/> at token <paramref name="cue"/>.</summary>
    public static void TryOther(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int cue)
    {
        var word = tokens.Span(cue);
        if (word.Equals("cleared", StringComparison.OrdinalIgnoreCase) || word.Equals("accepted", StringComparison.OrdinalIgnoreCase))
        {
            // "cleared for Dunstan 7", "accepted to Wren 2": only a ward stands there before a floor number.
            if ((tokens.WordIs(cue + 1, "for") || tokens.WordIs(cue + 1, "to")) && cue + 2 < tokens.Count && !tokens[cue + 2].NewLineBefore)
            {
                WardNames.TryWardAt(sink, tokens, lexicon, cue + 2);
            }
            return;
        }
        if (WardNames.IsUnitHead(word) && !word.Equals("unit", StringComparison.OrdinalIgnoreCase) && !word.Equals("ward", StringComparison.OrdinalIgnoreCase)
            || word.Length == 2 && (word.Equals("ed", StringComparison.OrdinalIgnoreCase) || word.Equals("er", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        if (word.Equals("fort", StringComparison.OrdinalIgnoreCase) || word.Equals("ft", StringComparison.OrdinalIgnoreCase))
        {
            TryFort(sink, tokens, lexicon, cue);
            return;
        }
        if (word.Equals("ems", StringComparison.OrdinalIgnoreCase))
        {
            // "brought in by Ashby EMS": a town's ambulance service, as its police.
            TryTownBeforePolice(sink, tokens, lexicon, cue);
            return;
        }
        if (word.Equals("county", StringComparison.OrdinalIgnoreCase) || word.Equals("parish", StringComparison.OrdinalIgnoreCase))
        {
            // "N4127 County Rd KK": a county road, not the county.
            if (CountyRoads.TryAt(sink, tokens, cue))
            {
                return;
            }
            TryCounty(sink, tokens, lexicon, cue);
            return;
        }
        switch (word.Length > 0 ? char.ToLowerInvariant(word[0]) : ' ')
        {
            case 'o':
                // "report called to Bea RN on Larkspur 4": after a nurse's credential "on" names her ward, though its word is English.
                if (!PlaceRules.TryUnitName(sink, tokens, lexicon, cue + 1, strict: true) && tokens.IsWord(cue - 1) && WardCredentials.Contains(tokens.Span(cue - 1)))
                {
                    WardNames.TryWardAt(sink, tokens, lexicon, cue + 1, anyWord: true);
                }
                break;
            case 's' when word.Equals("saint", StringComparison.OrdinalIgnoreCase) || word.Equals("st", StringComparison.OrdinalIgnoreCase):
                TrySaint(sink, tokens, cue);
                break;
            case 's' or 'p':
                TryTownBeforePolice(sink, tokens, lexicon, cue);
                break;
            default:
                TryLocationLabel(sink, tokens, lexicon, cue);
                break;
        }
    }

    /// <summary>
    /// "saint brigid's", "St. Agnes's": a saint's name in the possessive names a church, school or hospital, in any case
    /// (not "St. John's wort", the herb).
    /// </summary>
    private static void TrySaint(FindingSink sink, TextTokens tokens, int saint)
    {
        int name = tokens.IsSymbol(saint + 1, '.') && tokens.Touches(saint + 1) ? saint + 2 : saint + 1;
        if (!tokens.IsWord(name) || tokens[name].NewLineBefore || name == saint + 1 && !tokens[name].SpaceBefore)
        {
            return;
        }
        var word = tokens.Span(name);
        if (word.Length < 4 || !(word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            || tokens.WordIs(name + 1, "wort") || tokens.IsNumber(saint - 1))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[saint].Start, tokens[name].End - tokens[saint].Start, 0.72, "location-saint");
    }

    /// <summary>
    /// "Tamsin County sheriff", "WEXLEY COUNTY JAIL": a county is a place smaller than a state. The name is one capitalised
    /// proper word in the case of "County" (not "the County", "Orange" is as good a county as any), or two with a place noun.
    /// </summary>
    private static void TryCounty(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int county)
    {
        var word = tokens.Span(county);
        int name = county - 1;
        if (!WordShape.IsCapitalised(word) || !tokens.IsWord(name) || tokens[county].NewLineBefore || tokens[county].Start - tokens[name].End != 1)
        {
            return;
        }
        var proper = tokens.Span(name);
        bool caps = WordShape.IsAllCaps(word) && word.Length > 2;
        if (proper.Length < 3 || !(caps ? WordShape.IsAllCaps(proper) : WordShape.IsTitleCase(proper)) || ContextWords.NotNames.Contains(proper) || NameStopWords.Contains(proper)
            || PlaceRules.IsClinicalWord(proper) || ContextWords.FacilityHeads.Contains(proper) || IsStateName(proper) || PoliceKinds.Contains(proper))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[name].Start, tokens[county].End - tokens[name].Start, 0.72, "location-town");
    }

    /// <summary>
    /// "stationed at Fort Quill", "works at FORT ASHBY", "Ft. Dunmore": a military post, "Fort" in capitals or title case and a
    /// capitalised proper word in the same case (not "fort" the word, not "Ft" before a number of feet).
    /// </summary>
    private static void TryFort(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int fort)
    {
        var word = tokens.Span(fort);
        int name = word.Length == 2 && tokens.IsSymbol(fort + 1, '.') && tokens.Touches(fort + 1) ? fort + 2 : fort + 1;
        if (!WordShape.IsCapitalised(word) || !tokens.IsWord(name) || tokens[name].NewLineBefore || !tokens[name].SpaceBefore)
        {
            return;
        }
        var next = tokens.Span(name);
        bool caps = WordShape.IsAllCaps(word) && word.Length > 2;
        if (next.Length < 3 || !(caps ? WordShape.IsAllCaps(next) : WordShape.IsTitleCase(next)) || ContextWords.NotNames.Contains(next) || NameStopWords.Contains(next)
            || PlaceRules.IsClinicalWord(next) || ContextWords.FacilityHeads.Contains(next))
        {
            return;
        }
        var entry = lexicon.Lookup(next);
        if (!(entry.IsName() || entry.Place >= 1 || entry.English <= 1))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[fort].Start, tokens[name].End - tokens[fort].Start, 0.72, "location-town");
    }

    /// <summary>"the fairview police", "Fall River police", "the Tisdale sheriff": a town (listed, or no English word) before them.</summary>
    private static void TryTownBeforePolice(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int police)
    {
        int last = police - 1;
        if (!tokens.IsWord(last) || tokens[police].NewLineBefore)
        {
            return;
        }
        // A two-word town first ("fall river police").
        if (tokens.IsWord(last - 1) && !tokens[last].NewLineBefore && tokens[last].SpaceBefore && PlacePhraseStarts.MayStart(tokens.Span(last - 1)))
        {
            var phrase = tokens.Text.AsSpan(tokens[last - 1].Start, tokens[last].End - tokens[last - 1].Start);
            if (lexicon.Lookup(phrase).Place >= 1)
            {
                sink.Add(PhiType.Location, tokens[last - 1].Start, phrase.Length, 0.72, "location-town");
                return;
            }
        }
        var word = tokens.Span(last);
        var entry = lexicon.Lookup(word);
        // Not "MBTA police", "VA police": an agency's acronym.
        if (word.Length < 4 || WordShape.IsAllCaps(word) && word.Length <= 5 || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || PoliceKinds.Contains(word) || PlaceRules.IsClinicalWord(word)
            || IsStateName(word) || entry.English >= 2 || !(entry.Place >= 1 || entry.English == 0 && WordShape.IsCapitalised(word)))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[last].Start, tokens[last].Length, 0.7, "location-town");
    }

    /// <summary>Nursing credentials and report words before "on" and a ward ("Bea RN on Larkspur 4", "report on Wren 6").</summary>
    private static readonly AsciiWordSet WardCredentials = new(["rn", "lpn", "lvn", "cna", "charge", "nurse", "report", "bed", "pca"]);

    /// <summary>Kinds of police that name no town ("state police", "campus police", "the transit police").</summary>
    private static readonly AsciiWordSet PoliceKinds = new(
    [
        "state", "local", "city", "county", "campus", "hospital", "transit", "military", "tribal", "federal", "university", "school",
        "airport", "park", "capitol", "secret", "border", "mounted", "railroad", "metro", "port", "harbor", "village", "town", "township",
        "national", "royal", "provincial", "municipal", "security", "traffic", "highway", "the", "a", "by", "called", "call", "notified",
    ]);

    /// <summary>"LOC: BRAMLEY OUTPT", "Location: Ashgrove Clinic", "Unit: Halsey 4": the proper words after a location label and its colon.</summary>
    private static void TryLocationLabel(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int label)
    {
        // "inpatient unit Larch 6": a unit word and a ward's name and floor.
        // "loc Tolliver 7 Heme/Onc": a header's location label without its colon.
        if (!tokens.IsSymbol(label + 1, ':') && (tokens.WordIs(label, "unit") || tokens.WordIs(label, "ward") || tokens.WordIs(label, "loc") || tokens.WordIs(label, "location")))
        {
            WardNames.TryWardAt(sink, tokens, lexicon, label + 1);
            return;
        }
        int first = label + 2;
        // "Unit: Heron 4", "LOC: WREN 6 412-B": a ward's name and floor, though the name is an English word.
        if (tokens.IsSymbol(label + 1, ':') && first < tokens.Count && !tokens[first].NewLineBefore && WardNames.TryWardAt(sink, tokens, lexicon, first))
        {
            return;
        }
        if (!tokens.IsSymbol(label + 1, ':') || !tokens.IsWord(first) || tokens[first].NewLineBefore || tokens.IsWord(label - 1) && !tokens[label].NewLineBefore && !WordShape.IsAllCaps(tokens.Span(label)))
        {
            return;
        }
        int last = first - 1;
        for (int k = first; k < first + 3 && tokens.IsWord(k) && (k == first || !tokens[k].NewLineBefore && tokens[k].Start - tokens[k - 1].End == 1); k++)
        {
            var word = tokens.Span(k);
            var entry = lexicon.Lookup(word);
            // A listed name or town, no English word: "Location: sacrum", "LOC: NONE" are no places.
            if (word.Length < 4 || !PlaceRules.IsProper(word, lexicon) || entry.English != 0 || !(entry.IsName() || entry.Place >= 1)
                || ContextWords.FacilityHeads.Contains(word) || IsStateName(word) || ContextWords.LooksMedical(word))
            {
                break;
            }
            last = k;
        }
        if (last >= first)
        {
            // "Unit: Halsey 4": the floor number belongs to the ward's name.
            if (tokens.IsNumber(last + 1) && !tokens[last + 1].NewLineBefore && tokens[last + 1].Length <= 2 && !tokens.Touches(last + 2))
            {
                last++;
            }
            sink.Add(PhiType.Location, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.7, "location-label");
        }
    }

    /// <summary>
    /// "LARKFIELD REHAB, MARLOWE", "Fenwick Breast Imaging, Hollis": after a facility and a comma, a word in the facility's
    /// case that is a town or no common English word, and no state, person or clinical word.
    /// </summary>
    public static void TryTownAfterComma(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int end)
    {
        int first = end + 2;
        if (!tokens.IsSymbol(end + 1, ',') || tokens.Touches(end + 2) || !tokens.IsWord(first) || tokens[first].NewLineBefore)
        {
            return;
        }
        var word = tokens.Span(first);
        bool caps = WordShape.IsAllCaps(tokens.Span(end));
        // Lower case ("larkfield rehab, marlowe") only for a word no English list knows.
        bool lower = WordShape.IsLowerCase(tokens.Span(end)) && WordShape.IsLowerCase(word);
        if (word.Length < 4 || !(lower || (caps ? WordShape.IsAllCaps(word) : WordShape.IsTitleCase(word))))
        {
            return;
        }
        if (lower && lexicon.Lookup(word).English != 0)
        {
            return;
        }
        // Two-word towns ("New Bedford"): the lexicon knows them.
        if (PlacePhraseStarts.MayStart(word) && tokens.IsWord(first + 1) && !tokens[first + 1].NewLineBefore && tokens[first + 1].Start - tokens[first].End == 1)
        {
            var phrase = tokens.Text.AsSpan(tokens[first].Start, tokens[first + 1].End - tokens[first].Start);
            if (lexicon.Lookup(phrase).Place >= 1)
            {
                sink.Add(PhiType.Location, tokens[first].Start, phrase.Length, 0.72, "location-town");
                return;
            }
        }
        var entry = lexicon.Lookup(word);
        if (ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || ContextWords.Titles.Contains(word) || PlaceRules.IsStateAbbreviation(word)
            || IsStateName(word) || PlaceRules.IsClinicalWord(word) || ContextWords.FacilityHeads.Contains(word) || ContextWords.FacilityInner.Contains(word)
            || !(entry.English <= 1 || entry.Place >= 2 && entry.English <= 2) || IsPersonAfter(tokens, first) || tokens.IsSymbol(first + 1, ':'))
        {
            return;
        }
        // The town ends the phrase ("…, Marlowe⏎", "…, Hollis.", "…, Wexley, MA"); "Acme Group, Citigroup and …" is a list.
        int after = first + 1;
        if (after < tokens.Count && !tokens[after].NewLineBefore && !(tokens.IsSymbol(after, '.') || tokens.IsSymbol(after, ',') || tokens.IsSymbol(after, ';') || tokens.IsSymbol(after, ')')))
        {
            return;
        }
        // "Mercy Rehab, Susan Lowe": a given name going on with a capitalised word is a person.
        if (entry.Given >= 2 && tokens.IsWord(first + 1) && !tokens[first + 1].NewLineBefore && WordShape.IsCapitalised(tokens.Span(first + 1)))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[first].Length, 0.72, "location-town");
    }

    /// <summary>
    /// "the elks lodge in stallworth", "harbor market on water street", "riverside commons in westbrook": a place was found
    /// after the preposition at <paramref name="preposition"/>; a business or residence word before it, with one or two
    /// words before that which are no generic kind ("a grocery store", "the nursing home"), names the business.
    /// </summary>
    public static void TryBusinessBefore(FindingSink sink, TextTokens tokens, int preposition)
    {
        if (!(tokens.WordIs(preposition, "in") || tokens.WordIs(preposition, "on") || tokens.WordIs(preposition, "at") || tokens.WordIs(preposition, "off")
            || tokens.WordIs(preposition, "near")))
        {
            return;
        }
        int head = preposition - 1;
        if (!tokens.IsWord(head) || tokens[preposition].NewLineBefore || !BusinessHeads.Contains(tokens.Span(head)))
        {
            return;
        }
        int start = head;
        for (int k = head - 1; k >= 0 && head - k <= 2 && tokens.IsWord(k) && !tokens[k + 1].NewLineBefore && tokens[k + 1].Start - tokens[k].End == 1; k--)
        {
            var word = tokens.Span(k);
            if (word.Length < 3 || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || FacilityModifiers.IsGeneric(word)
                || BusinessKinds.Contains(word) || ContextWords.FacilityInner.Contains(word) || ContextWords.FacilityHeads.Contains(word)
                || ContextWords.Relations.Contains(word) || SpokenNumbers.Value(word) >= 0)
            {
                break;
            }
            start = k;
        }
        if (start == head || tokens.IsWord(start - 1) && IndefiniteWords.Contains(tokens.Span(start - 1)))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[start].Start, tokens[head].End - tokens[start].Start, 0.68, "location-business");
    }

    /// <summary>
    /// "lives at maple ridge estates", "moved into the willow commons": in any case, after a living or moving verb and a
    /// preposition, one or two non-generic words before a residence word name the residence (not "the senior apartments").
    /// </summary>
    public static void TryResidenceName(FindingSink sink, TextTokens tokens, int head)
    {
        if (!ResidenceHeads.Contains(tokens.Span(head)))
        {
            return;
        }
        int start = head;
        for (int k = head - 1; k >= 0 && head - k <= 2 && tokens.IsWord(k) && !tokens[k + 1].NewLineBefore && tokens[k + 1].Start - tokens[k].End == 1; k--)
        {
            var word = tokens.Span(k);
            if (word.Length < 3 || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || FacilityModifiers.IsGeneric(word)
                || BusinessKinds.Contains(word) || ContextWords.FacilityHeads.Contains(word) || SpokenNumbers.Value(word) >= 0 || ContextWords.MoveVerbs.Contains(word))
            {
                break;
            }
            start = k;
        }
        int before = tokens.WordIs(start - 1, "the") ? start - 2 : start - 1;
        if (start == head || !(tokens.WordIs(before, "at") || tokens.WordIs(before, "in") || tokens.WordIs(before, "into") || tokens.WordIs(before, "to")
            || tokens.WordIs(before, "from")))
        {
            return;
        }
        int verb = tokens.WordIs(before - 1, "back") || tokens.WordIs(before - 1, "now") || tokens.WordIs(before - 1, "alone") ? before - 2 : before - 1;
        if (!tokens.IsWord(verb) || !ResidenceVerbs.Contains(tokens.Span(verb)))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[start].Start, tokens[head].End - tokens[start].Start, 0.74, "location-residence");
    }

    private static readonly AsciiWordSet ResidenceHeads = new(["commons", "apartments", "apts", "estates", "plaza", "towers", "village", "gardens", "manor", "terrace", "court", "place"]);

    private static readonly AsciiWordSet ResidenceVerbs = new(
        ["lives", "live", "living", "lived", "resides", "reside", "residing", "moved", "moving", "move", "stays", "stay", "staying", "stayed", "returned", "returning", "discharged", "d/c", "dc"]);

    /// <summary>
    /// "go back to work at valley fresh", "retired from harlan tool", "this is marcus from harbor home medical": after a work
    /// cue (or a caller naming themselves) and "at"/"from", one to three words with no article before them, up to a function
    /// word, a number or the line's end, name the workplace when one of them is no generic word (not "work at night", "at
    /// the front desk", "retired from the post office"); a single word must be no common English word ("work at walmart").
    /// </summary>
    public static void TryWorkplace(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int preposition)
    {
        bool at = tokens.WordIs(preposition, "at");
        if (!at && !tokens.WordIs(preposition, "from") || !tokens.IsWord(preposition - 1) || tokens[preposition].NewLineBefore)
        {
            return;
        }
        bool cue = WorkCues.Contains(tokens.Span(preposition - 1)) && (at || tokens.WordIs(preposition - 1, "retired"))
            // "this is marcus from …", "it's dana from …": a caller's organisation.
            || !at && tokens.IsWord(preposition - 2) && (tokens.WordIs(preposition - 2, "it's") || tokens.WordIs(preposition - 2, "i'm")
                || tokens.WordIs(preposition - 2, "is") && tokens.WordIs(preposition - 3, "this")) && tokens.Entry(preposition - 1).Given >= 1;
        if (!cue)
        {
            return;
        }
        int first = preposition + 1;
        int last = first - 1;
        bool specific = false;
        for (int k = first; k < first + 3 && tokens.IsWord(k) && !tokens[k].NewLineBefore && (k == first || tokens[k].Start - tokens[k - 1].End == 1); k++)
        {
            var word = tokens.Span(k);
            bool inner = k > first && (NameInnerWords.Contains(word) || ContextWords.FacilityHeads.Contains(word));
            if ((ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word)) && !inner || SpokenNumbers.Value(word) >= 0
                || IndefiniteWords.Contains(word) || ContextWords.Titles.Contains(word))
            {
                break;
            }
            // The first word is a listed name or place, or no English word: "valley fresh", "harlan tool", "walmart";
            // not "at least part time", "at full capacity", "at the front desk".
            if (k == first)
            {
                var entry = lexicon.Lookup(word);
                if (entry.English >= 2 && !entry.IsName() && entry.Place == 0)
                {
                    break;
                }
            }
            // "riverbend dialysis calling for …": a verb's -ing form ends the name.
            if (k > first && word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            specific |= !(BusinessKinds.Contains(word) || FacilityModifiers.IsGeneric(word) || ContextWords.FacilityHeads.Contains(word) || NameInnerWords.Contains(word));
            last = k;
            // A facility word ends the name: "harbor home medical", "riverbend dialysis".
            if (k > first && ContextWords.FacilityHeads.Contains(word) && !(tokens.IsWord(k + 1) && ContextWords.FacilityHeads.Contains(tokens.Span(k + 1))))
            {
                break;
            }
        }
        if (last < first || !specific)
        {
            return;
        }
        // The phrase ends at a boundary: the line's end, punctuation, or a function word; not in the middle of more words.
        int next = last + 1;
        if (next < tokens.Count && !tokens[next].NewLineBefore && tokens.IsWord(next) && !ContextWords.NotNames.Contains(tokens.Span(next)) && !NameStopWords.Contains(tokens.Span(next))
            && !tokens.Span(next).StartsWith("i'", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        if (last == first)
        {
            var entry = tokens.Entry(first);
            if (entry.English >= 2 || tokens[first].Length < 4 || PlaceRules.IsClinicalWord(tokens.Span(first)))
            {
                return;
            }
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.66, "location-workplace");
    }

    private static readonly AsciiWordSet WorkCues = new(
        ["work", "works", "worked", "working", "job", "jobs", "employed", "employee", "shift", "shifts", "retired", "volunteers", "volunteer", "volunteered", "cashier", "clerk", "manager"]);

    /// <summary>Words that stand inside business names though the note's vocabulary lists hold them ("harbor home medical", "north shore").</summary>
    private static readonly AsciiWordSet NameInnerWords = new(["home", "general", "north", "south", "east", "west", "new", "old", "first", "family", "care", "health"]);

    /// <summary>Businesses and residences with a name of their own ("harbor market", "riverside commons", "elks lodge").</summary>
    private static readonly AsciiWordSet BusinessHeads = new(
    [
        "lodge", "commons", "market", "supermarket", "store", "drug", "drugs", "pharmacy", "restaurant", "diner", "cafe", "tavern", "hotel",
        "motel", "inn", "garage", "motors", "logistics", "mill", "plant", "factory", "farm", "farms", "church", "school", "academy", "college",
        "library", "mall", "bank", "shelter", "village", "estates", "gardens", "manor", "apartments", "apts", "plaza", "towers", "clinic",
        "hospital", "rehab", "center", "centre", "works", "foods", "grocers", "hardware", "lumber", "warehouse", "bakery", "shop", "salon",
        "deli", "grill", "pizzeria", "brewery", "cannery", "foundry", "quarry", "depot", "dealership", "outfitters",
    ]);

    /// <summary>Words that make a business word generic ("the hardware store", "a grocery market", "the senior apartments").</summary>
    private static readonly AsciiWordSet BusinessKinds = new(
    [
        "grocery", "hardware", "liquor", "convenience", "coffee", "gas", "pet", "book", "shoe", "thrift", "furniture", "department",
        "dollar", "auto", "body", "candy", "flower", "gift", "toy", "food", "farmers", "farmer's", "flea", "fish", "meat", "fast", "big",
        "small", "little", "large", "nearby", "public", "retirement", "apartment", "housing", "trailer", "motor", "bowling", "pool", "golf",
        "post", "bus", "train", "shopping", "strip", "outlet", "video", "sporting", "music", "wine", "beer", "vape", "smoke", "tobacco",
        "nail", "hair", "beauty", "tattoo", "rest", "funeral", "animal", "veterinary", "vet", "storage", "tire", "repair", "cell", "phone",
        "computer", "electronics", "clothing", "pawn", "discount", "distribution", "packing", "feed", "supply", "sandwich", "pizza",
        "burger", "taco", "donut", "doughnut", "bagel", "ice", "cream", "dance", "boxing", "yoga", "fitness", "steel", "paper", "textile",
        "dairy", "chicken", "poultry", "produce", "organic", "health", "natural", "vitamin", "medical", "dental", "eye", "student",
        "family", "high", "middle", "elementary", "grade", "nursery", "day", "sunday", "bible", "catholic", "baptist", "methodist",
        "lutheran", "episcopal", "presbyterian", "pentecostal", "evangelical", "orthodox", "local", "only", "whole", "same",
        "corner's", "late-night", "all-night", "chain", "main", "closest", "nearest", "usual", "regular", "favorite",
        "favourite", "own", "old", "new", "first", "last", "next", "other",
        // Kinds of school, centre and shop: "the charter school", "the rec center", "the barber shop".
        "charter", "private", "christian", "montessori", "boarding", "law", "grad", "graduate", "summer", "trade", "vocational",
        "driving", "language", "rec", "recreation", "youth", "crisis", "treatment", "daycare", "childcare", "service", "birth",
        "visitor", "visitors", "garden", "nature", "learning", "career", "job", "employment", "welcome", "outreach", "resource",
        "counseling", "counselling", "drop-in", "warming", "cooling", "homeless", "women's", "men's", "barber", "bike", "laundry",
        "laundromat", "print", "copy", "frame", "craft", "fabric", "bridal", "jewelry", "optical", "mattress", "appliance", "paint",
        "plumbing", "electrical", "building", "home", "farm", "seed",
    ]);

    /// <summary>A word of <see cref="BusinessKinds"/> ("grocery", "summer", "catholic").</summary>
    internal static bool IsBusinessKind(ReadOnlySpan<char> word) => BusinessKinds.Contains(word);

    private static readonly AsciiWordSet IndefiniteWords = new(["a", "an", "some", "any", "another", "every", "each", "no", "one"]);

    /// <summary>
    /// "to Lamar, RN", "Called to Ossie Brandt RN", "to Kell MD": a credential after the word (or after one more capitalised
    /// word) makes it a person.
    /// </summary>
    public static bool IsPersonAfter(TextTokens tokens, int first)
    {
        int k = first + 1;
        if (tokens.IsWord(k) && !tokens[k].NewLineBefore && WordShape.IsCapitalised(tokens.Span(k)) && !ContextWords.CredentialsAfter.Contains(tokens.Span(k)))
        {
            k++;
        }
        if (tokens.IsSymbol(k, ','))
        {
            k++;
        }
        // "report from nkechi rn": in speech and lower-case notes "rn", "md", "np" are credentials too.
        return tokens.IsWord(k) && !tokens[k].NewLineBefore && ContextWords.CredentialsAfter.Contains(tokens.Span(k))
            && (WordShape.IsAllCaps(tokens.Span(k)) || tokens.Span(k).Length > 2
                || WordShape.IsLowerCase(tokens.Span(first)) && (tokens.WordIs(k, "rn") || tokens.WordIs(k, "md") || tokens.WordIs(k, "np")));
    }

    internal static bool IsStateName(ReadOnlySpan<char> word) => StateNames.Contains(word);

    /// <summary>A state or a country (one or two words): Safe Harbor keeps both ("from Texas", "originally from Guatemala").</summary>
    internal static bool IsStateOrCountry(ReadOnlySpan<char> word) => StateNames.Contains(word) || Countries.Contains(word);

    /// <summary>Countries and large regions of origin that <see cref="ContextWords.NotNames"/> does not already hold.</summary>
    private static readonly AsciiWordSet Countries = new(
    [
        "guatemala", "honduras", "el salvador", "salvador", "nicaragua", "costa rica", "panama", "belize", "venezuela", "ecuador",
        "bolivia", "uruguay", "paraguay", "guyana", "suriname", "trinidad", "tobago", "barbados", "bahamas", "grenada", "dominica",
        "antigua", "bermuda", "cayman", "aruba", "curacao", "somalia", "ethiopia", "eritrea", "sudan", "south sudan", "congo", "cameroon",
        "senegal", "liberia", "sierra leone", "guinea", "mali", "niger", "chad", "togo", "benin", "ivory coast", "morocco", "algeria",
        "tunisia", "libya", "lebanon", "syria", "iraq", "iran", "afghanistan", "pakistan", "bangladesh", "nepal", "bhutan", "sri lanka",
        "thailand", "laos", "burma", "myanmar", "indonesia", "malaysia", "singapore", "taiwan", "mongolia", "tibet", "albania", "bosnia",
        "serbia", "croatia", "slovenia", "slovakia", "bulgaria", "lithuania", "latvia", "estonia", "belarus", "moldova", "armenia",
        "azerbaijan", "kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan", "cape verde", "jordan", "saudi arabia",
        "yemen", "oman", "kuwait", "qatar", "bahrain", "emirates", "iceland", "new zealand", "south africa", "zimbabwe", "zambia",
        "uganda", "tanzania", "rwanda", "burundi", "malawi", "mozambique", "angola", "namibia", "botswana", "madagascar", "mauritius",
        "fiji", "samoa", "tonga", "guam", "luxembourg", "monaco", "malta", "cyprus", "montenegro", "macedonia", "kosovo", "georgia",
        "palestine", "gaza", "west bank", "hong kong", "macau", "korea", "north korea", "south korea", "puerto rico", "virgin islands",
        "united states", "united kingdom", "great britain", "usa", "the states", "middle east", "caribbean", "central america",
        "south america", "latin america", "east africa", "west africa", "southeast asia", "eastern europe", "scandinavia",
    ]);

    private static readonly AsciiWordSet StateNames = new(
    [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii",
        "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania",
        "tennessee", "texas", "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming", "mass", "calif", "penn", "conn",
        "new hampshire", "new jersey", "new mexico", "north carolina", "north dakota", "south carolina", "south dakota", "rhode island",
        "west virginia", "puerto rico",
    ]);
}
