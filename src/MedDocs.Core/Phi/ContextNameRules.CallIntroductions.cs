namespace MedDocs.Core.Phi;

/// <summary>
/// People introduced or handed over in calls and family meetings, in lower-case speech: a person named with the service they
/// come from ("this is dr ng the resident, and ama from child life", "beth from social work"), a person named with the role
/// they play for the listener ("this is grant our social worker", "felix is your mom's nurse today"), initials given as the
/// speaker's name ("triage line this is k j, who's calling"), and a speaker label that repeats a name introduced in the same
/// transcript ("… this is his stepdad jay ⏎ jay: …"). Each cue is a fixed frame of speech; a word that is also English
/// ("grant", "will") counts only inside it.
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>Services a person comes "from" in an introduction (the first word; two-word ones need their second).</summary>
    private static readonly AsciiWordSet IntroducedServices = new(
    [
        "chaplaincy", "nutrition", "pharmacy", "hospice", "interpreting", "interpreter", "palliative", "pastoral", "spiritual", "social", "child",
        "case", "physical", "occupational", "speech", "respiratory", "patient", "care", "lactation", "volunteer", "volunteers", "security",
        "transport", "registration", "billing", "scheduling", "psychology", "psychiatry", "music", "art", "ethics", "rehab", "wound",
    ]);

    private static readonly AsciiWordSet ServiceSecondWords = new(
        ["life", "work", "services", "care", "management", "therapy", "relations", "advocacy", "consult", "team", "office", "department", "medicine", "services'"]);

    /// <summary>Roles a person plays for the listener ("our social worker", "your mom's nurse").</summary>
    private static readonly AsciiWordSet IntroducedRoles = new(
    [
        "nurse", "doctor", "social", "worker", "chaplain", "resident", "attending", "intern", "fellow", "therapist", "interpreter", "pharmacist",
        "dietitian", "nutritionist", "coordinator", "navigator", "manager", "aide", "tech", "case", "np", "pa", "physician", "surgeon", "counselor",
        "psychologist", "volunteer", "student", "rn", "cna", "sitter", "liaison", "advocate", "midwife", "doula", "specialist", "educator", "respiratory",
    ]);

    private static void CollectCallIntroductions(FindingSink sink, TextTokens tokens)
    {
        int count = tokens.Count;
        for (int i = 1; i < count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].NewLineBefore)
            {
                continue;
            }
            int length = tokens[i].Length;
            // "my son dieter's cell": read in this loop, but a relation's cue (ContextNameRules.RelationLists.cs).
            if (length >= 5 && tokens.Span(i)[^2] is '\'' or '’' && tokens.Span(i)[^1] is 's')
            {
                PossessiveAfterRelation(sink, tokens, i);
            }
            if (length == 4 && tokens.WordIs(i, "from"))
            {
                FromService(sink, tokens, i);
            }
            else if (length == 2 && tokens.WordIs(i, "is"))
            {
                if (tokens.WordIs(i - 1, "this"))
                {
                    ThisIsInitials(sink, tokens, i + 1);
                    ThisIsOurRole(sink, tokens, i + 1);
                }
                else
                {
                    IsYourRole(sink, tokens, i);
                }
            }
        }
        SpeakerLabelRepeats(sink, tokens);
    }

    /// <summary>A name word of an introduction: a given name or a word no list knows, in lower case or capitalised, no function word.</summary>
    private static bool IsIntroducedName(TextTokens tokens, int i, bool englishToo)
    {
        if (!tokens.IsWord(i) || tokens[i].Length < 3)
        {
            return false;
        }
        var word = tokens.Span(i);
        var entry = tokens.Entry(i);
        if (ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || ContextWords.Titles.Contains(word) || ContextWords.Relations.Contains(word)
            || ContextWords.RolesBefore.Contains(word) || ContextWords.CredentialsAfter.Contains(word) || IsContraction(word) || SpokenNumbers.Value(word) >= 0
            || ShortDateRules.MonthOf(word) > 0 || IntroducedServices.Contains(word) || IntroducedRoles.Contains(word) || Vowels(word) == 0 || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return entry.Given >= 1 && (englishToo || entry.English <= 1) || !entry.IsKnown && Vowels(word) >= 1 || entry.Given == 0 && entry.Surname >= 1 && entry.English == 0;
    }

    /// <summary>"… and ama from child life", "this is beth from social work", "here with nadine from pastoral care": the name before "from" and a service.</summary>
    private static void FromService(FindingSink sink, TextTokens tokens, int from)
    {
        int service = from + 1;
        if (!tokens.IsWord(service) || tokens[service].NewLineBefore || !IntroducedServices.Contains(tokens.Span(service)))
        {
            return;
        }
        bool oneWord = tokens.Span(service) is "chaplaincy" or "nutrition" or "pharmacy" or "hospice" or "interpreting" or "lactation" or "security" or "transport"
            or "registration" or "billing" or "scheduling" or "psychology" or "psychiatry" or "ethics" or "rehab" or "volunteers";
        if (!oneWord && !(tokens.IsWord(service + 1) && !tokens[service + 1].NewLineBefore && ServiceSecondWords.Contains(tokens.Span(service + 1))))
        {
            return;
        }
        int name = from - 1;
        // Introduced: after "and", a comma, "this is", "i'm", or a speaker label.
        bool introduced = tokens.WordIs(name - 1, "and") || tokens.WordIs(name - 1, "with") || tokens.IsSymbol(name - 1, ',') || tokens.IsSymbol(name - 1, ':')
            || tokens.WordIs(name - 1, "is") && tokens.WordIs(name - 2, "this") || tokens.WordIs(name - 1, "i'm") || tokens.WordIs(name - 1, "im");
        if (!introduced || tokens[name].NewLineBefore || !IsIntroducedName(tokens, name, englishToo: true))
        {
            return;
        }
        sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.74, "name-introduced");
    }

    /// <summary>"triage line this is k j, who's calling": two or three single letters (no "a", "i") after "this is", closing the clause.</summary>
    private static void ThisIsInitials(FindingSink sink, TextTokens tokens, int first)
    {
        int last = first - 1;
        for (int k = first; k < first + 3 && tokens.IsWord(k) && tokens[k].Length == 1 && !tokens[k].NewLineBefore && !tokens.WordIs(k, "a") && !tokens.WordIs(k, "i"); k++)
        {
            last = k;
        }
        int letters = last - first + 1;
        if (letters < 2 || tokens.IsWord(last + 1) && tokens[last + 1].Length == 1 && !tokens[last + 1].NewLineBefore)
        {
            return;
        }
        int after = last + 1;
        bool closed = after >= tokens.Count || tokens[after].NewLineBefore || tokens.IsSymbol(after, ',') || tokens.IsSymbol(after, '.')
            || tokens.WordIs(after, "how") || tokens.WordIs(after, "who") || tokens.WordIs(after, "whos") || tokens.WordIs(after, "who's") || tokens.WordIs(after, "speaking");
        if (closed)
        {
            sink.Add(PhiType.Name, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.72, "name-introduced");
        }
    }

    /// <summary>"this is grant our social worker", "this is nadine, your nurse": a name, then "our"/"your" and a role.</summary>
    private static void ThisIsOurRole(FindingSink sink, TextTokens tokens, int name)
    {
        if (!tokens.IsWord(name) || tokens[name].NewLineBefore)
        {
            return;
        }
        int owner = tokens.IsSymbol(name + 1, ',') ? name + 2 : name + 1;
        if (!(tokens.WordIs(owner, "our") || tokens.WordIs(owner, "your")) || tokens[owner].NewLineBefore || !tokens.IsWord(owner + 1)
            || !IntroducedRoles.Contains(tokens.Span(owner + 1)) || !IsIntroducedName(tokens, name, englishToo: true))
        {
            return;
        }
        sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.74, "name-introduced");
    }

    /// <summary>"and felix is your mom's nurse today", ", ronan is our chaplain": a given name opening a clause, "is", "your"/"our", a role.</summary>
    private static void IsYourRole(FindingSink sink, TextTokens tokens, int isWord)
    {
        int name = isWord - 1;
        int owner = isWord + 1;
        if (!tokens.IsWord(name) || !(tokens.WordIs(owner, "our") || tokens.WordIs(owner, "your")) || tokens[owner].NewLineBefore)
        {
            return;
        }
        int role = owner + 1;
        if (tokens.IsWord(role) && !tokens[role].NewLineBefore && (tokens.Span(role).EndsWith("'s", StringComparison.OrdinalIgnoreCase) || tokens.Span(role).EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
        {
            role++;
        }
        if (!tokens.IsWord(role) || tokens[role].NewLineBefore || !IntroducedRoles.Contains(tokens.Span(role)))
        {
            return;
        }
        bool opens = name == 0 || tokens[name].NewLineBefore || tokens.WordIs(name - 1, "and") || tokens.IsSymbol(name - 1, ',') || tokens.IsSymbol(name - 1, ':');
        var entry = tokens.Entry(name);
        if (!opens || !IsIntroducedName(tokens, name, englishToo: false) || !(entry.Given >= 1 || !entry.IsKnown))
        {
            return;
        }
        sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.72, "name-introduced");
    }

    /// <summary>
    /// "and this is his stepdad jay ⏎ … ⏎ jay: he's been …": a speaker label (a word and a colon opening a line) that is a one-word
    /// name found earlier in the same transcript is that person speaking.
    /// </summary>
    private static void SpeakerLabelRepeats(FindingSink sink, TextTokens tokens)
    {
        var findings = sink.Findings;
        int found = findings.Count;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !(i == 0 || tokens[i].NewLineBefore) || !tokens.IsSymbol(i + 1, ':') || tokens[i].Length < 3)
            {
                continue;
            }
            var label = tokens.Span(i);
            if (ContextWords.NotNames.Contains(label) || NameStopWords.Contains(label) || ContextWords.Relations.Contains(label) || ContextWords.RolesBefore.Contains(label))
            {
                continue;
            }
            for (int f = 0; f < found; f++)
            {
                var finding = findings[f];
                if (finding.Type == PhiType.Name && finding.Start < tokens[i].Start && finding.Length == label.Length && finding.Text.AsSpan().Equals(label, StringComparison.OrdinalIgnoreCase))
                {
                    sink.Add(PhiType.Name, tokens[i].Start, tokens[i].Length, 0.7, "name-speaker-label");
                    break;
                }
            }
        }
    }
}
