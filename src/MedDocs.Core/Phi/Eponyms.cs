namespace MedDocs.Core.Phi;

/// <summary>
/// Eponyms of clinical scales, signs, findings and devices ("Hunt-Hess 3", "Auer rods", "Babinski sign", "Swan-Ganz",
/// "Cheyne-Stokes respirations", "Gleason 7"): the words are surnames, but inside such a phrase they name no person. A
/// word counts only inside its phrase: one of a known pair ("Hunt Hess", "Cheyne-Stokes", "Bence Jones"), an eponym before
/// a finding noun ("Auer rods", "Cushing's syndrome", "Baker cyst"), or a scale's eponym before its grade ("Gleason 7").
/// "Dr. Hunt", "Mrs. Stokes", "Allen Baker" stay names. Vocabulary written for MedDocs.
/// </summary>
internal static class Eponyms
{
    /// <summary>Two-surname eponyms, written "first second" (also found hyphenated: "Swan-Ganz").</summary>
    private static readonly AsciiWordSet Pairs = new(
    [
        "hunt hess", "swan ganz", "cheyne stokes", "bence jones", "reed sternberg", "howell jolly", "wolff parkinson", "parkinson white",
        "guillain barre", "stevens johnson", "bloom richardson", "ziehl neelsen", "kleihauer betke", "dix hallpike", "mallory weiss",
        "sengstaken blakemore", "spetzler martin", "child pugh", "jackson pratt", "passy muir", "fugl meyer", "ann arbor", "bair hugger",
        "ranchos amigos", "salter harris", "roux en", "creutzfeldt jakob", "arnold chiari", "budd chiari", "osgood schlatter",
        "legg calve", "calve perthes", "charcot marie", "marie tooth", "ehlers danlos", "zollinger ellison", "wolff chaikoff",
        "hand schuller", "mallory denk", "austin flint", "graham steell", "argyll robertson", "brown sequard", "von willebrand",
        "tuohy borst", "sims huhner", "mini cog",
    ]);

    /// <summary>Eponyms that name a sign, finding, scale or device before a noun of <see cref="FindingNouns"/>.</summary>
    private static readonly AsciiWordSet Singles = new(
    [
        "auer", "babinski", "foley", "cushing", "parkinson", "kussmaul", "trendelenburg", "nottingham", "gleason", "apgar", "braden",
        "killip", "mallampati", "homans", "mcburney", "kernig", "brudzinski", "chvostek", "trousseau", "romberg", "crohn", "addison",
        "hashimoto", "raynaud", "wernicke", "korsakoff", "alzheimer", "osler", "janeway", "virchow", "horner", "lewy", "brugada",
        "mobitz", "wenckebach", "tinel", "phalen", "hickman", "broviac", "penrose", "ommaya", "dobhoff", "yankauer", "doppler",
        "holter", "coombs", "breslow", "fontaine", "caprini", "ranson", "hodgkin", "kaposi", "gram", "giemsa", "levine", "lachman",
        "mcmurray", "finkelstein", "valsalva", "heimlich", "epley", "charcot", "bouchard", "heberden", "dupuytren", "colles",
        "schatzki", "zenker", "meckel", "hirschsprung", "whipple", "nissen", "billroth", "hartmann", "macintosh", "quinton", "groshong",
        "tenckhoff", "mahurkar", "venturi", "shiley", "bovie", "luer", "tinetti", "waterlow", "folstein", "karnofsky", "ballard",
        "dubowitz", "finnegan", "bethesda", "papanicolaou", "wilms", "ewing", "burkitt", "hurthle", "paget", "bowen", "merkel",
        "glasgow", "fisher", "baker", "bell", "murphy", "graves", "barrett", "huntington", "wells", "bishop", "beck", "duke", "morse",
        "richmond", "ramsay", "norton", "berg", "hamilton", "allen", "clark", "wright", "lugol", "schilling", "rinne", "weber",
        "snellen", "wood", "tzanck", "kerley", "hampton", "westermark", "mcconnell", "austin", "osborn", "delta", "epstein", "barr",
        // Criteria and classifications named after people ("McDonald criteria", "Bosniak class", "Forrest classification").
        "mcdonald", "centor", "sgarbossa", "framingham", "hinchey", "alvarado", "light", "light's", "sokolow", "forrest", "wagner", "lown",
        "clavien", "dindo", "bosniak", "borrmann", "gustilo", "schatzker", "neer", "tanner", "fuhrman", "rockall", "blatchford", "wexner",
        "mehran", "duckett", "lauren", "masaoka", "seddon", "sunderland", "bethlem", "garden", "frykman", "weil",
    ]);

    /// <summary>Nouns an eponym names a thing with ("Auer rods", "Hunt-Hess grade", "Foley catheter").</summary>
    private static readonly AsciiWordSet FindingNouns = new(
    [
        "rod", "rods", "body", "bodies", "sign", "signs", "reflex", "reflexes", "score", "scores", "scale", "grade", "grading", "class",
        "classification", "criteria", "stage", "staging", "position", "catheter", "cath", "tube", "drain", "collar", "syndrome",
        "disease", "triad", "respirations", "respiration", "breathing", "coma", "test", "testing", "maneuver", "manoeuvre", "palsy",
        "phenomenon", "ulcer", "esophagus", "lymphoma", "sarcoma", "tumor", "tumour", "spots", "nodes", "node", "nodule", "nodules",
        "cells", "stain", "staining", "fracture", "diverticulum", "procedure", "fundoplication", "blade", "valve", "sump", "block",
        "encephalopathy", "dementia", "contracture", "cyst", "ligament", "murmur", "bundle", "pathway", "index", "questionnaire",
        "rule", "rules", "thyroiditis", "sepsis", "colitis", "ileitis", "deformity", "arthritis", "lines", "phenomenon", "wave",
        "waves", "point", "mask", "fall", "lamp", "virus", "pupil", "pupils", "ring", "ulcers", "lesions", "aneurysm", "hernia",
        "anastomosis", "herniation", "stoma", "pouch", "loop",
    ]);

    /// <summary>Eponyms of scales and grades that stand before a number alone ("Gleason 7", "Apgar 8", "Mallampati 2").</summary>
    private static readonly AsciiWordSet Scales = new(
    [
        "gleason", "apgar", "braden", "killip", "mallampati", "nottingham", "fisher", "breslow", "ranson", "caprini", "karnofsky",
        "ballard", "finnegan", "glasgow", "bethesda", "mobitz", "levine", "morse", "richmond", "ramsay", "norton", "berg", "tinetti",
        "bosniak", "fuhrman", "hinchey", "gustilo", "schatzker", "centor", "rockall", "alvarado",
    ]);

    /// <summary>
    /// Eponymous operations named alone after "s/p", "post", "prior" ("s/p Whipple", "post Nissen", "prior Hartmann"), and
    /// echocardiographic methods after their qualifier ("biplane Simpson", "modified Simpson").
    /// </summary>
    private static readonly AsciiWordSet Operations = new(
    [
        "whipple", "nissen", "billroth", "hartmann", "kasai", "fontan", "glenn", "norwood", "bentall", "ross", "puestow", "frey", "beger",
        "sistrunk", "toupet", "dor", "heller", "mcvay", "lichtenstein", "shouldice", "bassini", "stamm", "witzel", "janeway", "mumford",
        "latarjet", "bankart", "jatene", "rastelli", "blalock", "mustard", "senning", "warren", "linton", "ivor", "mckeown", "miles",
        "simpson", "teichholz", "quinones",
    ]);

    /// <summary>Words before an eponym of <see cref="Operations"/> that make it the operation or method ("s/p Whipple", "biplane Simpson").</summary>
    private static readonly AsciiWordSet OperationCues = new(["post", "sp", "prior", "previous", "hx", "underwent", "biplane", "modified", "planimetry"]);

    /// <summary>Every word of <see cref="Pairs"/>, <see cref="Singles"/> and <see cref="Operations"/> (and hyphenated tokens' first halves): most words stop here, on the token's hash.</summary>
    private static readonly AsciiWordSet AnyWord = new(Singles.Words.Concat(Operations.Words).Concat(Pairs.Words.SelectMany(p => p.Split(' '))));

    /// <summary>Whether word token <paramref name="i"/> stands in an eponym phrase (see the class summary).</summary>
    public static bool IsInPhrase(TextTokens tokens, int i)
    {
        var word = tokens.Span(i);
        int hyphen = word.IndexOf('-');
        if (hyphen < 0 && !AnyWord.Contains(word, tokens.Hash(i)) && !(word.Length > 3 && word[^2] is '\'' or '’'))
        {
            return false;
        }
        if (hyphen > 0)
        {
            // "Hunt-Hess", "Swan-Ganz", "Cheyne-Stokes": one token.
            return IsPair(word[..hyphen], word[(hyphen + 1)..]);
        }
        if (tokens.IsWord(i + 1) && !tokens[i + 1].NewLineBefore && IsPair(word, tokens.Span(i + 1))
            || tokens.IsWord(i - 1) && !tokens[i].NewLineBefore && IsPair(tokens.Span(i - 1), word))
        {
            return true;
        }
        var stem = Stem(word);
        if (Operations.Contains(stem) && AfterOperationCue(tokens, i))
        {
            return true;
        }
        if (!Singles.Contains(stem))
        {
            return false;
        }
        int next = i + 1;
        if (next >= tokens.Count || tokens[next].NewLineBefore)
        {
            return false;
        }
        return tokens.IsWord(next) ? FindingNouns.Contains(tokens.Span(next)) : tokens.IsNumber(next) && Scales.Contains(stem);
    }

    /// <summary>"s/p Whipple", "post Nissen", "biplane Simpson": the word before on the same line is a cue of <see cref="OperationCues"/> (or "s/p").</summary>
    private static bool AfterOperationCue(TextTokens tokens, int i)
    {
        if (i == 0 || tokens[i].NewLineBefore || !tokens.IsWord(i - 1))
        {
            return false;
        }
        return OperationCues.Contains(tokens.Span(i - 1))
            || tokens.WordIs(i - 1, "p") && tokens.IsSymbol(i - 2, '/') && tokens.WordIs(i - 3, "s");
    }

    private static bool IsPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        first = Stem(first);
        second = Stem(second);
        if (first.Length + second.Length + 1 >= 32 || first.Length < 2 || second.Length < 2)
        {
            return false;
        }
        Span<char> joined = stackalloc char[first.Length + second.Length + 1];
        first.CopyTo(joined);
        joined[first.Length] = ' ';
        second.CopyTo(joined[(first.Length + 1)..]);
        return Pairs.Contains(joined);
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’' ? word[..^2] : word;
}
