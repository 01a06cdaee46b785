namespace MedDocs.Core.Phi;

/// <summary>
/// Hand-written cue vocabularies of the context rules (written for MedDocs; vocabulary, not copied data):
/// titles, relations, roles, words that follow such cues but are not names, clinical acronyms that are not
/// institutions, facility words, and the words around a fraction that make "5/5" a measurement, not a date.
/// All are looked up case-insensitively from spans without allocating.
/// </summary>
internal static class ContextWords
{
    /// <summary>Titles before a person's name ("Dr", "Drs", "Doctor", "Mr" …); the period is a separate token.</summary>
    public static readonly AsciiWordSet Titles = new(["dr", "drs", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "dres", "doc", "mister", "missus", "dra", "drs"]);

    /// <summary>Relatives and proxies, followed by a first name ("son John", "dtr (Mary)", "HCP: Bob").</summary>
    public static readonly AsciiWordSet Relations = new(
    [
        "son", "sons", "daughter", "daughters", "dtr", "dau", "dgt", "wife", "husband", "hus", "spouse", "sister", "sis", "brother", "bro",
        "friend", "hcp", "proxy", "niece", "nephew", "mother", "father", "mom", "dad", "mum", "grandson", "granddaughter",
        "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "cousin", "girlfriend", "boyfriend", "fiance",
        "fiancee", "partner", "neighbor", "neighbour", "roommate", "guardian", "stepson", "stepdaughter", "sister-in-law",
        "brother-in-law", "son-in-law", "daughter-in-law", "mother-in-law", "father-in-law", "stepmother", "stepfather",
        "caregiver", "companion", "significant", "so", "gf", "bf", "nok", "godson", "goddaughter", "grandchild", "relative",
        "parents", "parent", "children", "kids", "siblings", "sisters", "brothers", "granddaughters", "grandsons", "grandchildren",
        "coworker", "co-worker", "boss", "landlord", "neighbors", "husband's", "wife's", "fiancé", "fiancée", "step-son", "step-daughter",
        "buddy", "pal", "teammate", "classmate", "colleague", "housemate", "stepbrother", "stepsister", "half-brother", "half-sister",
        "granddad", "grandad", "grandmom", "nana", "auntie", "godmother", "godfather", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend",
        // Family words of address and short forms (ContextNameRules.RelationLists.cs reads lists after the plurals).
        "mama", "papa", "granny", "grandmama", "grandpapa", "abuela", "abuelo", "dtr-in-law", "grandkids", "nieces", "nephews", "cousins",
        "stepchildren",
        // Step, foster and god relations and the rest of the family said in speech ("his stepdad jay", "her grandniece ona").
        "stepdad", "stepmom", "step-dad", "step-mom", "stepparent", "step-father", "step-mother", "step-brother", "step-sister", "godparent",
        "godchild", "grandniece", "grandnephew", "great-grandson", "great-granddaughter", "great-grandmother", "great-grandfather",
        "half-sibling", "stepgrandson", "stepgranddaughter", "fiancé's", "sister-in-law's",
    ]);

    /// <summary>Roles before a name ("RN Jane", "attending Smith", "covering: Lee").</summary>
    public static readonly AsciiWordSet RolesBefore = new(
    [
        "rn", "nurse", "attending", "attg", "resident", "fellow", "intern", "np", "pa", "covering", "pcp", "cm", "sw", "chaplain",
        "rabbi", "priest", "pharmacist", "interpreter", "translator", "cardiologist", "surgeon", "oncologist", "neurologist",
        "nephrologist", "intensivist", "hospitalist", "anesthesiologist", "physician", "provider", "therapist", "dietitian",
        "nutritionist", "rt", "tech", "sitter", "coordinator", "manager", "worker", "md", "doc", "housestaff", "ho", "cnm",
        "midwife", "counselor", "psychiatrist", "psychologist", "pastor", "reverend", "rev", "father", "sister", "officer",
        "pct", "cna", "lpn", "representative", "rep", "scheduler", "secretary", "receptionist", "paramedic", "emt", "aide",
        "technologist", "phlebotomist", "liaison", "navigator", "advocate", "volunteer", "fr", "chief", "dietician", "pt/ot",
        "supervisor", "preceptor", "educator", "director", "specialist", "clinician", "caseworker", "practitioner", "internist",
        "pediatrician", "obstetrician", "radiologist", "pathologist", "urologist", "dermatologist", "gastroenterologist",
        "pulmonologist", "endocrinologist", "rheumatologist", "ophthalmologist", "dentist", "podiatrist", "audiologist", "doula",
        "ot", "slp", "rrt", "crna", "aprn", "lcsw", "msw", "rd", "pharmd", "coach", "sponsor",
        // Titles of police, fire, military and clergy, and staff named by their job (ContextNameRules.PersonTitles.cs).
        "trooper", "detective", "det", "deputy", "sheriff", "sergeant", "sgt", "captain", "capt", "cpt", "lieutenant", "corporal", "cpl",
        "ofc", "firefighter", "investigator", "marshal", "br", "deacon", "imam", "minister", "msgr", "monsignor", "cantor", "medic",
        "sonographer", "consultant",
    ]);

    /// <summary>Credentials after a name ("Smith MD", "Jane Lee, RN").</summary>
    public static readonly AsciiWordSet CredentialsAfter = new(
    [
        "md", "rn", "np", "pa", "do", "lpn", "crna", "cnm", "lcsw", "msw", "pharmd", "phd", "dds", "rrt", "bsn", "aprn", "fnp", "pac", "facp", "dmd", "mph", "lmhc", "cns",
        "cna", "rt", "pt", "ot", "sw", "rd", "rdn", "rph", "slp", "lmsw", "lsw", "dpt", "otr", "cota", "pta", "psyd", "dnp", "acnp", "cnp", "ccrn",
        "lmft", "lpc", "emt", "cnl", "np-c", "fnp-c", "fnp-bc", "pa-c", "rn-bc", "ccc-slp", "agacnp-bc", "anp-bc", "dnp-aprn",
    ]);

    /// <summary>Credentials that are also everyday abbreviations ("PT" patient, "RT" right, "SW" southwest): after a name only behind a comma.</summary>
    public static readonly AsciiWordSet CommaOnlyCredentials = new(["pt", "ot", "rt", "sw", "rd"]);

    /// <summary>Words that start a self-introduction or a name statement ("my name is X", "I'm X", "this is X", "call me X").</summary>
    public static readonly AsciiWordSet SelfIntroductions = new(["i'm", "im", "name's", "names", "it's"]);

    /// <summary>
    /// Words that may sit right after a cue but are not names: pronouns, function words, verbs and clinical
    /// vocabulary that the name lists also hold (Ng, Ra, Al …), interjections of transcripts, months and weekdays.
    /// </summary>
    public static readonly AsciiWordSet NotNames = new(
    [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "was", "are",
        "were", "be", "been", "has", "had", "have", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
        "not", "no", "yes", "he", "she", "they", "his", "her", "hers", "their", "them", "him", "it", "its", "we", "us", "our",
        "you", "your", "i", "me", "my", "this", "that", "these", "those", "who", "whom", "which", "what", "when", "where", "why",
        "how", "all", "any", "some", "none", "both", "each", "other", "another", "also", "too", "very", "just", "only", "still",
        "now", "then", "here", "there", "today", "tonight", "tomorrow", "yesterday", "am", "pm", "re", "per", "via", "s", "x",
        "aware", "notified", "paged", "called", "informed", "updated", "made", "came", "saw", "seen", "spoke", "said", "says",
        "states", "stated", "wants", "wanted", "wishes", "feels", "felt", "asked", "asks", "agrees", "agreed", "ordered",
        "orders", "following", "follows", "visited", "visiting", "visit", "visits", "present", "at bedside", "bedside", "in",
        "out", "up", "down", "over", "off", "into", "onto", "about", "after", "before", "during", "until", "while", "since",
        "like", "well", "ok", "okay", "yeah", "yep", "yup", "nope", "uh", "um", "umm", "hmm", "huh", "oh", "ah", "hi", "hey",
        "aw", "aww", "awww", "ooh", "ohh", "ahh", "uhh", "uhm", "erm", "mm", "mmm", "mhm", "hm", "eh", "wow", "whoa", "oops", "ugh", "yay", "haha", "yea",
        "hello", "bye", "thanks", "thank", "sure", "right", "alright", "so", "well", "sorry", "please", "actually", "really",
        "pt", "pts", "patient", "patients", "family", "team", "teams", "staff", "service", "services", "office", "note", "notes",
        "team's", "rn", "md", "np", "pa", "do", "ng", "og", "ngt", "ogt", "ra", "al", "le", "ue", "iv", "po", "pr", "sq", "sc",
        "im", "bp", "hr", "rr", "ns", "lr", "ct", "mri", "ed", "er", "or", "icu", "micu", "sicu", "ccu", "csru", "ekg", "ecg",
        "cxr", "abg", "vbg", "cbc", "ett", "trach", "peg", "foley", "picc", "cvl", "art", "line", "lines", "sat", "sats",
        "vent", "cpap", "bipap", "peep", "fio", "tf", "tfs", "npo", "prn", "bid", "tid", "qid", "qd", "qhs", "daily", "mg",
        "mcg", "ml", "cc", "kg", "lb", "lbs", "hrs", "hr", "min", "mins", "am", "pm", "noc", "eve", "nite", "night", "day",
        "days", "morning", "evening", "afternoon", "tomorrow", "week", "weeks", "month", "months", "year", "years", "time",
        "times", "neuro", "resp", "cv", "gi", "gu", "id", "skin", "social", "psych", "endo", "heme", "renal", "dispo",
        "plan", "assessment", "response", "action", "impression", "history", "hx", "dx", "tx", "sx", "fx", "rx", "s/p",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tues", "tue", "wed", "thurs", "thu", "fri", "sun",
        "lasix", "heparin", "insulin", "coumadin", "tylenol", "morphine", "fentanyl", "propofol", "versed", "ativan",
        "haldol", "levophed", "dopamine", "vanco", "vancomycin", "zosyn", "flagyl", "cipro", "levaquin", "ceftriaxone",
        "lopressor", "metoprolol", "captopril", "lisinopril", "amiodarone", "dilaudid", "percocet", "oxycodone", "senna",
        "colace", "protonix", "nexium", "pepcid", "zofran", "reglan", "kcl", "magnesium", "calcium", "potassium", "albumin",
        "aspirin", "plavix", "lovenox", "neo", "vasopressin", "precedex", "nitro", "ntg", "norvasc", "digoxin", "diltiazem",
        "solumedrol", "prednisone", "decadron", "keppra", "dilantin", "zyprexa", "seroquel", "trazodone", "ambien", "xanax",
        "klonopin", "valium", "narcan", "glucose", "dextrose", "saline", "sodium", "bicarb", "mucomyst", "combivent",
        "albuterol", "atrovent", "nebs", "neb", "vitamin", "thiamine", "folate", "famotidine", "miralax", "dulcolax",
        "bisacodyl", "lactulose", "rifaximin", "nystatin", "diflucan", "fluconazole", "acyclovir", "bactrim", "keflex",
        "cefazolin", "ancef", "gent", "gentamicin", "tobra", "meropenem", "imipenem", "linezolid", "daptomycin", "caspofungin",
        "home", "rehab", "hospital", "floor", "unit", "room", "bed", "chair", "bathroom", "house", "work", "church", "school",
        "god", "lord", "jesus", "christ", "amen", "mass", "general", "st", "saint", "north", "south", "east", "west", "new",
        "old", "last", "first", "second", "next", "prior", "previous", "other", "same", "call", "phone", "name", "named",
        "america", "american", "canada", "canadian", "mexico", "mexican", "germany", "german", "france", "french", "spain", "spanish",
        "italy", "italian", "poland", "polish", "greece", "greek", "czech", "austria", "austrian", "russia", "russian", "china",
        "chinese", "japan", "japanese", "korea", "korean", "india", "indian", "haiti", "haitian", "brazil", "brazilian", "portugal",
        "portuguese", "ireland", "irish", "england", "english", "britain", "british", "scotland", "scottish", "wales", "welsh",
        "sweden", "swedish", "norway", "norwegian", "denmark", "danish", "finland", "finnish", "netherlands", "dutch", "belgium",
        "switzerland", "swiss", "hungary", "hungarian", "romania", "romanian", "ukraine", "ukrainian", "turkey", "turkish",
        "israel", "israeli", "egypt", "egyptian", "nigeria", "nigerian", "kenya", "ghana", "vietnam", "vietnamese", "cambodia",
        "philippines", "filipino", "cuba", "cuban", "jamaica", "jamaican", "dominican", "colombia", "peru", "chile", "argentina",
        "europe", "european", "africa", "african", "asia", "asian", "latino", "latina", "hispanic", "caucasian", "australia",
        // Honorifics and ranks that title a person ("Hon. Beatriz …", "investigator Lt. Farrow"): the title, never the name.
        "hon", "honorable", "honourable", "lt", "ltjg", "maj", "col",
    ]);

    /// <summary>Clinical and administrative acronyms that are not institutions ("transferred from ICU", "to CT").</summary>
    public static readonly AsciiWordSet ClinicalAcronyms = new(
    [
        "icu", "micu", "sicu", "ccu", "csru", "cvicu", "tsicu", "nicu", "picu", "cticu", "pacu", "ed", "er", "or", "ir", "cath",
        "ct", "mri", "mra", "cta", "us", "ekg", "ecg", "eeg", "emg", "tte", "tee", "cxr", "kub", "osh", "snf", "ecf", "ltc", "ltac",
        "ltach", "rehab", "nh", "alf", "home", "floor", "pt", "ot", "st", "slp", "rt", "sw", "cm", "hd", "cvvh", "cvvhd",
        "crrt", "pd", "dialysis", "vna", "ems", "ama", "dnr", "dni", "cmo", "gi", "gu", "id", "ent", "neuro", "psych", "ob",
        "gyn", "peds", "onc", "bmt", "ep", "vs", "md", "rn", "np", "pa", "ns", "lr", "iv", "po", "pr", "sq", "im", "prn",
        "npo", "bid", "tid", "qid", "qd", "hs", "ac", "pc", "bp", "hr", "rr", "o2", "nc", "nrb", "fm", "vm", "bipap",
        "cpap", "peep", "ps", "ac", "simv", "prvc", "aprv", "ett", "ngt", "ogt", "peg", "picc", "tlc", "cvl", "aline",
        "abg", "vbg", "cbc", "bmp", "cmp", "lfts", "ua", "ucx", "bcx", "mrsa", "vre", "cdiff", "ards", "copd", "chf",
        "cad", "mi", "stemi", "nstemi", "afib", "af", "svt", "vt", "vf", "pea", "cabg", "avr", "mvr", "pci", "ptca", "dvt",
        "pe", "uti", "cva", "tia", "sah", "sdh", "ich", "gib", "ugib", "lgib", "esrd", "arf", "aki", "ckd", "dm", "htn",
        "hld", "etoh", "ivdu", "hcv", "hiv", "aids", "tb", "ra", "sob", "doe", "cp", "n/v", "abd", "ams", "loc", "rue",
        "lue", "rle", "lle", "ue", "le", "ivf", "prbc", "ffp", "plt", "plts", "tpn", "tf", "tfs", "am", "pm", "noc", "ok",
        "fyi", "asap", "stat", "eta", "nkda", "nka", "pmh", "hpi", "ros", "a/p", "ap", "pa", "lat", "ivc", "svc", "ij", "sc",
        "fem", "cvp", "map", "sbp", "dbp", "spo2", "fio2", "wbc", "hct", "hgb", "inr", "ptt", "bun", "cr", "k", "mg",
        "ca", "phos", "ldh", "ck", "ckmb", "trop", "bnp", "tsh", "a1c", "usa", "us", "uk", "ma", "nh", "ri", "ct", "ny", "nj",
        "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "ems", "ed's", "pcp", "hcp", "dtr", "us", "ems",
        "npi", "dea", "mrn", "ssn", "dob", "tka", "tha", "thr", "tkr", "orif", "ercp", "egd", "ptx", "hpf", "lpf", "rbc", "rbcs",
        "aed", "rosc", "hocm", "icd", "tbi", "dai", "rvsp", "lvef", "sao", "pao", "paco", "pco", "po2", "pco2", "vats", "cabg",
        "rca", "lad", "lcx", "om", "pda", "svg", "lima", "iabp", "lvad", "ecmo", "cpr", "acls", "bls", "nstemi", "hfref", "hfpef",
        "ef", "mr", "tr", "ar", "as", "ms", "ps", "pfo", "asd", "vsd", "avm", "ca", "bx", "fna", "lp", "csf", "ngt", "jp",
        "hiv", "hcv", "hbv", "covid", "flu", "rsv", "uri", "ili", "mssa", "esbl", "cre", "pna", "cap", "hap", "vap", "sbp",
        "hfnc", "nippv", "niv", "trach", "peg", "gt", "jt", "ij", "picc", "midline", "port", "fr", "atm", "usps", "ups", "fedex", "irs",
    ]);

    /// <summary>Last words of facility names ("Baystate Medical Center", "Hebrew Rehab", "Lowell General").</summary>
    public static readonly AsciiWordSet FacilityHeads = new(
    [
        "hospital", "hosp", "clinic", "rehab", "rehabilitation", "manor", "healthcare", "infirmary", "hospice", "pavilion",
        "institute", "center", "centre", "ctr", "general", "memorial", "medical", "nursing", "home", "homes", "village",
        "commons", "lodge", "residence", "house", "health", "care", "facility", "sanatorium", "asylum", "gardens", "estates",
        "vna", "pediatrics", "medicine", "dialysis", "recovery", "suite", "program", "services", "associates", "group", "practice",
        "lab", "laboratory", "labs", "pharmacy", "drug", "drugs", "imaging", "radiology", "oncology", "cardiology", "orthopedics",
        "urgent", "fire", "transit", "packing", "accounting", "library", "mall", "plant", "company", "inc", "corp", "llc",
        "factory", "farm", "farms", "school", "academy", "college", "university", "church", "department", "dept", "bank",
        "store", "market", "supermarket", "restaurant", "hotel", "motel", "inn", "garage", "motors", "logistics", "shelter",
        "hospitals", "clinics", "physicians", "partners", "healthcare", "supply", "die", "works", "mill", "center's",
        "apartments", "apts", "plaza", "towers", "diner", "cafe", "tavern",
        // Long-term acute and skilled care, labs, transport and firms ("Ashby LTACH", "Quarry Reference Laboratories", "Dale & Finch LLP").
        "ltac", "ltach", "ltc", "snf", "laboratories", "orthopaedics", "ambulance", "llp", "pllc", "ltd", "elementary",
    ]);

    /// <summary>Words that make a facility phrase when they end it after a proper word ("Mercy Hospital", "Spaulding Rehab").</summary>
    public static readonly AsciiWordSet StrongFacilityHeads = new(
        ["hospital", "hosp", "clinic", "rehab", "rehabilitation", "manor", "healthcare", "infirmary", "hospice", "pavilion", "institute", "sanatorium", "vna", "dialysis"]);

    /// <summary>Departments and specialties: "HF clinic", "Hand clinic", "cath lab", "pulm rehab" name a service, not a place.</summary>
    public static readonly AsciiWordSet Departments = new(
    [
        "cardiology", "cardiac", "heart", "hf", "chf", "urology", "hand", "anticoag", "anticoagulation", "coumadin", "pulm", "pulmonary",
        "lung", "surgery", "surgical", "acute", "care", "trauma", "wound", "sleep", "diabetes", "endocrine", "endo", "ortho",
        "orthopedic", "orthopedics", "neuro", "neurology", "gi", "renal", "kidney", "transplant", "oncology", "onc", "cancer",
        "breast", "eye", "dental", "pain", "psych", "psychiatry", "behavioral", "mental", "health", "womens", "women's", "family",
        "internal", "medicine", "pediatric", "pediatrics", "primary", "urgent", "walk-in", "outpatient", "inpatient", "day",
        "infusion", "dialysis", "vascular", "vein", "allergy", "dermatology", "derm", "ent", "ob", "gyn", "fertility", "memory",
        "stroke", "epilepsy", "spine", "sports", "physical", "occupational", "speech", "rehab", "cath", "endoscopy", "radiology",
        "imaging", "lab", "mri", "ct", "xray", "comfort", "comfort-focused", "palliative", "hospice", "geriatric", "geriatrics",
        "id", "infectious", "hepatology", "liver", "hematology", "heme", "rheumatology", "rheum", "nephrology", "gastroenterology",
        "cardiothoracic", "thoracic", "plastic", "plastics", "burn", "ccu", "icu", "ed", "er", "hiv", "tb", "std", "travel",
        "employee", "occupational", "prenatal", "ob/gyn", "nicu", "picu", "pacu", "clinic", "the", "our", "your", "their", "his",
        "her", "a", "an", "this", "that", "same", "general", "surgical", "medical", "resident", "residents", "fellows", "staff",
        "post-op", "postop", "pre-op", "preop", "follow-up", "followup", "f/u", "wellness", "weight", "bariatric", "smoking",
        "cessation", "addiction", "methadone", "suboxone", "detox", "pulmonology", "audiology", "optometry", "podiatry", "foot",
        "ankle", "knee", "hip", "shoulder", "bone", "joint", "skin", "coagulation", "lipid", "hypertension", "htn", "copd", "asthma",
    ]);

    /// <summary>Words that may stand inside a facility name ("St. Mary's of the Hills Medical Center").</summary>
    public static readonly AsciiWordSet FacilityInner = new(
    [
        "st", "saint", "of", "the", "and", "for", "general", "memorial", "medical", "regional", "community", "university",
        "children's", "childrens", "women's", "womens", "veterans", "va", "deaconess", "baptist", "methodist", "presbyterian",
        "mercy", "good", "samaritan", "sacred", "heart", "holy", "family", "cross", "lady", "mount", "mt", "county", "city",
        "state", "valley", "health", "care", "nursing", "rehab", "rehabilitation", "center", "centre", "hospital", "home",
        "skilled", "senior", "living", "assisted", "long", "term", "acute", "specialty", "cancer", "heart", "eye", "ear",
        "kidney", "jewish", "hebrew", "catholic", "christian", "lutheran", "adventist", "north", "south", "east", "west",
        "new", "shore", "bay", "lake", "river", "hills", "park",
    ]);

    /// <summary>Verbs and nouns of moving a patient between places ("transferred from", "d/c to", "admitted to").</summary>
    public static readonly AsciiWordSet MoveVerbs = new(
    [
        "transferred", "transfer", "transfered", "xfer", "xferred", "transported", "sent", "admitted", "admit", "discharged",
        "dc", "dc'd", "dced", "came", "arrived", "returned", "return", "returning", "moved", "moving", "flown", "medflighted",
        "flighted", "brought", "referred", "back", "went", "going", "go", "lives", "living", "live", "resides", "residing",
        "resident", "reside", "born", "raised", "grew", "visiting", "travelled", "traveled", "vacation", "vacationing",
        "presented", "presents", "seen", "followed", "treated", "hospitalized", "intubated", "stay", "stayed", "stays", "works", "worked",
    ]);

    /// <summary>Words before a fraction that make it a measurement ("BP 120/80", "PEEP 5/5", "GCS 3/15", "strength 5/5").</summary>
    public static readonly AsciiWordSet FractionCues = new(
    [
        "bp", "nbp", "apgar", "apgars", "day", "days", "mg", "mcg", "ml", "g", "gm", "tabs", "cycle", "cycles", "week", "wk", "dose#", "rib", "ribs", "ics", "abp", "sbp", "dbp", "map", "cvp", "pap", "pas", "pad", "peep", "cpap", "ps", "psv", "ip", "ep", "ipap", "epap",
        "bipap", "vent", "vt", "tv", "rr", "fio", "fio2", "ie", "i:e", "ratio", "gcs", "pain", "score", "scale", "rated",
        "rates", "rating", "strength", "str", "motor", "grip", "grips", "grasp", "grasps", "murmur", "sem", "grade", "pulses",
        "pulse", "dp", "dps", "tab", "tabs", "tablet", "percocet", "vicodin", "tylenol", 
        "sats", "spo2", "uo", "io", "i/o", "output", "ue", "le", "ues", "les", "bue", "ble", "rue", "lue", "rle", "lle",
        "mae", "moves", "ratio", "ctx", "neg", "pos", "positive", "negative", "ac", "simv", "prvc", "cmv", "settings", "set",
        "vs", "hr", "temp", "o2", "sat", "rate", "sliding", "ss", "ssi", "humalog", "nph", "lantus",
        "glargine", "regular", "units", "cough", "gag", "reflex", "reflexes", "dtrs", "babinski", "plantar", "hand",
        "hands", "arm", "arms", "leg", "legs", "foot", "feet", "upper", "lower", "extremity", "extremities", "bilat", "equal",
        "wean", "weaned", "weaning", "abd",
        "cm", "mm", "ml", "vol", "volume", "tidal", "resp", "mode", "pip", "plat", "plateau", "mean", "flow", "fi02",
        "pressure", "pressures", "support", "pso2", "cmh2o", "awake", "alert", "oriented", "ox", "aox", "a&o", "aao", "a+o",
        "nc", "lpm", "litres", "liters", "fm", "mask", "shovel", "face", "tent", "cuff", "cuffs",
        "mic", "mics", "mbc",
    ]);

    /// <summary>Words that may stand between a measurement cue and its value ("PS weaned to 10/5", "PEEP changed from 8/5").</summary>
    public static readonly AsciiWordSet FractionConnectors = new(
        ["to", "from", "on", "at", "of", "now", "changed", "increased", "decreased", "inc", "dec", "incr", "decr", "was", "is", "weaned", "titrated", "down", "up", "back", "remains", "remained", "still", "at", "and", "with", "w", "then"]);

    private static readonly string[] MedicalEndings =
    [
        "ine", "ol", "pril", "sartan", "statin", "mab", "nib", "itis", "osis", "emia", "ectomy", "otomy", "ostomy", "plasty",
        "scopy", "gram", "graphy", "zole", "cillin", "mycin", "floxacin", "cycline", "azepam", "olam", "done", "pam", "lol",
        "dipine", "parin", "xaban", "gatran", "tide", "mide", "zide", "sone", "lone", "olone", "ase", "ux", "algia", "pathy",
        "oma", "uria", "pnea", "cardia", "trophy", "plegia", "paresis", "ectasis", "ism", "vir", "azole", "oxacin", "profen",
    ];

    /// <summary>A word shaped like a drug or medical term ("amlodipine", "reflux", "nephropathy"): never a name or place on its own.</summary>
    public static bool LooksMedical(ReadOnlySpan<char> word)
    {
        if (word.Length < 5)
        {
            return false;
        }
        foreach (var ending in MedicalEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words after a fraction that make it a measurement ("5/325 mg", "1/2 tab", "5/5 strength", "2/6 murmur").</summary>
    public static readonly AsciiWordSet FractionUnits = new(
    [
        "mg", "mcg", "g", "gm", "gram", "grams", "ml", "cc", "l", "units", "unit", "u", "tab", "tabs", "tablet", "tablets", "pill",
        "pills", "cap", "caps", "capsule", "capsules", "dose", "doses", "puffs", "puff", "drops", "strength", "murmur", "sem",
        "holosystolic", "systolic", "diastolic", "pulses", "pulse", "mmhg", "cmh2o", "cm", "mm", "kg", "lb", "lbs", "bilat",
        "bilaterally", "throughout", "all", "uppers", "lowers", "ue", "le", "ues", "les", "extremities", "bil", "b/l",
        "x4", "peep", "ps", "fio2", "fio", "cpap", "ac", "simv", "prvc", "breaths", "bpm", "lpm", "nc",
        "rr", "vt", "tv", "ratio", "grade", "ns", "nss", "d5w", "d5", "lr", "sliding", "scale", "hr", "hrs", "hour", "hours",
        "min", "mins", "minutes", "sec", "times", "neb", "nebs", "inh", "vent", "settings", "support",
        // Household and container measures ("1/2 gallon", "3/4 cup", "1/2 amp D50"), more dose units.
        "gallon", "gallons", "gal", "cup", "cups", "liter", "litre", "liters", "litres", "bottle", "bottles", "amp", "amps",
        "ampule", "ampules", "ampoule", "ampoules", "vial", "vials", "bag", "bags", "packet", "packets", "pkt", "scoop", "scoops",
        "spoon", "spoons", "spoonful", "teaspoon", "teaspoons", "tablespoon", "tablespoons", "tsp", "tbsp", "oz", "ounce",
        "ounces", "pint", "pints", "quart", "quarts", "glass", "glasses", "serving", "servings", "portion", "portions", "slice",
        "slices", "piece", "pieces", "meal", "meals", "tray", "trays", "carton", "cartons", "patch", "patches", "spray", "sprays",
        "supp", "suppository", "suppositories", "syringe", "syringes", "inch", "inches", "meq", "mmol", "iu", "ug", "mls",
        "breakfast", "lunch", "dinner", "supper", "strengths",
    ]);

    /// <summary>Nouns after "the 5th" that make it an ordinal, not a date ("the 5th floor", "the 3rd time").</summary>
    public static readonly AsciiWordSet OrdinalNouns = new(
    [
        "floor", "time", "times", "dose", "doses", "day", "days", "percentile", "ics", "intercostal", "rib", "ribs", "digit",
        "finger", "fingers", "toe", "toes", "nerve", "nerves", "cranial", "ventricle", "grade", "week", "weeks", "month", "months",
        "year", "years", "attempt", "attempts", "try", "round", "rounds", "cycle", "cycles", "line", "visit", "child", "pregnancy",
        "trimester", "decade", "degree", "vertebra", "lumbar", "cervical", "thoracic", "metatarsal", "metacarpal", "space",
        "lead", "heart", "sound", "st", "street", "ave", "avenue", "unit", "bed", "session", "episode", "one", "place", "fl",
    ]);
}
