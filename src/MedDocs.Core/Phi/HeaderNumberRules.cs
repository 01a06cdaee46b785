namespace MedDocs.Core.Phi;

/// <summary>
/// The unlabelled record number of a report header: "WHITFIELD, DANA  #0412288  F  DOB 3/4/1950",
/// "Lucero, Dante  5530094  DOB 3/8/1952". Lab, pathology and discharge headers put the name, the hospital number and
/// the birth date on one line, often without a label for the number. A six- to ten-digit number standing alone on a
/// line that also holds a birth-date label is taken as a <see cref="PhiType.Mrn"/>; one right after a label word
/// (account, phone, room …) is left to the rules that know that label.
/// </summary>
internal static class HeaderNumberRules
{
    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number || tokens[i].Length is < 6 or > 10 || !StandsAlone(tokens, i))
            {
                continue;
            }
            int before = tokens.IsSymbol(i - 1, '#') && tokens.Touches(i) ? i - 2 : i - 1;
            if (IsHeaderIdLabel(tokens, before, i))
            {
                // "BANKS, ELI  ID: 778102934  30-Nov-2026  Male": a header's bare ID is its record number.
                sink.Add(PhiType.Mrn, tokens[i].Start, tokens[i].Length, 0.75, "mrn-header");
                continue;
            }
            if (before >= 0 && (tokens.IsWord(before) && LabelWords.Contains(tokens.Span(before)) || tokens.IsSymbol(before, ':')))
            {
                continue;
            }
            // "Haddad, Kal   #5509184   MICU bed 9": a '#' number after the patient's LAST, First on a header line;
            // "OSTROWSKI, PAUL JAMES  |  00412987  |  91M": a number right after it.
            if (LineHasBirthDateLabel(tokens, i) || tokens.IsSymbol(i - 1, '#') && LineStartsWithName(tokens, i) || FollowsHeaderName(tokens, i))
            {
                sink.Add(PhiType.Mrn, tokens[i].Start, tokens[i].Length, 0.7, "mrn-header");
            }
        }
    }

    /// <summary>Blanks (or a '#' glued to it) before, and a blank, a line end or a comma after: not part of a date, phone or code.</summary>
    private static bool StandsAlone(TextTokens tokens, int i)
    {
        bool startOk = !tokens.Touches(i) || tokens.IsSymbol(i - 1, '#') && !tokens.Touches(i - 1);
        return startOk && (!tokens.Touches(i + 1) || tokens.IsSymbol(i + 1, ','));
    }

    /// <summary>The first token of the line that holds token <paramref name="i"/>.</summary>
    private static int LineStart(TextTokens tokens, int i)
    {
        while (i > 0 && !tokens[i].NewLineBefore)
        {
            i--;
        }
        return i;
    }

    private static bool LineHasBirthDateLabel(TextTokens tokens, int i)
    {
        int first = LineStart(tokens, i);
        for (int k = first; k < tokens.Count && (k == first || !tokens[k].NewLineBefore); k++)
        {
            if (tokens.IsWord(k) && BirthDateLabels.Contains(tokens.Span(k)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly AsciiWordSet BirthDateLabels = new(["dob", "birthdate", "birth", "born", "bd", "age", "sex", "gender"]);

    /// <summary>The word <paramref name="k"/> is a bare "ID" label of a header line (a birth-date label or a LAST, First name on it) before token <paramref name="i"/>.</summary>
    internal static bool IsHeaderIdLabel(TextTokens tokens, int k, int i) =>
        IsBareIdLabel(tokens, k) && (LineHasBirthDateLabel(tokens, i) || LineStartsWithName(tokens, i));

    /// <summary>"ID:" or "ID #" standing alone before the number: not "interpreter ID", "employee ID" (another word just before it on the line).</summary>
    private static bool IsBareIdLabel(TextTokens tokens, int k)
    {
        if (tokens.IsSymbol(k, ':') || tokens.IsSymbol(k, '#'))
        {
            k--;
        }
        if (!tokens.IsWord(k) || tokens.Span(k) is not ("ID" or "Id") || tokens.Touches(k))
        {
            return false;
        }
        // A qualifying word right before ("interpreter ID") makes it another kind of ID; a name two blanks or more before does not.
        return k == 0 || tokens[k].NewLineBefore || !tokens.IsWord(k - 1) || tokens[k].Start - tokens[k - 1].End >= 2;
    }

    /// <summary>The line begins with a LAST, First name: a capitalised word, a comma, a capitalised word.</summary>
    private static bool LineStartsWithName(TextTokens tokens, int i) => IsLastCommaFirst(tokens, LineStart(tokens, i), i);

    /// <summary>A LAST, First name starts at <paramref name="first"/> and ends before <paramref name="i"/>: a capitalised word (two letters or more), a comma glued to it, a capitalised word.</summary>
    private static bool IsLastCommaFirst(TextTokens tokens, int first, int i) =>
        first + 2 < i && tokens.IsWord(first) && tokens.IsSymbol(first + 1, ',') && tokens.Touches(first + 1) && tokens.IsWord(first + 2)
        && char.IsAsciiLetterUpper(tokens.Span(first)[0]) && char.IsAsciiLetterUpper(tokens.Span(first + 2)[0]) && tokens.Span(first).Length >= 2;

    /// <summary>
    /// The number comes right after a LAST, FIRST name that opens its line (after an optional "Name:"/"Patient:" label):
    /// only the name's words, initials and one column separator ('|', '/', '-') lie between.
    /// </summary>
    internal static bool FollowsHeaderName(TextTokens tokens, int i)
    {
        int first = LineStart(tokens, i);
        if (tokens.IsWord(first) && HeaderNameLabels.Contains(tokens.Span(first)) && first + 1 < i)
        {
            first += tokens.IsSymbol(first + 1, ':') ? 2 : 1;
        }
        if (!IsLastCommaFirst(tokens, first, i))
        {
            return false;
        }
        int k = first + 3, words = 0;
        for (; k < i && tokens.IsWord(k) && char.IsAsciiLetterUpper(tokens.Span(k)[0]) && words < 3; k++, words++)
        {
            // An initial's period: "Dana R."
            if (tokens.IsSymbol(k + 1, '.') && tokens.Touches(k + 1) && tokens[k].Length == 1)
            {
                k++;
            }
        }
        if (k < i && tokens[k].Kind == TokenKind.Symbol && tokens.Span(k) is "|" or "/" or "-")
        {
            k++;
        }
        // "Penicillin, Benzathine 2400000 units": a drug and its dose, not a name and a number.
        return k == i && !(tokens.IsWord(i + 1) && !tokens[i + 1].NewLineBefore && ContextWords.FractionUnits.Contains(tokens.Span(i + 1)));
    }

    private static readonly AsciiWordSet HeaderNameLabels = new(["name", "patient", "pt"]);

    /// <summary>Words after which a number belongs to another label's rule (or is no identifier at all).</summary>
    private static readonly AsciiWordSet LabelWords = new(
    [
        "acct", "account", "fin", "enc", "encounter", "visit", "acc", "accession", "specimen", "order", "member", "policy", "claim",
        "invoice", "npi", "dea", "lic", "license", "licence", "ssn", "phone", "tel", "fax", "pager", "pgr", "ext", "room", "rm", "bed",
        "zip", "id", "no", "number", "group", "plan", "case", "job", "ref", "lot", "batch", "serial", "sn", "clia", "cap",
    ]);
}
