namespace MedDocs.Core.Phi;

/// <summary>
/// Words that make the proper words before them the name of an organisation, a business or a place rather than a person:
/// church denominations and congregations ("Grace Mennonite Fellowship"), trades and shops ("Delgado's Bakery", "Greenway
/// Landscaping", "Pruitt &amp; Sons Roofing"), and the generic parts of a locality's name ("Hollis Corner", "Cedar Falls").
/// A name rule that meets one of these after its words leaves them to the place rules. Generic vocabulary written for MedDocs.
/// </summary>
internal static class OrganisationWords
{
    /// <summary>Heads of organisation names that are no person's (see the class summary).</summary>
    private static readonly AsciiWordSet Heads = new(
    [
        // Congregations and denominations.
        "mennonite", "amish", "baptist", "methodist", "lutheran", "presbyterian", "episcopal", "episcopalian", "catholic", "evangelical",
        "pentecostal", "adventist", "orthodox", "congregational", "nazarene", "reformed", "apostolic", "fellowship", "church", "chapel",
        "temple", "synagogue", "mosque", "parish", "ministries", "ministry", "congregation", "tabernacle", "cathedral", "assembly",
        // Trades, shops and firms.
        "bakery", "landscaping", "roofing", "plumbing", "heating", "construction", "contracting", "contractors", "builders", "trucking",
        "freight", "hauling", "excavating", "paving", "masonry", "electric", "electrical", "auto", "automotive", "motors",
        "collision", "towing", "dairy", "farms", "orchards", "nursery", "greenhouse", "diner", "cafe", "restaurant", "pizzeria", "grill",
        "tavern", "pub", "brewery", "winery", "deli", "market", "grocery", "hardware", "lumber", "salon", "barbershop", "laundromat",
        "cleaners", "realty", "insurance", "bank", "credit", "lending", "logistics", "manufacturing", "industries", "components",
        "fabrication", "machining", "solar", "energy", "services", "solutions", "enterprises", "holdings", "partners", "associates",
        "sons", "brothers", "daughters", "inc", "llc", "llp", "ltd", "co", "corp", "company", "warehouse", "distribution", "supply",
        "foods", "meats", "seafood", "produce", "academy", "school", "daycare", "preschool", "motel", "hotel", "inn", "funeral", "mortuary",
    ]);

    /// <summary>Generic parts of a locality's name after its proper word ("Hollis Corner", "Cedar Falls", "Pine Ridge").</summary>
    private static readonly AsciiWordSet LocalityParts = new(
    [
        "corner", "corners", "falls", "springs", "heights", "mills", "crossing", "junction", "hollow", "ridge", "grove", "harbor", "harbour",
        "landing", "bluff", "bluffs", "creek", "valley", "township", "station", "crossroads", "gap", "notch", "flats", "meadows", "pines",
    ]);

    /// <summary>Whether <paramref name="word"/> heads an organisation's name.</summary>
    public static bool IsHead(ReadOnlySpan<char> word) => Heads.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a generic part of a locality's name.</summary>
    public static bool IsLocalityPart(ReadOnlySpan<char> word) => LocalityParts.Contains(word);

    /// <summary>
    /// Whether the words from token <paramref name="i"/> on (same line) are an organisation's name: a capitalised organisation head
    /// at <paramref name="i"/> + 1, or "&amp;" then a capitalised word ("Pruitt &amp; Sons", "Sandoval &amp; Reyes"). A possessive
    /// ("Delgado's Bakery") counts as its word.
    /// </summary>
    public static bool StartsOrganisation(TextTokens tokens, int i)
    {
        int next = i + 1;
        if (next >= tokens.Count || tokens[next].NewLineBefore)
        {
            return false;
        }
        if (tokens.IsSymbol(next, '&'))
        {
            return tokens.IsWord(next + 1) && !tokens[next + 1].NewLineBefore && WordShape.IsCapitalised(tokens.Span(next + 1));
        }
        return tokens.IsWord(next) && WordShape.IsCapitalised(tokens.Span(next)) && (IsHead(tokens.Span(next)) || IsLocalityPart(tokens.Span(next)));
    }

    /// <summary>"Sandoval &amp; Reyes": a capitalised word right after "&amp;" that follows another capitalised word (a firm's second name).</summary>
    public static bool IsAfterAmpersand(TextTokens tokens, int i) =>
        i >= 2 && !tokens[i].NewLineBefore && tokens.IsSymbol(i - 1, '&') && tokens.IsWord(i - 2) && WordShape.IsCapitalised(tokens.Span(i - 2))
        && WordShape.IsCapitalised(tokens.Span(i));
}
