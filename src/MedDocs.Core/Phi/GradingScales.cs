namespace MedDocs.Core.Phi;

/// <summary>
/// Clinical grading and staging systems written as a word and a number ("COPD (GOLD 3)", "NYHA 2", "Hunt Hess 4", "Mallampati
/// 2", "Tanner 5", "ECOG 1"): a scale's grade, never a ward's name and floor. Class vocabulary: the common scales by name.
/// </summary>
internal static class GradingScales
{
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);

    private static readonly AsciiWordSet Words = new(
    [
        "gold", "nyha", "asa", "ecog", "karnofsky", "kps", "lansky", "child", "pugh", "meld", "gleason", "isup", "figo", "tnm", "tanner",
        "hunt", "hess", "fisher", "wfns", "spetzler", "killip", "timi", "forrest", "hinchey", "braden", "morse", "norton", "waterlow",
        "ranson", "bisap", "apache", "sofa", "qsofa", "curb", "psi", "wells", "caprini", "padua", "mallampati", "cormack", "lehane",
        "gcs", "rass", "sas", "cpot", "bps", "cam", "nihss", "rankin", "mrs", "ashworth", "mrc", "kellgren", "outerbridge", "clavien",
        "dindo", "bethesda", "breslow", "clark", "dukes", "lugano", "durie", "binet", "rai", "nottingham", "fuhrman", "kdigo", "rifle",
        "ctcae", "apgar", "bishop", "barthel", "mmse", "moca", "phq", "gad", "ciwa", "cows", "chads", "vasc", "hasbled", "wagner",
        "rutherford", "fontaine", "ceap", "gustilo", "salter", "garden", "weber", "schatzker", "neer", "lauge", "pirads", "birads",
        "lirads", "tirads", "bi-rads", "pi-rads", "li-rads", "ti-rads", "ckd", "grade", "stage", "class", "type", "level", "norwood",
        "fitzpatrick", "bristol", "vas", "nrs", "borg", "ramsay", "richmond", "steward", "aldrete", "silverman", "ballard", "sarnat",
        "papile", "bell", "lown", "ottawa", "perc", "heart", "centor", "alvarado", "glasgow", "blatchford", "rockall", "marshall",
        "rotterdam", "wilkins", "duke", "sgarbossa", "hestia", "geneva", "pesi", "spesi", "abcd", "abcd2", "ich", "fabry",
    ]);
}
