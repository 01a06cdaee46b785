namespace MedDocs.Core.Phi;

/// <summary>
/// Clinicians and staff named in ICU shorthand, without a title: after "d/w" ("d/w okoro at 0300"), after "per" ("per moyo"),
/// in parentheses after a role ("rt (gus)", "renal fellow (chen-lowry)", "interpreter (Nareg)"), before a parenthesised role
/// ("Kwame (RN)", "Akinyemi (icu fellow beeper 41186)"), before "covering" or a pager ("quist covering", "call hoang pgr 31107"),
/// and patients in a sign-out list between a bed number and an age/sex ("bed 1 KOWALSKI 68M").
/// Each needs its cue and a word that looks like a name: listed as one and no common English word, or unknown to every list,
/// vowelled, not medical-looking, and no role, department or clinical abbreviation.
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>A name in shorthand: see the class summary; a hyphenated word ("chen-lowry") needs each part to be a name or unknown.</summary>
    private static bool IsShorthandName(TextTokens tokens, int i, bool lowerUnknown = true)
    {
        var word = tokens.Span(i);
        if (word.Length < 2 || IsContraction(word) || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word)
            || ContextWords.ClinicalAcronyms.Contains(word) || ContextWords.CredentialsAfter.Contains(word) || ContextWords.RolesBefore.Contains(word)
            || ContextWords.Titles.Contains(word) || ContextWords.Relations.Contains(word) || ContextWords.Departments.Contains(word)
            || ContextWords.FacilityHeads.Contains(word))
        {
            return false;
        }
        var entry = tokens.Entry(i);
        if (ContextWords.LooksMedical(word) && !entry.IsName())
        {
            return false;
        }
        if (entry.IsName())
        {
            return entry.English <= 1 || !WordShape.IsLowerCase(word) && entry.IsName(2);
        }
        if (entry.IsKnown)
        {
            return false;
        }
        int hyphen = word.IndexOf('-');
        if (hyphen > 0)
        {
            // "chen-lowry", "Adebayo-Nwosu": both halves names or unknown, none a common word ("follow-up", "cross-cover").
            return IsShorthandNamePart(word[..hyphen]) && IsShorthandNamePart(word[(hyphen + 1)..]);
        }
        // An unknown single word: vowelled like a name; in lower case only where the cue is tight ("rt (gus)"), not after "d/w" ("d/w neurosurg").
        return (lowerUnknown || !WordShape.IsLowerCase(word)) && Vowels(word) >= 2 && (word.Length >= 4 || word.Length == 3 && !WordShape.IsAllCaps(word));
    }

    /// <summary>One half of a hyphenated shorthand name: a listed name, or a word no English or place list knows (looked up as a span, no string per half).</summary>
    private static bool IsShorthandNamePart(ReadOnlySpan<char> part)
    {
        var entry = PhiLexicon.Shared.Lookup(part);
        return part.Length >= 2 && !(entry.English >= 1 && !entry.IsName() || entry.Place >= 1 && !entry.IsName());
    }

    /// <summary>
    /// "rt (gus)", "renal fellow (chen-lowry)", "interpreter (Nareg)", "home RT (Colm, 555-0191)": one name word in parentheses
    /// right after a role, closed by ")" or ",".
    /// </summary>
    private static int AfterRoleParenthesised(FindingSink sink, TextTokens tokens, int role) => NamesInParentheses(sink, tokens, role + 1, "name-role");

    /// <summary>Languages an interpreter works in ("interpreter (tagalog)", "RN (Spanish-speaking)" reads the first half too).</summary>
    private static readonly AsciiWordSet Languages = new(
    [
        "spanish", "portuguese", "vietnamese", "mandarin", "cantonese", "chinese", "korean", "japanese", "tagalog", "filipino", "ilocano",
        "russian", "ukrainian", "polish", "arabic", "haitian", "creole", "kreyol", "french", "somali", "amharic", "tigrinya", "oromo", "nepali",
        "hindi", "urdu", "punjabi", "bengali", "gujarati", "tamil", "telugu", "malayalam", "marathi", "farsi", "persian", "dari", "pashto",
        "armenian", "italian", "greek", "german", "hmong", "khmer", "cambodian", "lao", "laotian", "thai", "burmese", "karen", "swahili",
        "yoruba", "igbo", "hausa", "twi", "akan", "wolof", "fulani", "mandinka", "dinka", "nuer", "kinyarwanda", "kirundi", "lingala",
        "albanian", "bosnian", "serbian", "croatian", "romanian", "turkish", "kurdish", "hebrew", "yiddish", "asl", "sign", "mixteco",
        "mixtec", "kiche", "quechua", "mam", "marshallese", "chuukese", "samoan", "tongan", "tibetan", "mongolian", "uzbek", "georgian",
        "czech", "slovak", "hungarian", "dutch", "swedish", "norwegian", "danish", "finnish", "indonesian", "malay", "kriolu", "verdean",
        "english", "language", "video", "phone", "telephonic", "vri", "opi", "in-person", "certified",
    ]);

    /// <summary>"d/w okoro", "discussed with Akinyemi", "spoke w/ hakimi", "per moyo": a name right after the cue (per: a listed one).</summary>
    private static void AfterDiscussedWith(FindingSink sink, TextTokens tokens, int i)
    {
        int name;
        bool listedOnly = false;
        var word = tokens.Span(i);
        if (word is "w" or "W" && tokens.IsSymbol(i - 1, '/') && (tokens.WordIs(i - 2, "d") || tokens.WordIs(i - 2, "spoke") || tokens.WordIs(i - 2, "discussed"))
            && tokens.Touches(i))
        {
            name = i + 1;
        }
        else if (word.Equals("with", StringComparison.OrdinalIgnoreCase) && (tokens.WordIs(i - 1, "discussed") || tokens.WordIs(i - 1, "spoke")))
        {
            name = i + 1;
        }
        else if (word.Equals("per", StringComparison.OrdinalIgnoreCase))
        {
            name = i + 1;
            listedOnly = true;
        }
        else
        {
            return;
        }
        if (tokens.IsSymbol(name, '/') && !listedOnly)
        {
            name++;
        }
        if (!tokens.IsWord(name) || tokens[name].NewLineBefore || !IsShorthandName(tokens, name, lowerUnknown: false))
        {
            return;
        }
        if (tokens.IsWord(name + 1) && !tokens[name + 1].NewLineBefore && ContextWords.RolesBefore.Contains(tokens.Span(name + 1)))
        {
            // "d/w jr resident bethany": a modifier of the role; the role rule reads the name after it.
            return;
        }
        var entry = tokens.Entry(name);
        if (listedOnly && !(entry.IsName() && entry.English == 0))
        {
            return;
        }
        // "d/w Smith MD": the credential rule takes a capitalised pair; here one word (or "LAST-NAME").
        sink.Add(PhiType.Name, tokens[name].Start, tokens[name].Length, 0.72, "name-shorthand");
    }

    /// <summary>Words after a name that make it a clinician's ("quist covering", "hoang pgr 31107", "lee pager").</summary>
    private static readonly AsciiWordSet CoverAndPagerWords = new(["covering", "pgr", "pager", "beeper", "bpr", "pg", "vocera", "spectralink"]);

    /// <summary>"quist covering bed 10", "call hoang pgr 31107", "Kwame (RN)", "Akinyemi (icu fellow beeper 41186)": a name before such words.</summary>
    private static void BeforeCoverOrRole(FindingSink sink, TextTokens tokens, int i)
    {
        int next = i + 1;
        if (next >= tokens.Count || tokens[next].NewLineBefore)
        {
            return;
        }
        bool cue = false;
        if (tokens.IsWord(next) && CoverAndPagerWords.Contains(tokens.Span(next)))
        {
            var cueWord = tokens.Span(next);
            // A pager word needs its number ("pgr 31107"); "covering" a bed, a team or the line's end.
            cue = cueWord.Equals("covering", StringComparison.OrdinalIgnoreCase)
                ? !(tokens.IsWord(i - 1) && (tokens.WordIs(i - 1, "is") || tokens.WordIs(i - 1, "who") || tokens.WordIs(i - 1, "cross")))
                : tokens.IsNumber(next + 1) || tokens.IsSymbol(next + 1, '#');
        }
        else if (tokens.IsSymbol(next, '('))
        {
            // "(RN)", "(SW)", "(MICU attending)", "(icu fellow beeper 41186)": a role or credential first or second, then ")" or a pager.
            for (int k = next + 1; k <= next + 2 && tokens.IsWord(k); k++)
            {
                var inner = tokens.Span(k);
                if (ContextWords.RolesBefore.Contains(inner) || ContextWords.CredentialsAfter.Contains(inner) && !ContextWords.CommaOnlyCredentials.Contains(inner)
                    || ContextWords.CommaOnlyCredentials.Contains(inner) && WordShape.IsAllCaps(inner))
                {
                    cue = tokens.IsSymbol(k + 1, ')') || tokens.IsSymbol(k + 1, ',')
                        || tokens.IsWord(k + 1) && CoverAndPagerWords.Contains(tokens.Span(k + 1));
                    break;
                }
            }
        }
        if (!cue || !IsShorthandName(tokens, i, lowerUnknown: false))
        {
            return;
        }
        // A lower-case word must be a listed name or no English word at all; a capitalised one may be any such word.
        sink.Add(PhiType.Name, tokens[i].Start, tokens[i].Length, 0.72, "name-shorthand");
    }

    /// <summary>
    /// "bed 1 KOWALSKI 68M", "bed 12 Adebayo-Nwosu 54F", "rm 4 Pellegrino, 81 F": in a sign-out list, one or two name words
    /// between a bed or room number and an age with its sex.
    /// </summary>
    private static void CollectSignOutBeds(FindingSink sink, TextTokens tokens, TokenIndexList? noted)
    {
        int count = LaterPassTokens.Count(noted, tokens);
        for (int n = 0; n < count && LaterPassTokens.At(noted, n) + 3 < tokens.Count; n++)
        {
            SignOutBedAt(sink, tokens, LaterPassTokens.At(noted, n));
        }
    }

    /// <summary>The sign-out name after a bed word at <paramref name="i"/> (see <see cref="CollectSignOutBeds"/>).</summary>
    private static void SignOutBedAt(FindingSink sink, TextTokens tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Word || tokens[i].Length is < 2 or > 4 || !BedWords.Contains(tokens.Span(i)) || !tokens.IsNumber(i + 1))
        {
            return;
        }
        int first = i + 2;
        // "BED 12 - HALVORSEN: DKA", "bed 3: P. Oyelaran: sepsis": a dash or colon between the bed and the name.
        bool separated = tokens.IsSymbol(first, '-') || tokens.IsSymbol(first, ':') || tokens.IsSymbol(first, '–') || tokens.IsSymbol(first, '—');
        if (separated)
        {
            first++;
        }
        int last = first;
        bool initial = tokens.IsWord(first) && tokens[first].Length == 1 && WordShape.IsCapitalised(tokens.Span(first)) && tokens.IsSymbol(first + 1, '.');
        if (initial && separated)
        {
            last = first + 2;
        }
        int nameStart = last;
        while (last < nameStart + 2 && tokens.IsWord(last) && !tokens[last].NewLineBefore && WordShape.IsCapitalised(tokens.Span(last)) && IsShorthandName(tokens, last))
        {
            last++;
        }
        if (last == nameStart)
        {
            return;
        }
        if (separated && tokens.IsSymbol(last, ':') && !tokens[last].NewLineBefore)
        {
            // A sign-out line: the name, then a colon and the problems.
            sink.Add(PhiType.Name, tokens[first].Start, tokens[last - 1].End - tokens[first].Start, 0.75, "name-signout");
            return;
        }
        if (initial && separated)
        {
            return;
        }
        int age = tokens.IsSymbol(last, ',') ? last + 1 : last;
        if (!tokens.IsNumber(age) || tokens[age].Length > 3 || tokens[age].NewLineBefore || !tokens.IsWord(age + 1))
        {
            return;
        }
        var sex = tokens.Span(age + 1);
        if (!(sex is "M" or "F" or "m" or "f" or "yo" or "yoM" or "yoF" or "y" || sex.Equals("yo", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        sink.Add(PhiType.Name, tokens[first].Start, tokens[last - 1].End - tokens[first].Start, 0.75, "name-signout");
    }

    /// <summary>The shorthand cues above at the tokens <see cref="Collect"/> noted for them, then the sign-out beds and user columns.</summary>
    private static void CollectShorthand(FindingSink sink, TextTokens tokens, LaterPassTokens? later)
    {
        var noted = later?.Shorthand;
        int count = LaterPassTokens.Count(noted, tokens);
        for (int n = 0; n < count; n++)
        {
            ShorthandAt(sink, tokens, LaterPassTokens.At(noted, n));
        }
        CollectSignOutBeds(sink, tokens, later?.SignOutBeds);
        CollectUserColumns(sink, tokens, later?.UserColumns);
    }

    /// <summary>The shorthand cues at word <paramref name="i"/> (most words answer on their first check).</summary>
    private static void ShorthandAt(FindingSink sink, TextTokens tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Word)
        {
            return;
        }
        int length = tokens[i].Length;
        if (length is 1 or 3 or 4)
        {
            AfterDiscussedWith(sink, tokens, i);
        }
        if (length is >= 2 and <= 11 && InitialsCues.Contains(tokens.Span(i)))
        {
            StaffInitials(sink, tokens, i);
        }
        if (length is 2 or 3 && tokens.IsSymbol(i - 1, '/') && tokens.Touches(i))
        {
            SignedInitials(sink, tokens, i);
        }
        if (i + 1 < tokens.Count && (tokens.IsSymbol(i + 1, '(') || tokens.IsWord(i + 1) && tokens[i + 1].Length >= 2 && CoverAndPagerWords.Contains(tokens.Span(i + 1))))
        {
            BeforeCoverOrRole(sink, tokens, i);
            AfterServiceParenthesised(sink, tokens, i);
        }
        else if (tokens.IsSymbol(i + 1, '-'))
        {
            BetweenServiceDashes(sink, tokens, i);
        }
    }

    /// <summary>Words after which a laboratory or reading signs with initials ("verified by RJM", "Tech: dmv", "called by kp").</summary>
    private static readonly AsciiWordSet InitialsCues = new(
        ["by", "tech", "technologist", "initials", "verified", "verifier", "sonographer", "operator", "performer", "reader", "scribe", "user", "entered", "collector"]);

    /// <summary>
    /// "11/29 0558 BY RJM", "VERIFIED BY: RJM (MLS)", "by kp, read back", "Tech: dmv", "Tech JQ / reviewed …", "Verified mtr.": staff
    /// initials, two or three letters without a vowel (initials rarely have one, abbreviations of a thing mostly do), in one case,
    /// no clinical abbreviation, credential or role, closing the phrase.
    /// </summary>
    private static void StaffInitials(FindingSink sink, TextTokens tokens, int cue)
    {
        int k = cue + 1;
        if (tokens.IsSymbol(k, ':'))
        {
            k++;
        }
        if (!tokens.IsWord(k) || tokens[k].NewLineBefore || tokens[k].Length is < 2 or > 3)
        {
            return;
        }
        var word = tokens.Span(k);
        if (!IsOneCaseUnlisted(tokens, k, word) || HasVowel(word) || ContextWords.Titles.Contains(word) || ContextWords.RolesBefore.Contains(word)
            || ContextWords.Departments.Contains(word))
        {
            return;
        }
        int after = k + 1;
        // Closed by the line's end, punctuation, or the next field of a header ("Tech: mk   Referring: …").
        bool closed = after >= tokens.Count || tokens[after].NewLineBefore
            || tokens[after].Kind == TokenKind.Symbol && tokens.Text[tokens[after].Start] is '.' or ',' or '(' or '/' or ';' or ')' or '*'
            || tokens.IsWord(after) && tokens.IsSymbol(after + 1, ':') && tokens[after].Start - tokens[k].End >= 2;
        if (closed)
        {
            sink.Add(PhiType.Name, tokens[k].Start, tokens[k].Length, 0.7, "name-initials");
        }
    }

    /// <summary>
    /// "… OK to use. /th", a line "/kmb": a writer's initials after a slash that opens the line or follows a sentence's end, closing
    /// the line; two or three letters in one case without a vowel, no unit ("/hr") or abbreviation.
    /// </summary>
    private static void SignedInitials(FindingSink sink, TextTokens tokens, int k)
    {
        int slash = k - 1;
        bool opens = tokens[slash].NewLineBefore || slash == 0 || tokens.IsSymbol(slash - 1, '.') && tokens[slash].SpaceBefore;
        bool closes = k + 1 >= tokens.Count || tokens[k + 1].NewLineBefore;
        var word = tokens.Span(k);
        if (!opens || !closes || !IsOneCaseUnlisted(tokens, k, word) || HasVowel(word) || ContextWords.FractionUnits.Contains(word) || TimeUnits.Contains(word))
        {
            return;
        }
        sink.Add(PhiType.Name, tokens[k].Start, tokens[k].Length, 0.7, "name-initials");
    }

    /// <summary>
    /// Units after a slash that <see cref="ContextWords.NotNames"/> and <see cref="ContextWords.FractionUnits"/> lack ("/wk", "/dl");
    /// "/hr", "/mg", "/cc" and the like are theirs, "/min" has a vowel.
    /// </summary>
    private static readonly AsciiWordSet TimeUnits = new(["mn", "wk", "wks", "mth", "yr", "yrs", "dy", "dl", "pg"]);

    /// <summary>
    /// Word <paramref name="k"/> is in one letter case and no English word, clinical abbreviation, credential or listed non-name:
    /// the shape staff initials and user ids share (<see cref="StaffInitials"/>, <see cref="SignedInitials"/>, <see cref="IsUserIdCell"/>).
    /// </summary>
    private static bool IsOneCaseUnlisted(TextTokens tokens, int k, ReadOnlySpan<char> word) =>
        (WordShape.IsAllCaps(word) || WordShape.IsLowerCase(word)) && tokens.Entry(k).English == 0 && !ContextWords.ClinicalAcronyms.Contains(word)
        && !ContextWords.CredentialsAfter.Contains(word) && !ContextWords.NotNames.Contains(word);

    private static bool HasVowel(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if ((c | 0x20) is 'a' or 'e' or 'i' or 'o' or 'u')
            {
                return true;
            }
        }
        return false;
    }

    private static readonly AsciiWordSet BedWords = new(["bed", "bd", "rm", "room"]);
}
