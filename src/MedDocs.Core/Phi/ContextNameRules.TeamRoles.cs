namespace MedDocs.Core.Phi;

/// <summary>
/// Members of a care team named by the job they do on it, in ICU code sheets, rapid-response notes and hand-offs: a team role
/// before the surname in a list ("leader Dr X, anesthesia Kessler, RT Brandt, pharm Wen, recorder Tillman RN", "(night float
/// Abara)"), a surname before a credential the everyday abbreviations share ("…, Polanski RT,", "Okafor-Lind RD  pg …"), a
/// signature line opened by dashes ("-- j. varga crt", "--kp rn", "-- marisol rn"), and "Ivey, K. RN". Respiratory and flight
/// credentials (CRT, RRT-NPS, FP-C, CCP-C, EMT-P, NRP, NNP) join the others there. The list is the cue: the role or credential
/// must stand between list marks (line start, comma, semicolon, colon, parenthesis), so "RT leg", "pharm consult", "CRT &lt;3 s"
/// stay words.
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>Jobs on a resuscitation or care team written before the person's name (generic vocabulary, any case).</summary>
    private static readonly AsciiWordSet TeamRoles = new(
    [
        "pharm", "pharmacy", "pharmacist", "anesthesia", "anesth", "recorder", "scribe", "leader", "runner", "rt", "rrt", "crt", "transport",
        "sitter", "float", "agency", "tech", "chaplain", "nnp", "charge", "resource", "medic", "flight", "documenter", "timekeeper", "life",
        "rn", "lpn", "cna", "pct", "np",
        "perfusionist",
    ]);

    /// <summary>Credentials after a name on a team list or a signature, beyond <see cref="ContextWords.CredentialsAfter"/>: respiratory, neonatal and flight ones.</summary>
    private static readonly AsciiWordSet TeamCredentials = new(
    [
        "crt", "nnp", "rrt-nps", "rrt-accs", "crt-nps", "fp-c", "ccp-c", "ccp", "emt-p", "nrp", "cfrn", "ctrn", "cpht", "rcp", "nrcma", "ccemt-p",
        "nnp-bc", "cpnp", "rnc-nic", "paramedic",
    ]);

    private static bool IsTeamCredential(ReadOnlySpan<char> word) => ContextWords.CredentialsAfter.Contains(word) || TeamCredentials.Contains(word);

    private static void CollectTeamRoles(FindingSink sink, TextTokens tokens)
    {
        int count = tokens.Count;
        for (int i = 0; i < count; i++)
        {
            if (tokens[i].Kind == TokenKind.Symbol)
            {
                if (tokens.Text[tokens[i].Start] is '-' or '—' && (i == 0 || tokens[i].NewLineBefore))
                {
                    DashSignature(sink, tokens, i);
                }
                continue;
            }
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            int length = tokens[i].Length;
            if (length <= 12 && TeamRoles.Contains(tokens.Span(i)))
            {
                RoleBeforeListedName(sink, tokens, i);
            }
            if (length <= 8 && IsTeamCredential(tokens.Span(i)))
            {
                NameBeforeListedCredential(sink, tokens, i);
            }
        }
    }

    /// <summary>A list mark before token <paramref name="i"/>: the line's start, a comma, semicolon, colon, opening parenthesis or bracket, slash, a hand-off arrow ('>') or "and".</summary>
    private static bool OpensListItem(TextTokens tokens, int i) =>
        i == 0 || tokens[i].NewLineBefore || tokens[i - 1].Kind == TokenKind.Symbol && tokens.Text[tokens[i - 1].Start] is ',' or ';' or ':' or '(' or '/' or '[' or '>'
        || tokens.WordIs(i - 1, "and");

    /// <summary>A list mark after token <paramref name="i"/>: the line's end, a comma, semicolon, closing parenthesis or bracket, slash, period or "and".</summary>
    private static bool ClosesListItem(TextTokens tokens, int i) =>
        i + 1 >= tokens.Count || tokens[i + 1].NewLineBefore || tokens[i + 1].Kind == TokenKind.Symbol && tokens.Text[tokens[i + 1].Start] is ',' or ';' or ')' or '/' or ']' or '.'
        || tokens.WordIs(i + 1, "and");

    /// <summary>A surname on a team list: capitalised and a listed name or no common English word, or in lower case no English word at all.</summary>
    private static bool IsTeamSurname(TextTokens tokens, int i)
    {
        if (!tokens.IsWord(i) || tokens[i].Length < 2)
        {
            return false;
        }
        var word = tokens.Span(i);
        var entry = tokens.Entry(i);
        // "Ama RN": an acronym of the clinical lists ("AMA") in title case and listed as a given name is a person before a credential.
        bool acronym = ContextWords.ClinicalAcronyms.Contains(word) && !(WordShape.IsTitleCase(word) && entry.Given >= 1 && entry.English <= 1);
        if (ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || acronym || ContextWords.Titles.Contains(word)
            || ContextWords.RolesBefore.Contains(word) || IsTeamCredential(word) || TeamRoles.Contains(word) || ContextWords.Relations.Contains(word)
            || IsContraction(word) || SpokenNumbers.Value(word) >= 0 || ShortDateRules.MonthOf(word) > 0 || ContextWords.LooksMedical(word) && !entry.IsName())
        {
            return false;
        }
        if (WordShape.IsTitleCase(word) || WordShape.IsAllCaps(word) && word.Length >= 3)
        {
            return entry.IsName() && (entry.English <= 2 || entry.IsName(2)) || !entry.IsKnown && Vowels(word) >= 1 && word.Length >= 3
                || entry.English == 0 && word.Length >= 3;
        }
        return WordShape.IsLowerCase(word) && word.Length >= 3 && entry.English == 0 && (entry.IsName() || !entry.IsKnown && Vowels(word) >= 1 && word.IndexOf('-') < 0);
    }

    /// <summary>"anesthesia Kessler,", "pharm Wen,", "recorder Tillman RN", "(night float Abara)", "rt fitz,": a team role opening a list item, then one or two name words closing it.</summary>
    private static void RoleBeforeListedName(FindingSink sink, TextTokens tokens, int role)
    {
        int opener = role;
        // "child life Ama", "night float Abara", "charge RN": the role's first word opens the item.
        if (tokens.IsWord(role - 1) && !tokens[role].NewLineBefore && (tokens.WordIs(role, "life") && tokens.WordIs(role - 1, "child")
            || tokens.WordIs(role, "float") && (tokens.WordIs(role - 1, "night") || tokens.WordIs(role - 1, "day"))))
        {
            opener = role - 1;
        }
        else if (tokens.WordIs(role, "life"))
        {
            return;
        }
        // "Assigned NNP: Fairweather": a role with its own colon is a label wherever it stands.
        // "… readback ok. Pharm Liesl (x2614) also paged.": a capitalised role opening a sentence opens an item too.
        bool sentence = tokens.IsSymbol(opener - 1, '.') && WordShape.IsTitleCase(tokens.Span(opener));
        if (!OpensListItem(tokens, opener) && !sentence && !(tokens.IsSymbol(role + 1, ':') && tokens.Touches(role + 1)))
        {
            return;
        }
        int first = tokens.IsSymbol(role + 1, ':') ? role + 2 : role + 1;
        if (!tokens.IsWord(first) || tokens[first].NewLineBefore || !IsTeamSurname(tokens, first))
        {
            return;
        }
        // "rt fitz", "RT: dwight": a lower-case name only after a lower-case role, or a listed name after a label's colon ("RT eval", "RT: eval" are
        // orders), and no clinical shorthand.
        if (WordShape.IsLowerCase(tokens.Span(first)) && (!WordShape.IsLowerCase(tokens.Span(role)) && (first == role + 1 || !tokens.Entry(first).IsName())
            || PlaceRules.IsClinicalWord(tokens.Span(first))))
        {
            return;
        }
        int last = first;
        if (IsTeamSurname(tokens, first + 1) && !tokens[first + 1].NewLineBefore && WordShape.IsCapitalised(tokens.Span(first + 1)) == WordShape.IsCapitalised(tokens.Span(first)))
        {
            last = first + 1;
        }
        bool closed = ClosesListItem(tokens, last) || tokens.IsWord(last + 1) && !tokens[last + 1].NewLineBefore && IsTeamCredential(tokens.Span(last + 1))
            || tokens.IsSymbol(last + 1, '(');
        if (!closed)
        {
            return;
        }
        sink.Add(PhiType.Name, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.74, "name-team-role");
    }

    /// <summary>
    /// "…, Polanski RT, Dr …", "Okafor-Lind RD  pg 555-0109", "Ivey, K. RN": a capitalised surname opening a list item or a line,
    /// then a credential in capitals closing it (or a pager after it). Lower-case and mixed-case credentials are left to the signature reading.
    /// </summary>
    private static void NameBeforeListedCredential(FindingSink sink, TextTokens tokens, int credential)
    {
        var cred = tokens.Span(credential);
        if (!WordShape.IsAllCaps(cred) || tokens[credential].NewLineBefore)
        {
            return;
        }
        int after = credential + 1;
        bool closed = ClosesListItem(tokens, credential) || tokens.IsWord(after) && !tokens[after].NewLineBefore && (tokens.WordIs(after, "pg") || tokens.WordIs(after, "pgr")
            || tokens.WordIs(after, "pager") || tokens.WordIs(after, "x") || tokens.WordIs(after, "ext")) || tokens.IsSymbol(after, '(');
        int j = credential - 1;
        // "Ivey, K. RN": the surname, a comma and an initial.
        if (closed && tokens.IsSymbol(j, '.') && tokens.IsWord(j - 1) && tokens[j - 1].Length == 1 && char.IsUpper(tokens.Span(j - 1)[0]) && tokens.IsSymbol(j - 2, ',') && IsTeamSurname(tokens, j - 3)
            && WordShape.IsTitleCase(tokens.Span(j - 3)) && (j - 3 == 0 || tokens[j - 3].NewLineBefore) && !tokens[j - 1].NewLineBefore)
        {
            sink.Add(PhiType.Name, tokens[j - 3].Start, tokens[j].End - tokens[j - 3].Start, 0.76, "name-team-credential");
            return;
        }
        if (!tokens.IsWord(j) || tokens[credential].NewLineBefore || !WordShape.IsTitleCase(tokens.Span(j)) || !IsTeamSurname(tokens, j))
        {
            return;
        }
        // "D. Achterberg RRT-NPS" opening a line: an initial before the surname.
        int start = j;
        if (tokens.IsSymbol(j - 1, '.') && tokens.IsWord(j - 2) && tokens[j - 2].Length == 1 && char.IsUpper(tokens.Span(j - 2)[0]) && !tokens[j - 1].NewLineBefore && !tokens[j].NewLineBefore)
        {
            start = j - 2;
        }
        // "Called report to Ama RN Tele 3": after a hand-over word the credential need not close an item.
        bool handOver = tokens.IsWord(start - 1) && !tokens[start].NewLineBefore && HandOverWords.Contains(tokens.Span(start - 1)) && !tokens.WordIs(start - 1, "and");
        if (!(closed && OpensListItem(tokens, start) && !tokens.WordIs(start - 1, "and") || handOver))
        {
            return;
        }
        sink.Add(PhiType.Name, tokens[start].Start, tokens[j].End - tokens[start].Start, 0.74, "name-team-credential");
    }

    /// <summary>
    /// "-- j. varga crt", "--kp rn (Kiri Palmer)", "-- marisol rn": a line opened by dashes, then initials, a given name or an initial
    /// and a surname, then a credential ending the line (or before a parenthesis or a unit).
    /// </summary>
    private static void DashSignature(FindingSink sink, TextTokens tokens, int dash)
    {
        int first = dash + 1;
        while (first < tokens.Count && first - dash <= 3 && !tokens[first].NewLineBefore && tokens[first].Kind == TokenKind.Symbol && tokens.Text[tokens[first].Start] is '-' or '—')
        {
            first++;
        }
        if (!tokens.IsWord(first) || tokens[first].NewLineBefore)
        {
            return;
        }
        int last;
        bool initials = false;
        if (tokens[first].Length == 1 && tokens.IsSymbol(first + 1, '.') && tokens.IsWord(first + 2) && !tokens[first + 2].NewLineBefore)
        {
            // "j. varga"
            last = first + 2;
            var surname = tokens.Span(last);
            if (surname.Length < 2 || ContextWords.NotNames.Contains(surname) || NameStopWords.Contains(surname) || IsTeamCredential(surname))
            {
                return;
            }
        }
        else
        {
            last = first;
            var word = tokens.Span(first);
            var entry = tokens.Entry(first);
            initials = word.Length is 2 or 3 && Vowels(word) == 0 && !ContextWords.ClinicalAcronyms.Contains(word) && !IsTeamCredential(word);
            if (!initials && !(IsTeamSurname(tokens, first) || entry.Given >= 1 && entry.English <= 1 && word.Length >= 3
                && !ContextWords.NotNames.Contains(word) && !NameStopWords.Contains(word) && !ContextWords.RolesBefore.Contains(word)))
            {
                return;
            }
            if (!initials && IsTeamSurname(tokens, first + 1) && !tokens[first + 1].NewLineBefore)
            {
                last = first + 1;
            }
        }
        int credential = last + 1;
        if (!tokens.IsWord(credential) || tokens[credential].NewLineBefore || !IsTeamCredential(tokens.Span(credential)))
        {
            return;
        }
        // "- bk pt", "- rx pt": initials before "pt", "ot", "rt" … are shorthand about the patient, not a signature.
        if (initials && ContextWords.CommaOnlyCredentials.Contains(tokens.Span(credential)))
        {
            return;
        }
        int after = credential + 1;
        bool closed = after >= tokens.Count || tokens[after].NewLineBefore || tokens.IsSymbol(after, '(') || tokens.IsSymbol(after, ',') || tokens.IsWord(after) && ContextWords.ClinicalAcronyms.Contains(tokens.Span(after));
        if (!closed)
        {
            return;
        }
        sink.Add(PhiType.Name, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.76, "name-signature");
    }
}
