namespace MedDocs.Core.Phi;

/// <summary>
/// Staff named after the service or role they stand for, in ICU and discharge shorthand: in parentheses ("RENAL (ABERCROMBIE)
/// FOLLOWING", "lactation (Hildy) saw", "case mgmt (wendell, x4-1120)", "victim advocate (mary jo pruett, …)", "Attn: Admissions
/// (Rosalind)"), or between dashes ("ID - OKONKWO - cefepime"). Up to three name words, closed by ")" or ","; each a shorthand name
/// (listed and no common English word, or unknown and vowelled), and the first may be a common given name ("(sue)") where the
/// parenthesis holds it alone.
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>Services, teams and offices that a staff member is named after (generic vocabulary, any case).</summary>
    private static readonly AsciiWordSet ServiceWords = new(
    [
        "renal", "nephro", "nephrology", "id", "infectious", "cards", "cardiology", "pulm", "pulmonary", "gi", "hepatology", "neuro", "neurology",
        "neurosurg", "neurosurgery", "nsgy", "ortho", "orthopedics", "psych", "psychiatry", "palliative", "pall", "surgery", "surg", "ent", "omfs",
        "urology", "uro", "derm", "heme", "onc", "oncology", "endo", "endocrine", "endocrinology", "lactation", "wound", "ostomy", "nutrition",
        "dietary", "speech", "resp", "pharmacy", "pharm", "mgmt", "management", "admissions", "registration", "intake", "hospice", "chaplaincy",
        "spiritual", "ethics", "security", "transport", "ems", "ir", "rads", "radiology", "anesthesia", "gyn", "ob", "tox", "toxicology",
        "transplant", "vascular", "cts", "trauma", "burn", "plastics", "rehab", "physiatry", "geri", "geriatrics", "ep", "hf", "micu", "sicu",
        "ccu", "team", "consult", "consults", "service", "ctsurg", "gen", "rheum", "rheumatology", "hematology", "ophtho", "optho", "peds",
        "nicu", "picu", "slp", "dietitian", "podiatry", "ot", "pt", "sw", "cm", "social", "utilization", "billing", "scheduling", "office",
        "desk", "dispatch", "coroner", "legal", "compliance", "police", "pd", "fd",
    ]);

    /// <summary>"RENAL (ABERCROMBIE)", "lactation (Hildy)", "case mgmt (wendell, x4-1120)": a service word, "(", then names.</summary>
    private static void AfterServiceParenthesised(FindingSink sink, TextTokens tokens, int service)
    {
        if (ServiceWords.Contains(tokens.Span(service)) && !ContextWords.RolesBefore.Contains(tokens.Span(service)))
        {
            NamesInParentheses(sink, tokens, service + 1, "name-role");
        }
    }

    /// <summary>
    /// One to three name words after the "(" at <paramref name="open"/>, closed by ")" or ",": the last name token, or -1.
    /// A lone first word may be a given name that is also a common word ("wound RN (sue)"), not a stop word ("(will)").
    /// </summary>
    private static int NamesInParentheses(FindingSink sink, TextTokens tokens, int open, string rule)
    {
        int first = open + 1;
        if (!tokens.IsSymbol(open, '(') || !tokens.IsWord(first) || tokens[first].NewLineBefore || Languages.Contains(tokens.Span(first)))
        {
            return -1;
        }
        int last = first;
        while (last < first + 3 && tokens.IsWord(last) && !tokens[last].NewLineBefore)
        {
            // "(SI)", "(GI)": two capitals are an abbreviation.
            bool name = !(tokens[last].Length <= 2 && WordShape.IsAllCaps(tokens.Span(last))) && !HasClinicalPrefix(tokens, last) && IsShorthandName(tokens, last)
                || last == first && tokens.IsSymbol(last + 1, ')') && IsParenthesisedGiven(tokens, last);
            if (!name)
            {
                return -1;
            }
            last++;
        }
        if (!(tokens.IsSymbol(last, ')') || tokens.IsSymbol(last, ',')))
        {
            return -1;
        }
        sink.Add(PhiType.Name, tokens[first].Start, tokens[last - 1].End - tokens[first].Start, 0.75, rule);
        return last - 1;
    }

    /// <summary>Prefixes of clinical shorthand ("nonop", "postop", "preop", "subtherapeutic"): an unknown lower-case word starting so is no name.</summary>
    private static readonly string[] ClinicalPrefixes = ["non", "pre", "post", "anti", "sub", "hyper", "hypo", "intra", "trans", "peri"];

    private static bool HasClinicalPrefix(TextTokens tokens, int i)
    {
        var word = tokens.Span(i);
        if (!WordShape.IsLowerCase(word) || tokens.Entry(i).IsKnown)
        {
            return false;
        }
        foreach (var prefix in ClinicalPrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A common given name alone in parentheses after a role ("(sue)", "(Joy)"): listed as a given name at the middle level or above, no stop word.</summary>
    private static bool IsParenthesisedGiven(TextTokens tokens, int i)
    {
        var word = tokens.Span(i);
        var entry = tokens.Entry(i);
        return word.Length >= 3 && entry.Given >= 2 && !ContextWords.NotNames.Contains(word) && !NameStopWords.Contains(word) && !IsContraction(word)
            && ShortDateRules.MonthOf(word) <= 0 && SpokenNumbers.Value(word) < 0 && !ContextWords.ClinicalAcronyms.Contains(word)
            && !TermsOfAddress.Contains(word);
    }

    /// <summary>"ID - OKONKWO - cefepime", "RENAL - Abercrombie - CRRT": one capitalised name word between dashes after a service word.</summary>
    private static void BetweenServiceDashes(FindingSink sink, TextTokens tokens, int service)
    {
        int name = service + 2;
        if (!tokens.IsSymbol(service + 1, '-') || !tokens.IsWord(name) || tokens[name].NewLineBefore || !tokens.IsSymbol(name + 1, '-')
            || tokens[name + 1].NewLineBefore || !ServiceWords.Contains(tokens.Span(service)) || !WordShape.IsCapitalised(tokens.Span(name))
            || !IsShorthandName(tokens, name, lowerUnknown: false))
        {
            return;
        }
        sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.72, "name-role");
    }
}
