namespace MedDocs.Core.Phi;

/// <summary>
/// Words that say what kind of service a facility word is, never which one: a medical specialty ("neurosurgery
/// clinic", "hepatology", "bariatrics"), a care setting ("short-term rehab", "outpatient lab", "subacute"), a schedule
/// ("weekly labs", "daily dialysis") or a clipped clinical adjective ("vasc lab", "neuro rehab"). Such a word before a
/// facility head does not make a named facility, and alone it is not a place to repeat. Specialties are matched by their
/// endings (-ology, -ologist, -iatry, -surgery …) as well as listed, so the class is complete without a list of each.
/// </summary>
internal static class FacilityModifiers
{
    /// <summary>True for a specialty, setting, schedule or clipped clinical adjective (any letter case).</summary>
    public static bool IsGeneric(ReadOnlySpan<char> word) =>
        Words.Contains(word) || ContextWords.Departments.Contains(word) || HasSpecialtyEnding(word);

    private static readonly string[] SpecialtyEndings =
    [
        "ology", "ologic", "ological", "ologist", "iatry", "iatric", "iatrics", "surgery", "surgical", "pedics", "pedic",
        "ectomy", "scopy", "graphy", "therapy", "thoracic", "vascular", "cardiac", "natal",
    ];

    internal static bool HasSpecialtyEnding(ReadOnlySpan<char> word)
    {
        if (word.Length < 6)
        {
            return false;
        }
        foreach (var ending in SpecialtyEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What neither <see cref="ContextWords.Departments"/> nor <see cref="SpecialtyEndings"/> already covers.</summary>
    internal static readonly AsciiWordSet Words = new(
    [
        // Schedules.
        "daily", "nightly", "weekly", "biweekly", "bi-weekly", "monthly", "bimonthly", "quarterly", "yearly", "annual", "routine",
        "stat", "serial", "repeat", "scheduled", "standing", "morning", "am", "pm", "evening", "overnight", "weekend",
        // Care settings and levels.
        "short-term", "long-term", "shortterm", "longterm", "subacute", "sub-acute", "post-acute", "postacute", "chronic",
        "outpt", "inpt", "op", "ip", "ambulatory", "residential", "skilled", "intensive", "intermediate",
        "transitional", "respite", "step-down", "stepdown", "home-based", "in-home", "night", "adult", "child",
        "peds", "senior", "local", "nearby", "outside", "inhouse", "in-house", "satellite",
        "mobile", "portable", "bedside", "hospital-based", "community-based", "emergency",
        // Clipped clinical adjectives and organ words.
        "vasc", "cardio", "cardiopulm", "neurosurg", "nsgy", "hepatic",
        "hem", "uro", "ophtho", "optho", "gen", "surg",
        "spinal", "venous", "arterial",
        "echo", "stress", "swallow", "voice", "vision", "hearing", "balance", "fall", "falls", "ostomy",
        "transfusion", "apheresis", "blood", "labs", "coag", "nutrition", "diet", "feeding",
        "nephro", "uro-gyn", "urogyn", "colorectal", "interventional", "diagnostic",
        "molecular", "micro", "path", "chemistry", "clinical", "research", "teaching",
        // Kinds of care, service and bank ("post mortem care", "client services", "organ bank").
        "post", "mortem", "postmortem", "post-mortem", "perineal", "peri", "oral", "mouth", "trach", "foley", "pin", "cord",
        "client", "customer", "member", "guest", "patient", "support", "technical", "environmental", "protective", "organ", "tissue",
        "milk", "sperm", "food",
        // Perioperative and critical-care services ("Perioperative Services", "neurocritical care").
        "perioperative", "periop", "peri-op", "perianesthesia", "operative", "critical", "neurocritical", "procedural", "sedation",
        "anesthesia", "anaesthesia", "sterile", "processing", "interpreter", "interpreting", "spiritual", "pastoral", "chaplaincy",
    ]);
}
