namespace MedDocs.Core.Phi;

/// <summary>
/// Staff written as an initial and a surname ("K. Boudreau", "m. fairchild") where the sentence says the person is staff: a role,
/// rank or job word before it ("Dep. K. Nygaard", "invest. L. Quezada", "accessioner N. Patel", "charge: M. Haddad", "Case mgmt
/// (K. Boudreau)"), a verb of handing over before it ("by reg T. Hines", "telephoned to R. Quist", "reviewed w/ m. fairchild"), or
/// a credential or board letters after it ("C. Beaudry RCIS", "R. Church, CCT", "G. Oduya MLT"). Records, logs and sign-offs name
/// their staff so; the initial alone is too weak a cue, since "E. coli", "A. Left breast" and "W. Market St" share the shape.
/// The surname agrees with the initial's case (no "E. coli"), is vowelled and no common word, clinical abbreviation or role.
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>
    /// Jobs of hospital, laboratory, legal and records staff that stand before a name, and their abbreviations (a period may
    /// follow: "Dep.", "invest.", "reg"), beyond <see cref="ContextWords.RolesBefore"/> and <see cref="PersonTitleRoles"/>.
    /// </summary>
    private static readonly AsciiWordSet InitialSurnameRoles = new(
    [
        "dep", "invest", "inv", "accessioner", "accessioned", "registrar", "reg", "registration", "clerk", "cytotechnologist", "cytotech",
        "histotechnologist", "histotech", "attorney", "counsel", "lawyer", "paralegal", "notary", "witness", "charge", "resource",
        "mgmt", "management", "perfusionist", "perfusion", "transcriptionist", "scribe", "dispatcher", "courier", "agent", "adjuster",
        "examiner", "auditor", "analyst", "custodian", "lt", "cdr", "insp", "inspector", "contact", "attn",
    ]);

    /// <summary>Verbs of handing a result, a call or a record to someone, before "to", "w/" or "with" ("telephoned to", "reviewed w/").</summary>
    private static readonly AsciiWordSet HandOverVerbs = new(
    [
        "called", "telephoned", "phoned", "reported", "faxed", "paged", "given", "read", "discussed", "reviewed", "spoke", "spoken",
        "released", "relayed", "sent", "handed", "notified", "d",
    ]);

    /// <summary>Letters after a technologist's or educator's name that <see cref="ContextWords.CredentialsAfter"/> and the fellowships lack.</summary>
    private static readonly AsciiWordSet StaffLetters = new(
        ["cdces", "cde", "cct", "mlt", "mls", "cls", "mt", "htl", "cpht", "rhia", "rhit", "ccs", "cmt", "rcp"]);

    /// <summary>Every single-letter word with a period and a word after it: an initial and a surname, kept only with a staff cue.</summary>
    private static void CollectInitialSurnames(FindingSink sink, TextTokens tokens)
    {
        for (int k = 0; k + 2 < tokens.Count; k++)
        {
            if (tokens[k].Length != 1 || tokens[k].Kind != TokenKind.Word || !tokens.IsSymbol(k + 1, '.') || !tokens.Touches(k + 1))
            {
                continue;
            }
            InitialSurnameAt(sink, tokens, k);
        }
    }

    private static void InitialSurnameAt(FindingSink sink, TextTokens tokens, int k)
    {
        int s = k + 2;
        char initial = tokens.Text[tokens[k].Start];
        if (!char.IsAsciiLetter(initial) || !tokens.IsWord(s) || tokens[s].NewLineBefore || tokens.Touches(s)
            || k > 0 && tokens.Touches(k) && !(tokens.IsSymbol(k - 1, '(') || tokens.IsSymbol(k - 1, '"')))
        {
            // "24h. pt", "d/c. Vanco": the letter touches what comes before it, so it is a unit or an abbreviation's end.
            return;
        }
        var surname = tokens.Span(s);
        // "E. coli", "A. Left": the surname takes the initial's case.
        bool caseAgrees = char.IsAsciiLetterUpper(initial) ? !WordShape.IsLowerCase(surname) : WordShape.IsLowerCase(surname) || WordShape.IsTitleCase(surname);
        if (!caseAgrees || !IsInitialSurname(tokens, s))
        {
            return;
        }
        if (HasStaffCueBefore(tokens, k) || HasStaffLettersAfter(tokens, s))
        {
            sink.Add(PhiType.Name, tokens[k].Start, tokens[s].End - tokens[k].Start, 0.74, "name-initial-surname");
        }
    }

    /// <summary>A surname after an initial: a listed name no common word, or a vowelled word no list knows and no clinical word.</summary>
    private static bool IsInitialSurname(TextTokens tokens, int s)
    {
        var word = tokens.Span(s);
        if (word.Length < 2 || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || ContextWords.ClinicalAcronyms.Contains(word)
            || ContextWords.CredentialsAfter.Contains(word) || ContextWords.RolesBefore.Contains(word) || ContextWords.Departments.Contains(word)
            || ContextWords.FacilityHeads.Contains(word) || ShortDateRules.MonthOf(word) > 0)
        {
            return false;
        }
        return IsPersonTitleName(tokens, s) && (tokens.Entry(s).English <= 1 || tokens.Entry(s).IsName(2));
    }

    /// <summary>A role or job word, or a hand-over verb with "to"/"w/"/"with"/"by", before the initial (over a ":", "(" or an abbreviation's period).</summary>
    private static bool HasStaffCueBefore(TextTokens tokens, int k)
    {
        int j = k - 1;
        if (j >= 0 && tokens[k].NewLineBefore)
        {
            return false;
        }
        if (tokens.IsSymbol(j, ':') || tokens.IsSymbol(j, '(') || tokens.IsSymbol(j, '.') || tokens.IsSymbol(j, '/') && tokens.WordIs(j - 1, "w"))
        {
            j--;
        }
        if (!tokens.IsWord(j) || tokens[j + 1].NewLineBefore && j + 1 != k)
        {
            return false;
        }
        var cue = tokens.Span(j);
        if (ContextWords.RolesBefore.Contains(cue) || PersonTitleRoles.Contains(cue) || InitialSurnameRoles.Contains(cue) || InitialsCues.Contains(cue)
            || ServiceWords.Contains(cue) && tokens.IsSymbol(j + 1, '('))
        {
            return true;
        }
        // "telephoned to R. Quist", "reviewed w/ m. fairchild", "d/w J. Ames".
        bool w = cue is "w" or "W" && tokens.IsSymbol(j + 1, '/');
        if (w || cue.Equals("to", StringComparison.OrdinalIgnoreCase) || cue.Equals("with", StringComparison.OrdinalIgnoreCase))
        {
            int verb = j - 1;
            if (w && tokens.IsSymbol(verb, '/'))
            {
                verb--;
            }
            return tokens.IsWord(verb) && HandOverVerbs.Contains(tokens.Span(verb));
        }
        return false;
    }

    /// <summary>"C. Beaudry RCIS", "R. Church, CCT", "m. fairchild CDCES": a credential or board letters right after the surname.</summary>
    private static bool HasStaffLettersAfter(TextTokens tokens, int s)
    {
        int c = s + 1;
        if (tokens.IsSymbol(c, ','))
        {
            c++;
        }
        if (!tokens.IsWord(c) || tokens[c].NewLineBefore)
        {
            return false;
        }
        var letters = tokens.Span(c);
        return ContextWords.CredentialsAfter.Contains(letters) && !ContextWords.CommaOnlyCredentials.Contains(letters)
            || PostNominals.IsFellowship(letters) || StaffLetters.Contains(letters);
    }
}
