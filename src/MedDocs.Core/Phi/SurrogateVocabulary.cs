using System.Collections.Frozen;

namespace MedDocs.Core.Phi;

/// <summary>
/// Invented stand-ins for surrogate redaction: plain, common-sounding given names, surnames and place words,
/// combined at random so that no pairing points at a real person.
/// </summary>
internal static class SurrogateVocabulary
{
    public static readonly string[] GivenNames =
    [
        "Jane", "Alan", "Nora", "Peter", "Ruth", "Owen", "Clara", "Felix", "Irene", "Victor", "Edith", "Simon", "Greta",
        "Hugo", "Lena", "Oscar", "Mabel", "Rufus", "Tessa", "Walter", "Alma", "Conrad", "Delia", "Ezra", "Flora", "Gideon",
        "Hazel", "Ivo", "Judith", "Kurt", "Lorna", "Milo", "Nadia", "Otto", "Pearl", "Quentin", "Rhea", "Silas", "Thea",
        "Ulric", "Vera", "Wendell", "Xenia", "Yusuf", "Zora", "Bram", "Cora", "Dario", "Elsa", "Fabian",
    ];

    public static readonly string[] Surnames =
    [
        "Carter", "Holloway", "Pemberton", "Quist", "Ravenscroft", "Sallow", "Thistlewood", "Underhay", "Vantreight",
        "Wexley", "Yarrow", "Ashdown", "Brackley", "Coldwell", "Dunmore", "Elsworth", "Fairbairn", "Gorrick", "Hartigan",
        "Ingleby", "Jessop", "Kettering", "Lowrance", "Merriweather", "Norcott", "Oakhurst", "Penhallow", "Rookwood",
        "Stanwick", "Tillbrook", "Upfield", "Verrall", "Whitmore", "Yelland", "Abernethy", "Blackwood", "Cresswell",
        "Delacourt", "Fenwick", "Garside", "Hollins", "Ivory", "Jelbert", "Kilbride", "Lindqvist", "Marwood", "Nettleton",
        "Ormsby", "Prewitt", "Redfern",
    ];

    public static readonly string[] PlaceWords =
    [
        "Maplewood", "Brookfield", "Cedarvale", "Elmhurst", "Fernbrook", "Glenmoor", "Hollowell", "Larkspur", "Millbrook",
        "Northvale", "Oakridge", "Pinecrest", "Quarrydale", "Riverbend", "Stonebridge", "Thornbury", "Willowmere",
        "Ashford", "Birchwood", "Clearwater", "Dovecote", "Eastwick", "Foxhollow", "Greenhaven", "Heatherly", "Juniper",
        "Kingsmere", "Lindenhall", "Meadowlark", "Nettlefield",
    ];

    /// <summary>Words that give an address its structure and stay as they are in a surrogate address.</summary>
    public static readonly FrozenSet<string> AddressStructureWords = new[]
    {
        "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Way",
        "Parkway", "Pkwy", "Highway", "Hwy", "Place", "Pl", "Terrace", "Ter", "Circle", "Cir", "Square", "Sq", "Trail", "Trl",
        "Loop", "Alley", "Plaza", "Crescent", "Pike", "Turnpike", "Suite", "Ste", "Apt", "Apartment", "Unit", "Floor", "Fl",
        "Bldg", "Building", "PO", "P.O.", "Box", "Post", "Office", "PSC", "N", "S", "E", "W", "NE", "NW", "SE", "SW", "North",
        "South", "East", "West",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Tells a lone given name from a lone surname: more common as a given name than as a surname in the lexicon.</summary>
    public static bool IsKnownGivenName(string word)
    {
        var entry = PhiLexicon.Shared.Lookup(word);
        return entry.Given > 0 && entry.Given >= entry.Surname;
    }
}
