namespace MedDocs.Core.Phi;

/// <summary>
/// Wards and units named like places, for <see cref="PlaceRules"/> and <see cref="PlaceContextRules"/>: a word and a floor
/// number where only a ward can stand ("Service: Neurology (Ashby 4)", "inpatient unit Larch 6", "SICU -> Ormond 3",
/// "cleared for Dunstan 7", "transferred from Wren 2"), and a word before a unit noun or an ICU acronym ("Heron Unit",
/// "Foxglove Ward", "Bramble CVICU"). Hospitals name wards after trees, birds, donors and saints, so the word may be
/// plain English ("Birch", "Kestrel"); what it may not be is a generic word of the ward's kind ("Room 4", "Step Down Unit",
/// "Coronary Care Unit"), a clinical word or a scale's eponym ("Braden 14").
/// </summary>
internal static class WardNames
{
    /// <summary>
    /// A word and a floor (1–20, digits or a number word) at <paramref name="first"/> in a place where only a ward stands;
    /// the floor ends the phrase (punctuation, line end, a bed or room, a time word) and no dose unit follows it.
    /// </summary>
    /// <param name="anyWord">The cue is strong ("RN on …"): the ward's word may be plain English ("Foxglove 3").</param>
    public static bool TryWardAt(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int first, bool closingParenthesis = false, bool anyWord = false)
    {
        if (!tokens.IsWord(first) || first + 1 >= tokens.Count || tokens[first + 1].NewLineBefore || tokens.Touches(first + 1))
        {
            return false;
        }
        int last = FloorEnd(tokens, first);
        if (last < 0)
        {
            return false;
        }
        int after = last + 1;
        // "CICU -> Pelican 6 step-down": after a cue, the unit's kind lets the ward's word be plain English.
        bool described = !closingParenthesis && DescribesUnit(tokens, after);
        if (closingParenthesis ? !tokens.IsSymbol(after, ')') : !EndsWardPhrase(tokens, after) && !described)
        {
            return false;
        }
        if (!IsWardWord(tokens, lexicon, first, anyWord || described && WordShape.IsTitleCase(tokens.Span(first))))
        {
            return false;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.7, "location-ward");
        return true;
    }

    /// <summary>
    /// After the ward's word at <paramref name="first"/>: its floor (1–20, digits or a number word), perhaps after a building word
    /// ("Fenwick Tower 3") and before a capitalised compass side ("Ostrander 5 South"); the index of the phrase's last token, or −1.
    /// </summary>
    internal static int FloorEnd(TextTokens tokens, int first)
    {
        int at = first + 1;
        if (at >= tokens.Count || tokens[at].NewLineBefore || tokens.Touches(at))
        {
            return -1;
        }
        // "Fenwick Tower 3", "Hale Pavilion 6": a building named by the word, its floor after it.
        if (tokens.IsWord(at) && BuildingWords.Contains(tokens.Span(at)) && WordShape.IsCapitalised(tokens.Span(at)) && tokens.IsNumber(at + 1) && !tokens[at + 1].NewLineBefore && !tokens.Touches(at + 1))
        {
            at++;
        }
        int floor = tokens.IsNumber(at) && tokens[at].Length <= 2 ? int.Parse(tokens.Span(at))
            : tokens.IsWord(at) && at == first + 1 ? SpokenNumbers.Value(tokens.Span(at)) : -1;
        if (floor is < 1 or > 20)
        {
            return -1;
        }
        // "5 South", "7 West": the side of the floor is part of the ward's name (capitalised, not "3 east of the nurses' station").
        if (tokens.IsWord(at + 1) && !tokens[at + 1].NewLineBefore && !tokens.Touches(at + 1) && SideWords.Contains(tokens.Span(at + 1)) && WordShape.IsTitleCase(tokens.Span(at + 1))
            && !tokens.WordIs(at + 2, "of"))
        {
            at++;
        }
        return at;
    }

    /// <summary>
    /// After the floor, the unit described by its kind: "Seahorse 5 step-down", "Daventry 4 Med-Surg", "Tolliver 7 Heme/Onc",
    /// "Bramwell 9 (Oncology Unit)", "Kestrel 3 rm 304": a service, specialty or unit word (in parentheses or not), or a room
    /// or bed and its number. Only a ward is described so; a score or a dose is followed by no such word.
    /// </summary>
    internal static bool DescribesUnit(TextTokens tokens, int after)
    {
        if (after >= tokens.Count || tokens[after].NewLineBefore || tokens.Touches(after))
        {
            return false;
        }
        int word = tokens.IsSymbol(after, '(') && tokens.Touches(after + 1) ? after + 1 : after;
        if (!tokens.IsWord(word) || tokens[word].NewLineBefore)
        {
            return false;
        }
        var text = tokens.Span(word);
        if (RoomWords.Contains(text) && word == after)
        {
            int number = tokens.IsSymbol(word + 1, '#') ? word + 2 : word + 1;
            return tokens.IsNumber(number) && !tokens[number].NewLineBefore && tokens[number].Length <= 4;
        }
        return ServiceWords.Contains(text) || UnitAcronyms.Contains(text) || UnitNouns.Contains(text) || UnitKindWords.Contains(text)
            || FacilityModifiers.IsGeneric(text) && !ContextWords.FractionUnits.Contains(text);
    }

    /// <summary>
    /// "Daventry 4 Med-Surg", "Fenwick Tower 3 (Endocrine/Med)": the ward's word, floor and a description of its unit, with no
    /// cue before it; <paramref name="first"/> is the capitalised word before the floor (or the building word).
    /// </summary>
    public static bool TryDescribedWard(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int first)
    {
        if (!tokens.IsWord(first) || !WordShape.IsTitleCase(tokens.Span(first)) || PlaceRules.IsAfterTitle(tokens, first))
        {
            return false;
        }
        int last = FloorEnd(tokens, first);
        if (last < 0 || tokens.IsWord(last) && SpokenNumbers.Value(tokens.Span(last)) >= 0 || !DescribesUnit(tokens, last + 1) || !IsWardWord(tokens, lexicon, first))
        {
            return false;
        }
        // Above a town's reading of the word after a comma ("RN Ada Pike, Quennell 3 Med-Surg"): the floor and kind make it a ward.
        sink.Add(PhiType.Location, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.76, "location-ward");
        return true;
    }

    /// <summary>
    /// "tx to 5 Bellweather tele", "transfer to 6 Kessler surgical floor": after a moving verb, a floor number (1–20) before a
    /// ward's capitalised name, the phrase ending or going on with a unit word.
    /// </summary>
    public static bool TryFloorFirst(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int first)
    {
        int name = first + 1;
        if (!tokens.IsNumber(first) || tokens[first].Length > 2 || !tokens.IsWord(name) || tokens[name].NewLineBefore || tokens.Touches(name) || !WordShape.IsTitleCase(tokens.Span(name)))
        {
            return false;
        }
        int floor = int.Parse(tokens.Span(first));
        if (floor is < 1 or > 20 || !IsWardWord(tokens, lexicon, name))
        {
            return false;
        }
        int after = name + 1;
        if (!(EndsWardPhrase(tokens, after) || tokens.IsWord(after) && !tokens[after].NewLineBefore && (ServiceWords.Contains(tokens.Span(after)) || GenericWardWords.Contains(tokens.Span(after))
            || FacilityModifiers.IsGeneric(tokens.Span(after)))))
        {
            return false;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[name].End - tokens[first].Start, 0.7, "location-ward");
        return true;
    }

    /// <summary>
    /// "Ridgefield Children's Hospital (RCH) - 5 Juniper (Gen Peds)": a header's facility, a dash, then a floor number and the
    /// ward's own name; after a facility the ward may be any capitalised word ("Sunflower", "Cedar"). <paramref name="dash"/>
    /// is the dash's token; a place must have been found just before it.
    /// </summary>
    public static bool TryAfterFacilityDash(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int dash)
    {
        int first = dash + 1, name = dash + 2;
        if (!tokens.IsNumber(first) || tokens[first].Length > 2 || tokens[first].NewLineBefore || tokens.Touches(first) || tokens.Touches(dash) || !tokens.IsWord(name)
            || tokens.Touches(name) || tokens[name].NewLineBefore || !WordShape.IsTitleCase(tokens.Span(name)) || !IsWardWord(tokens, lexicon, name, anyWord: true))
        {
            return false;
        }
        int floor = int.Parse(tokens.Span(first));
        int after = name + 1;
        if (floor is < 1 or > 20 || !(EndsWardPhrase(tokens, after) || tokens.IsSymbol(after, '(') || tokens.IsSymbol(after, '-') || tokens.IsSymbol(after, '|')))
        {
            return false;
        }
        // The place before the dash: its finding ends at the token before (or before its closing parenthesis).
        int before = tokens.IsSymbol(dash - 1, ')') ? dash - 2 : dash - 1;
        // "(CHTP) - 6 …": a facility's acronym in parentheses stands for the facility.
        bool acronym = tokens.IsSymbol(dash - 1, ')') && tokens.IsSymbol(before - 1, '(') && tokens.IsWord(before) && WordShape.IsAllCaps(tokens.Span(before)) && tokens[before].Length <= 6;
        if (before < 0 || !acronym && !EndsLocation(sink, tokens[before].End))
        {
            return false;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[name].End - tokens[first].Start, 0.7, "location-ward");
        return true;
    }

    private static bool EndsLocation(FindingSink sink, int end)
    {
        for (int f = sink.Findings.Count - 1; f >= 0 && f >= sink.Findings.Count - 6; f--)
        {
            if (sink.Findings[f].Type == PhiType.Location && sink.Findings[f].Start + sink.Findings[f].Length == end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// 'Adult Unit C ("Aspen")', 'Pod 2 "Willow"': a unit's nickname in quotation marks after the unit noun and its letter or
    /// number. <paramref name="quote"/> is the opening quotation mark; the name is one or two capitalised words that are no
    /// generic or clinical word ('Unit B ("Locked")' names no place).
    /// </summary>
    public static void TryQuotedNickname(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int quote)
    {
        int k = quote - 1;
        if (tokens.IsSymbol(k, '('))
        {
            k--;
        }
        if (tokens.IsNumber(k) && tokens[k].Length <= 2 || tokens.IsWord(k) && tokens[k].Length == 1 && char.IsAsciiLetterUpper(tokens.Text[tokens[k].Start]))
        {
            k--;
        }
        if (!tokens.IsWord(k) || !(UnitNouns.Contains(tokens.Span(k)) || UnitAcronyms.Contains(tokens.Span(k))) || !WordShape.IsCapitalised(tokens.Span(k)) || tokens[quote].NewLineBefore)
        {
            return;
        }
        int name = quote + 1;
        if (!tokens.IsWord(name) || !tokens.Touches(name) || !WordShape.IsTitleCase(tokens.Span(name)) || Generic(tokens.Span(name)) || PlaceRules.IsClinicalWord(tokens.Span(name)))
        {
            return;
        }
        int last = name;
        if (tokens.IsWord(name + 1) && !tokens[name + 1].NewLineBefore && WordShape.IsTitleCase(tokens.Span(name + 1)) && !Generic(tokens.Span(name + 1)))
        {
            last = name + 1;
        }
        if (!tokens.IsSymbol(last + 1, '"') || !tokens.Touches(last + 1))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[name].Start, tokens[last].End - tokens[name].Start, 0.72, "location-ward");
    }

    /// <summary>"Cardiology (Ashby 4)", "Postpartum (Larch 2)": a ward in parentheses after a service, unit or facility word.</summary>
    public static void TryInParentheses(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int open)
    {
        int before = open - 1;
        if (!tokens.IsWord(before) || tokens[open].NewLineBefore || !tokens.IsWord(open + 1) || !tokens.Touches(open + 1))
        {
            return;
        }
        var word = tokens.Span(before);
        if (FacilityModifiers.IsGeneric(word) || ContextWords.FacilityHeads.Contains(word) || UnitAcronyms.Contains(word) || UnitNouns.Contains(word)
            || ServiceWords.Contains(word))
        {
            TryWardAt(sink, tokens, lexicon, open + 1, closingParenthesis: true);
        }
    }

    /// <summary>"Heron Unit", "Foxglove Ward", "Bramble MICU": a ward's own name before the unit noun at <paramref name="head"/>.</summary>
    public static void TryNamedUnit(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int head)
    {
        var headWord = tokens.Span(head);
        if (!(UnitAcronyms.Contains(headWord) ? WordShape.IsAllCaps(headWord) : UnitNouns.Contains(headWord) && WordShape.IsCapitalised(headWord)))
        {
            return;
        }
        int name = head - 1;
        // "Selby Vent Unit": the unit's kind between its name and the unit noun.
        if (UnitNouns.Contains(headWord) && tokens.IsWord(name) && KindBeforeUnitNoun.Contains(tokens.Span(name)) && WordShape.IsCapitalised(tokens.Span(name))
            && !tokens[name].NewLineBefore && tokens[head].Start - tokens[name].End == 1)
        {
            name--;
            if (!tokens.IsWord(name) || tokens[name + 1].Start - tokens[name].End != 1)
            {
                return;
            }
        }
        if (!tokens.IsWord(name) || tokens[head].NewLineBefore || tokens[name + 1].Start - tokens[name].End != 1 || !WordShape.IsTitleCase(tokens.Span(name))
            || !IsWardWord(tokens, lexicon, name))
        {
            return;
        }
        // "Joseph Ward", "Dr. Ellis Wing": "Ward" and "Wing" are surnames too; after a given name or a title they are a person.
        if (headWord.Equals("ward", StringComparison.OrdinalIgnoreCase) || headWord.Equals("wing", StringComparison.OrdinalIgnoreCase))
        {
            if (tokens.Entry(name).Given >= 1 || PlaceRules.IsAfterTitle(tokens, name))
            {
                return;
            }
        }
        // "Cardiac Step Down Unit", "Medical Intensive Care Unit": a generic word before the name makes it a kind.
        if (tokens.IsWord(name - 1) && !tokens[name].NewLineBefore && tokens[name].Start - tokens[name - 1].End == 1
            && (GenericWardWords.Contains(tokens.Span(name - 1)) && !tokens.WordIs(name - 1, "the") || FacilityModifiers.IsGeneric(tokens.Span(name - 1))))
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[name].Start, tokens[head].End - tokens[name].Start, 0.7, "location-ward");
    }

    /// <summary>The head words of <see cref="TryNamedUnit"/>, for the cue table.</summary>
    internal static bool IsUnitHead(ReadOnlySpan<char> word) => UnitAcronyms.Contains(word) || UnitNouns.Contains(word);

    /// <summary>The same head words listed, for <see cref="PlaceContextRules.Cues"/>.</summary>
    internal static IEnumerable<string> UnitHeadWords => [.. UnitNouns.Words, .. UnitAcronyms.Words];

    /// <summary>A word that may name a ward: capitalised, no generic or clinical word, no scale's eponym, no month or day.</summary>
    /// <param name="inCell">The word opens a table cell under a location column: capitals are the table's style, not an acronym.</param>
    internal static bool IsWardWord(TextTokens tokens, PhiLexicon lexicon, int index, bool anyWord = false, bool inCell = false)
    {
        var word = tokens.Span(index);
        if (word.Length < 3 || !WordShape.IsCapitalised(word) || Generic(word) || PlaceRules.IsClinicalWord(word) || ContextWords.Titles.Contains(word)
            || PlaceContextRules.IsStateName(word) || SpokenNumbers.Value(word) >= 0 || Eponyms.IsInPhrase(tokens, index) || GradingScales.Contains(word))
        {
            return false;
        }
        // All capitals only on a line in capitals ("LOC: HALE 6"), not an acronym in running text ("PEEP 5").
        if (WordShape.IsAllCaps(word) && !inCell && !(tokens.IsWord(index - 1) && WordShape.IsAllCaps(tokens.Span(index - 1)) || tokens.IsSymbol(index - 1, ':') || tokens.IsSymbol(index - 1, '(')))
        {
            return false;
        }
        var entry = lexicon.Lookup(word);
        // A name, a place or no listed word at all: "Birch", "Kestrel", "Hartwell"; not "Stage", "Level".
        return !entry.IsKnown || entry.IsName() || entry.Place >= 1 || anyWord && WordShape.IsTitleCase(word);
    }

    private static bool Generic(ReadOnlySpan<char> word) =>
        GenericWardWords.Contains(word) || UnitNouns.Contains(word) || UnitAcronyms.Contains(word) || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word)
        || FacilityModifiers.IsGeneric(word) || ContextWords.FacilityHeads.Contains(word);

    /// <summary>After the floor: the phrase's end, a bed or room, or a word of time or waiting.</summary>
    private static bool EndsWardPhrase(TextTokens tokens, int after)
    {
        if (after >= tokens.Count || tokens[after].NewLineBefore)
        {
            return true;
        }
        if (tokens.IsSymbol(after, ',') || tokens.IsSymbol(after, '.') || tokens.IsSymbol(after, ';') || tokens.IsSymbol(after, ')'))
        {
            return !tokens.IsNumber(after + 1) || !tokens.Touches(after + 1);
        }
        if (tokens.Touches(after))
        {
            return false;
        }
        // "Loc Ostrander 5 South   Ordering …": a header's columns are parted by a run of spaces.
        if (tokens[after].Start - tokens[after - 1].End >= 3)
        {
            return true;
        }
        // "HALE 6 612-B": a room number after the ward.
        if (tokens.IsNumber(after))
        {
            return !(tokens.IsWord(after + 1) && ContextWords.FractionUnits.Contains(tokens.Span(after + 1)));
        }
        return tokens.IsWord(after) && Followers.Contains(tokens.Span(after));
    }

    /// <summary>Buildings whose floors are wards ("Fenwick Tower 3").</summary>
    private static readonly AsciiWordSet BuildingWords = new(["tower", "pavilion", "building", "bldg", "wing"]);

    /// <summary>The side of a floor that names a ward ("5 South", "7 West").</summary>
    private static readonly AsciiWordSet SideWords = new(["north", "south", "east", "west"]);

    /// <summary>A room or bed that places a patient on a ward ("Kestrel 3 rm 304").</summary>
    private static readonly AsciiWordSet RoomWords = new(["rm", "room", "bed", "bay"]);

    /// <summary>Short words that describe a unit's kind after its ward name ("step-down", "Med-Surg", "Heme/Onc").</summary>
    private static readonly AsciiWordSet UnitKindWords = new(
        ["step-down", "stepdown", "med-surg", "medsurg", "med", "surg", "heme", "heme-onc", "tele", "telemetry", "obs", "vent", "progressive", "intermediate"]);

    /// <summary>A unit's kind between a ward's name and its unit noun ("Selby Vent Unit", "Hale Weaning Unit").</summary>
    private static readonly AsciiWordSet KindBeforeUnitNoun = new(["vent", "ventilator", "weaning", "rehab", "transitional", "respiratory", "memory", "burn", "stroke", "dialysis", "infusion"]);

    private static readonly AsciiWordSet Followers = new(
    [
        "bed", "rm", "room", "at", "on", "for", "when", "once", "awaiting", "pending", "today", "tonight", "tomorrow", "this", "via", "and",
        "w/", "with", "by", "after", "in", "per", "from", "to", "around", "about", "approx", "overnight", "yesterday",
    ]);

    /// <summary>Nouns of a unit that follow its name ("Heron Unit", "Foxglove Ward", "Larch Pavilion" is a facility head already).</summary>
    private static readonly AsciiWordSet UnitNouns = new(["unit", "ward", "wing", "pod"]);

    /// <summary>Intensive and intermediate care units named by an acronym ("Bramble MICU", "Garrow SICU").</summary>
    private static readonly AsciiWordSet UnitAcronyms = new(
        ["icu", "micu", "sicu", "ccu", "cvicu", "cticu", "cvu", "nicu", "picu", "ticu", "nsicu", "neuroicu", "stepdown", "imcu", "pcu", "cdu", "tcu"]);

    /// <summary>
    /// Service names that may stand before a ward in parentheses ("Labor & Delivery / Postpartum (Larch 2)"), beside the
    /// specialties and departments <see cref="FacilityModifiers.IsGeneric"/> answers.
    /// </summary>
    private static readonly AsciiWordSet ServiceWords = new(
    [
        "service", "team", "postpartum", "antepartum", "delivery", "labor", "maternity", "newborn", "nursery", "telemetry", "tele", "medicine",
        "hospitalist", "hospitalists", "observation", "obs", "floor",
    ]);

    /// <summary>
    /// Words of the ward's kind and qualifiers of units: never its own name ("Room 4", "Step Down Unit", "Short Stay Unit",
    /// "Mother Baby Unit", "Level 2", "Pod 3").
    /// </summary>
    private static readonly AsciiWordSet GenericWardWords = new(
    [
        "room", "rm", "bed", "bay", "floor", "flr", "level", "lvl", "stage", "grade", "pod", "station", "wing", "tower", "unit", "ward", "suite",
        "phase", "step", "type", "class", "zone", "area", "section", "building", "bldg", "day", "week", "hour", "month", "year", "post", "gate",
        "door", "exit", "row", "seat", "line", "lead", "port", "lumen", "channel", "group", "team", "table", "tier", "block", "cycle",
        "dose", "round", "number", "chapter", "page", "version", "part", "hall", "north", "south", "east", "west", "main", "new", "old",
        "upper", "lower", "central", "annex", "module", "cluster", "core", "side", "front", "back", "down", "up", "stay", "short", "long",
        "care", "intensive", "intermediate", "progressive", "coronary", "critical", "observation", "decision", "holding", "recovery",
        "isolation", "maternity", "mother", "baby", "newborn", "special", "high", "dependency", "telemetry", "tele", "medical", "surgical",
        "medicine", "labor", "delivery", "birthing", "postpartum", "antepartum", "psychiatric", "behavioral", "detox", "burn", "stroke",
        "trauma", "transplant", "general", "private", "semi-private", "acute", "subacute", "transitional", "respiratory", "cardiac",
        "neuro", "geri", "geriatric", "pediatric", "adult", "womens", "women's", "childrens", "children's", "family", "patient", "patients",
        "admission", "admissions", "discharge", "emergency", "overflow", "surge", "swing", "float", "flex", "clinical", "research",
        "nursing", "med", "surg", "med-surg", "medsurg", "oncology", "hospice", "palliative", "comfort", "rehab", "skilled", "memory",
        "secure", "locked", "open", "closed", "quiet", "covid", "negative", "pressure", "bone", "marrow", "heart", "lung", "kidney", "liver",
        "spine", "ortho", "joint", "infusion", "dialysis", "procedure", "procedures", "treatment", "pre-op", "post-op", "preop", "postop",
        "same", "next", "other", "this", "that", "the", "our", "their", "his", "her", "my", "your", "each", "every", "any", "one", "first",
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "top", "bottom", "ground", "basement", "lobby",
        "score", "scale", "total", "count", "rate", "goal", "target", "max", "min", "maximum", "minimum", "peak", "plateau", "baseline",
        "gen", "generation", "series", "batch", "lot", "kit", "box", "bag", "vial", "tab", "cap", "unit's",
    ]);
}
