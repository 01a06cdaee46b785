namespace MedDocs.Core.Phi;

/// <summary>
/// A patient's registration name as the registration system prints it, "LAST, FIRST" in capitals, where the note marks it as
/// such: in quotation marks ("registered as "TRAUMA, ZULU"", an unidentified patient's alias "ALPHA, CASPER") or right before
/// the record's identifiers on the same line ("infant LOPEZ-HAWTHORNE, MATEO dob 11/14/26 mrn …"). Placeholder aliases are
/// common words by design, so the quotation marks or the identifier field stand for the name lists here; each word must still
/// be no clinical abbreviation, department or listed non-name.
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>Record fields that follow a registration name on its line.</summary>
    private static readonly AsciiWordSet RegistrationFields = new(["mrn", "dob", "fin", "acct", "csn", "mr#", "d.o.b", "hosp#", "encounter", "enc"]);

    /// <summary>Every capitalised "WORD, WORD" pair: kept when quoted or followed by a record field.</summary>
    private static void CollectRegisteredNames(FindingSink sink, TextTokens tokens)
    {
        for (int i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].Length >= 3 && tokens.IsSymbol(i + 1, ',') && tokens.Touches(i + 1) && tokens.IsWord(i + 2)
                && !tokens[i + 2].NewLineBefore)
            {
                RegisteredNameAt(sink, tokens, i);
            }
        }
    }

    private static void RegisteredNameAt(FindingSink sink, TextTokens tokens, int last)
    {
        int first = last + 2;
        bool quoted = tokens.IsSymbol(last - 1, '"') && tokens.Touches(last) && RegistrationCueBefore(tokens, last - 1);
        if (!IsRegistrationWord(tokens, last, quoted) || !IsRegistrationWord(tokens, first, quoted))
        {
            return;
        }
        int end = first;
        // An optional middle initial ("MATEO J").
        if (tokens.IsWord(end + 1) && tokens[end + 1].Length == 1 && !tokens[end + 1].NewLineBefore && char.IsAsciiLetterUpper(tokens.Text[tokens[end + 1].Start]))
        {
            end++;
        }
        quoted &= tokens.IsSymbol(end + 1, '"') && tokens.Touches(end + 1);
        bool beforeField = tokens.IsWord(end + 1) && !tokens[end + 1].NewLineBefore && RegistrationFields.Contains(tokens.Span(end + 1))
            && !tokens.IsSymbol(last - 1, ',') && !(tokens.IsWord(last - 1) && tokens.IsSymbol(last - 2, ',') && !tokens[last - 1].NewLineBefore);
        if (quoted || beforeField)
        {
            sink.Add(PhiType.Name, tokens[last].Start, tokens[end].End - tokens[last].Start, 0.78, "name-registered");
        }
    }

    /// <summary>Words that say a quoted name is the one the patient is registered or known under ("registered as", "aka", "(unidentified)").</summary>
    private static readonly AsciiWordSet RegistrationCues = new(
        ["registered", "registration", "as", "aka", "a.k.a", "alias", "unidentified", "unknown", "name", "named", "under", "doe", "temporary", "trauma"]);

    /// <summary>A registration cue among the three words before the opening quotation mark, on its line.</summary>
    private static bool RegistrationCueBefore(TextTokens tokens, int quote)
    {
        for (int j = quote - 1; j >= quote - 3 && j >= 0 && !tokens[j + 1].NewLineBefore; j--)
        {
            if (tokens.IsWord(j) && RegistrationCues.Contains(tokens.Span(j)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A word of a registration name: all capitals, three letters or more (a hyphen may join two), no clinical abbreviation; a
    /// quoted alias after a registration cue may be a department or medical-looking word ("TRAUMA, ZULU"), a bare one may not.
    /// </summary>
    private static bool IsRegistrationWord(TextTokens tokens, int k, bool quoted)
    {
        var word = tokens.Span(k);
        return word.Length >= 3 && WordShape.IsAllCaps(word) && Vowels(word) >= 1 && !ContextWords.NotNames.Contains(word) && !NameStopWords.Contains(word)
            && !ContextWords.ClinicalAcronyms.Contains(word) && (quoted || IsBareRegistrationWord(tokens, k, word));
    }

    private static bool IsBareRegistrationWord(TextTokens tokens, int k, ReadOnlySpan<char> word) =>
        !ContextWords.Departments.Contains(word) && !ContextWords.FacilityHeads.Contains(word)
            && !ContextWords.CredentialsAfter.Contains(word) && !ContextWords.RolesBefore.Contains(word) && !(ContextWords.LooksMedical(word) && !tokens.Entry(k).IsName());
}
