namespace MedDocs.Core.Phi;

/// <summary>
/// The generic vocabulary of organisation names, for <see cref="OrganisationNames"/>: head nouns that end a business,
/// church, school, practice or service name ("… Freight Lines", "… &amp; Sons", "… Fellowship", "… Breast Imaging",
/// "… Landscaping"), beside the facility heads of <see cref="ContextWords.FacilityHeads"/>; and the words that make such a
/// name generic rather than proper ("Advanced Heart Failure Clinic", "Interpreter Services", "summer school").
/// </summary>
internal static class OrganisationHeads
{
    /// <summary>Head nouns of organisations that <see cref="ContextWords.FacilityHeads"/> does not hold.</summary>
    internal static readonly AsciiWordSet Heads = new(
    [
        // Firms and trades.
        "sons", "brothers", "bros", "corporation", "incorporated", "enterprises", "industries", "holdings", "ventures", "solutions",
        "systems", "technologies", "consulting", "consultants", "agency", "contractors", "contracting", "construction", "builders",
        "manufacturing", "fabrication", "fabricators", "components", "products", "supplies", "distributors", "distributing", "lines",
        "freight", "trucking", "transport", "transportation", "express", "movers", "hauling", "roofing", "landscaping", "plumbing",
        "heating", "electric", "electrical", "mechanical", "paving", "excavating", "excavation", "masonry", "flooring", "cleaners",
        "janitorial", "lumber", "automotive", "towing", "salvage", "recycling", "energy", "utilities", "telecom", "wireless",
        "communications", "publishing", "printing", "foods", "dairy", "orchards", "vineyards", "winery", "brewery", "bakery",
        "creamery", "catering", "bistro", "grill", "pizzeria", "steakhouse", "realty", "properties", "outfitters", "nurseries",
        "greenhouses", "florist", "florists", "salon", "barbershop", "fitness", "gym", "mart", "grocers", "grocery", "hardware",
        "drugstore", "apothecary", "tavern", "saloon", "pub", "diner", "cafe", "kitchen",
        // Health services named like firms.
        "imaging", "pathology", "diagnostics", "genomics", "genetics", "laboratories", "therapeutics", "telehealth", "telemedicine",
        "ambulance", "paramedics", "hospice", "chiropractic", "orthodontics", "dentistry", "dental", "optometry", "audiology", "orthotics",
        "prosthetics", "post-acute", "homecare", "eldercare", "dermatology", "neurology", "urology", "hematology", "gastroenterology",
        "pulmonology", "nephrology", "rheumatology", "endocrinology", "ophthalmology", "otolaryngology", "gynecology", "obstetrics",
        "orthopaedic", "orthopaedics", "orthopedic", "podiatry", "psychiatry", "psychology", "neurosurgery", "surgery", "spine",
        "vascular", "therapy", "wellness", "counseling", "counselling", "nurses", "visiting",
        // Faith communities.
        "church", "chapel", "fellowship", "ministries", "ministry", "tabernacle", "temple", "synagogue", "mosque", "congregation",
        "cathedral", "baptist", "methodist", "presbyterian", "lutheran", "episcopal", "pentecostal", "congregational", "mennonite",
        "adventist",
        // Schools and child care.
        "elementary", "preschool", "montessori", "academy", "daycare",
        // Emergency rooms named by their hospital in speech ("drove me to highlands er").
        "er",
        // Funeral trades.
        "funeral", "mortuary", "crematory",
        // Ninth pass: trades, services and agencies named like firms ("Piedmont Aggregates", "Sound Harbor Seafood Processing",
        // "Mission Vista Subacute", "Cascade Physiatry", "AXIS Forensic Toxicology", "Tri-River Donor Network", "Seacoast
        // Shellfish Co."); "Co" is a company only where its period ends the name (OrganisationNames.IsCountyAbbreviation).
        "processing", "aggregates", "seafood", "seafoods", "subacute", "physiatry", "electrodiagnostics", "toxicology", "evaluations",
        "network", "co", "ame",
    ]);

    /// <summary>Heads of corporations in general, named as a place only after a cue: "works for Ashby Systems".</summary>
    internal static readonly AsciiWordSet CorporateHeads = new(
    [
        "corporation", "incorporated", "enterprises", "industries", "holdings", "ventures", "solutions", "systems", "technologies",
        "consulting", "consultants", "agency", "communications", "publishing", "group", "company", "partners", "associates", "inc", "corp",
        "llc", "ltd", "energy", "utilities", "telecom", "wireless", "products", "brothers", "sons",
    ]);

    /// <summary>Heads after which a name is a denomination's church: "first baptist", "Second Presbyterian".</summary>
    internal static readonly AsciiWordSet Denominations = new(
        ["baptist", "methodist", "presbyterian", "lutheran", "episcopal", "pentecostal", "congregational", "mennonite", "adventist", "catholic", "evangelical"]);

    /// <summary>Firm marks after a name and a comma: "Chaparral Components, Inc.", "Dale Finch, LLP".</summary>
    internal static readonly AsciiWordSet FirmMarks = new(["inc", "llc", "llp", "pllc", "ltd", "corp", "co", "pc", "pa", "lp"]);

    /// <summary>
    /// Words that describe a service's kind, condition or audience, never which one: with only these before a head the
    /// phrase is generic ("Advanced Heart Failure Clinic", "Interpreter Services", "social services", "art school").
    /// </summary>
    internal static readonly AsciiWordSet GenericWords = new(
    [
        "advanced", "comprehensive", "integrated", "integrative", "complete", "total", "general", "specialty", "special", "primary",
        "quality", "modern", "failure", "disease", "diseases", "disorders", "disorder", "function", "injury", "injuries", "management",
        "control", "prevention", "testing", "screening", "evaluation", "assessment", "education", "support", "access", "admissions",
        "seizure", "headache", "movement", "nerve", "muscle", "throat", "nose", "tumor", "stem", "cell", "gas", "teen", "adolescent",
        "youth", "social", "interpreter", "interpreting", "translation", "security", "financial", "billing", "business", "art", "arts",
        "flight", "film", "cosmetology", "culinary", "technical", "tech", "community", "regional", "district", "area", "city", "county",
        "state", "federal", "national", "international", "american", "united", "local", "global", "public", "private", "independent",
        "sterile", "central", "anatomic", "anatomical", "nuclear", "forensic", "surgical", "digital", "transfusion", "cytology",
        "perioperative", "periop", "operative", "procedural", "anesthesia", "critical", "neurocritical", "physical", "speech",
        "occupational", "respiratory", "infusion", "home", "hospital", "clinic", "emergency", "urgent", "walk-in", "medical", "health",
        "care", "nursing", "women's", "womens", "men's", "mens", "children's", "childrens", "kids", "pediatric", "adult", "senior",
        "veterans", "elder", "family", "christian", "catholic", "jewish", "day", "night", "evening", "weekend", "summer", "sunday",
        "high", "middle", "junior", "grade", "grammar", "prep", "charter", "boarding", "community", "hearing", "vision", "sports",
    ]);

    /// <summary>Heads too common as plain nouns to end a lower-case name after a cue ("at home", "at the beach house").</summary>
    internal static readonly AsciiWordSet WeakLowerCaseHeads = new(
    [
        "home", "homes", "house", "residence", "care", "health", "services", "program", "group", "practice", "department", "dept",
        "suite", "facility", "general", "medical", "memorial", "nursing", "urgent", "fire", "transit", "packing", "accounting", "die",
        "works", "mill", "plant", "company", "store", "market", "shop", "office", "drug", "drugs", "supply", "inc", "corp", "llc",
        "commons", "lodge", "village", "gardens", "estates", "bank", "library", "mall", "farm", "farms", "garage", "kitchen", "grill",
        "express", "lines", "energy", "products", "systems", "solutions", "supplies", "transport", "freight", "electric", "heating",
        "temple", "ministry", "therapy", "surgery", "spine", "vascular", "funeral", "fitness", "gym", "properties", "agency", "dairy",
        "grocery", "hardware", "pub", "cafe", "diner", "tavern", "recovery", "lab", "labs", "laboratory", "department", "plaza",
        "towers", "apartments", "apts", "residence", "motors", "printing", "cleaners", "catering", "medicine", "center's", "visiting",
        "processing", "network", "co", "evaluations", "toxicology",
    ]);
}
