namespace MedDocs.Core.Phi;

/// <summary>
/// A business named and then described by an apposition that places it: "at northern timber, the mill on river road",
/// "worked for Kessel Brothers, the plant out on Route 4", "from corbin's, the bakery near the square". The apposition ("the"
/// and a kind of workplace, then a place preposition) says the words before its comma are the workplace's own name, plain
/// English words or not; the corpora label such workplaces as places (Location).
/// <para>
/// Only after "at", "for", "from" or "with", one to three words without an article, none a function, clinical, role or
/// number word ("at work, the plant on …" and "at night, the shop by …" name nothing).
/// </para>
/// </summary>
internal static class OrganisationAppositions
{
    /// <summary>Kinds of workplace in the apposition.</summary>
    private static readonly AsciiWordSet WorkplaceKinds = new(
    [
        "mill", "plant", "factory", "foundry", "refinery", "cannery", "warehouse", "company", "firm", "store", "shop", "restaurant", "diner", "bar",
        "bakery", "dealership", "garage", "yard", "farm", "mine", "quarry", "depot", "terminal", "elevator", "salon", "hotel", "motel", "casino",
        "pharmacy", "office", "clinic", "brewery", "winery", "dairy", "packing", "distribution", "center", "shipyard", "sawmill", "papermill",
        "cafe", "market", "grocery", "supermarket", "daycare", "school", "nursery", "greenhouse", "orchard", "ranch", "lab", "laboratory",
    ]);

    /// <summary>Prepositions that place the workplace after its kind: "the mill on …", "the plant out by …".</summary>
    private static readonly AsciiWordSet PlacePrepositions = new(
        ["on", "in", "at", "near", "by", "off", "out", "up", "down", "over", "across", "behind", "past", "outside", "downtown", "uptown", "along"]);

    private static readonly AsciiWordSet Cues = new(["at", "for", "from", "with"]);

    /// <summary>Generic words that are where one is, not a workplace's name ("at work", "at night", "at home").</summary>
    private static readonly AsciiWordSet NotWorkplaceNames = new(
        ["work", "night", "home", "school", "church", "first", "last", "least", "most", "times", "time", "once", "the", "a", "an", "this", "that", "my", "his", "her", "their", "our", "your",
         "all", "some", "any", "one", "two", "lunch", "noon", "dinner", "breakfast", "rest", "risk", "baseline", "bedtime", "midnight", "dawn", "dusk"]);

    /// <summary>Tries the words after the cue at <paramref name="preposition"/>.</summary>
    public static void TryAfter(FindingSink sink, TextTokens tokens, int preposition)
    {
        if (!tokens.IsWord(preposition) || !Cues.Contains(tokens.Span(preposition)))
        {
            return;
        }
        int first = preposition + 1;
        int comma = -1;
        for (int k = first; k < first + 4 && k < tokens.Count && !tokens[k].NewLineBefore; k++)
        {
            if (tokens.IsSymbol(k, ','))
            {
                comma = k;
                break;
            }
            if (!tokens.IsWord(k))
            {
                return;
            }
            var word = tokens.Span(k);
            if (NotWorkplaceNames.Contains(word) || ContextWords.Titles.Contains(word) || ContextWords.Relations.Contains(word) || ContextWords.ClinicalAcronyms.Contains(word)
                || SpokenNumbers.Value(word) >= 0 || NameStopWords.Contains(word) && !tokens.Entry(k).IsName(2) || ContextWords.LooksMedical(word) && tokens.Entry(k).English < 2)
            {
                return;
            }
        }
        int kind = comma + 2;
        if (comma <= first || !tokens.WordIs(comma + 1, "the") || !tokens.IsWord(kind) || tokens[comma + 1].NewLineBefore || tokens[kind].NewLineBefore
            || !WorkplaceKinds.Contains(tokens.Span(kind)))
        {
            return;
        }
        // The kind may have one word before it: "the paper mill on …", "the old plant out by …".
        int place = kind + 1;
        if (tokens.IsWord(place) && !PlacePrepositions.Contains(tokens.Span(place)) && WorkplaceKinds.Contains(tokens.Span(place)))
        {
            place++;
        }
        if (!tokens.IsWord(place) || tokens[place].NewLineBefore || !PlacePrepositions.Contains(tokens.Span(place)))
        {
            return;
        }
        // Letter case agrees: all lower case in speech, or capitalised words in writing.
        bool lower = WordShape.IsLowerCase(tokens.Span(first));
        for (int k = first; k < comma; k++)
        {
            if (lower ? !WordShape.IsLowerCase(tokens.Span(k)) : !WordShape.IsCapitalised(tokens.Span(k)) && !tokens.Span(k).Equals("and", StringComparison.Ordinal))
            {
                return;
            }
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[comma - 1].End - tokens[first].Start, 0.74, "location-apposition");
    }
}
