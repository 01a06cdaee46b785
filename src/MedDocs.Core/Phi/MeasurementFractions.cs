namespace MedDocs.Core.Phi;

/// <summary>
/// Fractions that read as month/day but are measurements told by a wider neighbourhood than the single cue word of
/// <see cref="ShortDateRules"/>: muscle strength grades next to a limb or muscle ("4/5 RLE", "L deltoid 3/5",
/// "4/5 in left grip"), non-invasive ventilation settings a few words after the mode ("BiPAP overnight 10/5"), and the
/// later values of a chain or list whose first value was a measurement ("pain 6/10 -> 3/10", "5/5 BUE, 4/5 RLE").
/// "seen 4/5 RLE weakness" reads as a grade (an x/5 right before a limb is a grade in notes); "admitted 4/5 with RLE
/// weakness", "4/12 RLE" and "BiPAP started 6/3" stay dates.
/// </summary>
internal static class MeasurementFractions
{
    /// <summary>True when the month/day at <paramref name="first"/> (tokens first, '/', first + 2) is one of the measurements above.</summary>
    public static bool IsMeasurement(TextTokens tokens, int first, int month, int day) =>
        IsStrengthGrade(tokens, first, month, day) || IsVentilationSetting(tokens, first, month, day) || FollowsMeasurement(tokens, first, day, 3)
        || IsScaleScore(tokens, first, month, day) || IsCountOrExpiry(tokens, first);

    /// <summary>
    /// Fractions that count or number things, never dates: a train-of-four response ("TOF 1/4", "twitches 2/4"), a page of a
    /// fax or report ("Page 1/1", "pg 2/3"), clips placed in surgery ("clipped 2/1", "clips 3/2"); and a supply's expiry
    /// ("Lot Z24318 cartridge exp 01/27", "strips expire 03/26"): an expiry word right before, a supply word earlier on the line.
    /// </summary>
    private static bool IsCountOrExpiry(TextTokens tokens, int first)
    {
        int k = first - 1;
        while (k >= 0 && !tokens[k + 1].NewLineBefore && tokens[k].Kind == TokenKind.Symbol && tokens.Span(k) is ":" or "#" or "." or "-" or "=")
        {
            k--;
        }
        if (!tokens.IsWord(k) || tokens[k + 1].NewLineBefore)
        {
            return false;
        }
        // "exp date 01/27", "expiration date: 03/26".
        if (tokens.WordIs(k, "date") && tokens.IsWord(k - 1) && ExpiryWords.Contains(tokens.Span(k - 1)))
        {
            k--;
        }
        var word = tokens.Span(k);
        if (CountWords.Contains(word))
        {
            return true;
        }
        if (!ExpiryWords.Contains(word))
        {
            return false;
        }
        for (int j = k - 1; j >= 0 && k - j <= 8 && !tokens[j + 1].NewLineBefore; j--)
        {
            if (tokens.IsWord(j) && SupplyWords.Contains(tokens.Span(j)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words after which a fraction counts: train-of-four twitches, pages, surgical clips.</summary>
    private static readonly AsciiWordSet CountWords = new(
        ["tof", "twitch", "twitches", "page", "pages", "pg", "pgs", "sheet", "clipped", "clips", "clip", "hemoclips", "ligaclips", "endoclips"]);

    private static readonly AsciiWordSet ExpiryWords = new(["exp", "expiry", "expiration", "expires", "expire", "expiring", "expdate", "use-by"]);

    /// <summary>Supplies and reagents whose lots carry an expiry date.</summary>
    private static readonly AsciiWordSet SupplyWords = new(
    [
        "lot", "lots", "batch", "cartridge", "cartridges", "cassette", "cassettes", "kit", "kits", "strip", "strips", "reagent", "reagents",
        "control", "controls", "vial", "vials", "cuvette", "cuvettes", "lancet", "lancets", "card", "cards", "pack", "solution", "sensor",
        "sensors", "chip", "test", "tests", "qc",
    ]);

    /// <summary>
    /// "naming 12/15", "PRAM 9/12", "MoCA: 24/30", "1 + 3 + 2 = 6/9": a score out of a scale's or subtest's total (numerator at most
    /// the denominator) right after the scale's name (across ':', '=' and "score"/"of"), or a total after a sum's "=".
    /// </summary>
    private static bool IsScaleScore(TextTokens tokens, int first, int month, int day)
    {
        if (month > day)
        {
            return false;
        }
        int k = first - 1;
        if (tokens.IsSymbol(k, '=') && tokens.IsNumber(k - 1) && !tokens[k].NewLineBefore && !tokens[first].NewLineBefore)
        {
            return true;
        }
        for (int guard = 0; guard < 3 && k >= 0 && !tokens[k + 1].NewLineBefore; guard++)
        {
            if (tokens.IsSymbol(k, ':') || tokens.IsSymbol(k, '=') || tokens.WordIs(k, "score") || tokens.WordIs(k, "of") || tokens.WordIs(k, "total"))
            {
                k--;
                continue;
            }
            return tokens.IsWord(k) && ScaleNames.Contains(tokens.Span(k));
        }
        return false;
    }

    /// <summary>Bedside scales and cognitive subtests charted as "score/total".</summary>
    private static readonly AsciiWordSet ScaleNames = new(
    [
        "moca", "mmse", "slums", "mini-cog", "minicog", "naming", "recall", "registration", "attention", "orientation", "fluency",
        "abstraction", "repetition", "visuospatial", "delayed", "nihss", "pram", "rass", "cam-icu", "cpot", "bps", "flacc", "braden",
        "morse", "apache", "sofa", "qsofa", "curb-65", "wells", "phq-9", "phq9", "phq", "gad-7", "gad7", "gad", "ciwa", "cows", "fim",
        "barthel", "ecog", "kps", "asia", "audit", "gds", "nottingham", "westley", "silverman", "finnegan", "bishop", "glasgow",
    ]);

    /// <summary>"4/5 RLE", "4/5 R deltoid", "3/5 in all extremities", "RLE 4/5", "L grip: 4/5": a grade out of five beside a limb or muscle.</summary>
    private static bool IsStrengthGrade(TextTokens tokens, int first, int month, int day)
    {
        if (day != 5 || month > 5)
        {
            return false;
        }
        int after = first + 3;
        for (int k = after; k < after + 3 && tokens.IsWord(k) && !tokens[k].NewLineBefore; k++)
        {
            var word = tokens.Span(k);
            if (StrengthSites.Contains(word))
            {
                return true;
            }
            if (!SideWords.Contains(word))
            {
                break;
            }
        }
        int j = first - 1;
        while (j >= 0 && !tokens[j + 1].NewLineBefore && tokens[j].Kind == TokenKind.Symbol && tokens.Span(j) is ":" or "-" or "=" or "(")
        {
            j--;
        }
        return tokens.IsWord(j) && !tokens[j + 1].NewLineBefore && StrengthSites.Contains(tokens.Span(j));
    }

    /// <summary>
    /// "BiPAP overnight 10/5", "CPAP/PS at night 12/6": inspiratory over expiratory pressure (the first the larger) within
    /// four tokens after a non-invasive ventilation mode, with no date word ("started", "since", "on") between.
    /// </summary>
    private static bool IsVentilationSetting(TextTokens tokens, int first, int month, int day)
    {
        if (month <= day)
        {
            return false;
        }
        for (int k = first - 1; k >= 0 && first - k <= 4 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (tokens.IsWord(k))
            {
                var word = tokens.Span(k);
                if (VentilationModes.Contains(word))
                {
                    return true;
                }
                if (DateWords.Contains(word))
                {
                    return false;
                }
            }
            else if (tokens.IsSymbol(k, '.') || tokens.IsSymbol(k, ';'))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "pain 6/10 -> 3/10", "5/5 -> 4/5", "grips 5/5, 4/5", "5/5 BUE, 4/5": the previous fraction of the same line, with the
    /// same denominator, joined by an arrow, "to", a comma or a limb word, is itself a measurement.
    /// </summary>
    private static bool FollowsMeasurement(TextTokens tokens, int first, int day, int depth)
    {
        int prev = PreviousFraction(tokens, first);
        if (prev < 0 || IdentifierChecks.ParseDigits(tokens.Span(prev + 2)) != day)
        {
            return false;
        }
        int prevMonth = IdentifierChecks.ParseDigits(tokens.Span(prev));
        int prevAfter = prev + 3;
        return ShortDateRules.IsMeasurementContext(tokens, prev, prevAfter)
            || day == 10 && prevMonth <= 10 && ShortDateRules.IsPainScore(tokens, prev, prevAfter)
            || IsStrengthGrade(tokens, prev, prevMonth, day)
            || IsVentilationSetting(tokens, prev, prevMonth, day)
            || depth > 1 && FollowsMeasurement(tokens, prev, day, depth - 1);
    }

    /// <summary>The numerator token of the fraction just before <paramref name="first"/> across links, or -1.</summary>
    private static int PreviousFraction(TextTokens tokens, int first)
    {
        int k = first - 1;
        for (int guard = 0; guard < 4 && k >= 0 && !tokens[k + 1].NewLineBefore; guard++)
        {
            if (tokens[k].Kind == TokenKind.Symbol && tokens.Span(k) is "," or ";" or "-" or ">" or "→" or "=" or "~")
            {
                k--;
                continue;
            }
            if (tokens.IsWord(k) && (ChainWords.Contains(tokens.Span(k)) || StrengthSites.Contains(tokens.Span(k)) || SideWords.Contains(tokens.Span(k))))
            {
                k--;
                continue;
            }
            break;
        }
        if (k < first - 1 && k >= 2 && !tokens[k + 1].NewLineBefore && tokens.IsNumber(k) && tokens.IsSymbol(k - 1, '/') && tokens.Touches(k)
            && tokens.Touches(k - 1) && tokens.IsNumber(k - 2) && tokens[k].Length <= 2 && tokens[k - 2].Length <= 2)
        {
            return k - 2;
        }
        return -1;
    }

    /// <summary>Limbs and muscles graded for strength (abbreviations, regions, muscles, movements).</summary>
    private static readonly AsciiWordSet StrengthSites = new(
    [
        "rue", "lue", "rle", "lle", "bue", "ble", "bues", "bles", "ue", "le", "ues", "les", "uppers", "lowers", "extremity", "extremities",
        "arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "hip", "hips", "knee", "knees", "ankle", "ankles", "wrist",
        "wrists", "elbow", "elbows", "shoulder", "shoulders", "finger", "fingers", "toe", "toes", "deltoid", "deltoids", "bicep",
        "biceps", "tricep", "triceps", "quad", "quads", "quadriceps", "hamstring", "hamstrings", "iliopsoas", "glute", "glutes",
        "gluteus", "gastroc", "gastrocs", "gastrocnemius", "interossei", "ehl", "df", "pf", "dorsiflexion", "plantarflexion",
        "dorsiflexors", "plantarflexors", "flexion", "extension", "flexors", "extensors", "abduction", "adduction", "abductors",
        "adductors", "grip", "grips", "grasp", "grasps", "handgrip", "handgrips", "proximally", "distally", "proximal", "distal",
    ]);

    /// <summary>Side and link words that may stand between a grade and its limb ("4/5 R deltoid", "3/5 in all extremities").</summary>
    private static readonly AsciiWordSet SideWords = new(
        ["r", "l", "rt", "lt", "right", "left", "bilateral", "bilat", "bil", "both", "in", "at", "all", "the", "upper", "lower", "prox", "dist"]);

    private static readonly AsciiWordSet VentilationModes = new(
        ["cpap", "bipap", "bpap", "ipap", "epap", "niv", "nippv", "avaps", "vpap", "bi-pap", "bilevel", "bi-level", "nivs"]);

    /// <summary>Words that make the fraction after a mode a date ("BiPAP started 6/3", "on CPAP since 11/4").</summary>
    private static readonly AsciiWordSet DateWords = new(
    [
        "since", "until", "till", "started", "start", "starting", "began", "begun", "initiated", "placed", "last", "on", "off",
        "from", "by", "due", "through", "thru", "stopped", "discontinued", "dc", "dc'd", "held", "resumed", "restarted",
    ]);

    private static readonly AsciiWordSet ChainWords = new(["to", "then", "now", "and", "after", "later", "improved", "down", "up"]);
}
