namespace MedDocs.Core.Phi;

/// <summary>
/// Staff user ids and initials in a report's table, under a column headed "Operator", "User", "Tech", "Initials", "Entered by"
/// (a glucose log, a point-of-care or blood-bank table): "11/28  0730  142  LROSEN  AC breakfast". The header word stands
/// apart from its neighbours by a column gap; each row below it (to the first blank line) holds at the header's column a word
/// of letters only, in one letter case, that no English list knows, no clinical abbreviation or credential: that word is a name.
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>Column headers of staff ids (any case).</summary>
    private static readonly AsciiWordSet UserColumnHeaders = new(["operator", "user", "userid", "tech", "initials", "entered", "performer", "nurse", "rn", "by"]);

    private const int MaxColumnRows = 60;

    /// <summary>The user-id columns of the text's tables (see the class summary).</summary>
    private static void CollectUserColumns(FindingSink sink, TextTokens tokens, TokenIndexList? noted)
    {
        int count = LaterPassTokens.Count(noted, tokens);
        for (int n = 0; n < count; n++)
        {
            if (LaterPassTokens.At(noted, n) >= 1)
            {
                UserColumnAt(sink, tokens, LaterPassTokens.At(noted, n));
            }
        }
    }

    /// <summary>The user ids under a header word at <paramref name="h"/>, if it heads such a column.</summary>
    private static void UserColumnAt(FindingSink sink, TextTokens tokens, int h)
    {
        string text = tokens.Text;
        // Cheap first: a capital and a column gap around the word, then the header set.
        if (tokens[h].Kind != TokenKind.Word || tokens[h].Length is < 2 or > 9 || !WordShape.IsCapitalised(tokens.Span(h)) || !IsColumnHeader(tokens, h)
            || !UserColumnHeaders.Contains(tokens.Span(h)))
        {
            return;
        }
        int column = tokens[h].Start - LineStart(text, tokens[h].Start);
        int k = h + 1;
        for (int rows = 0; rows < MaxColumnRows && k < tokens.Count; rows++)
        {
            // Move to the next line's first token; a blank line ends the table.
            while (k < tokens.Count && !tokens[k].NewLineBefore)
            {
                k++;
            }
            if (k >= tokens.Count || BlankLineBefore(text, tokens[k].Start))
            {
                break;
            }
            int lineStart = LineStart(text, tokens[k].Start);
            int cell = -1;
            for (int c = k; c < tokens.Count && (c == k || !tokens[c].NewLineBefore); c++)
            {
                int offset = tokens[c].Start - lineStart;
                if (offset >= column - 2 && offset <= column + 2)
                {
                    cell = c;
                    break;
                }
                if (offset > column + 2)
                {
                    break;
                }
            }
            if (cell >= 0 && IsUserIdCell(tokens, cell))
            {
                sink.Add(PhiType.Name, tokens[cell].Start, tokens[cell].Length, 0.7, "name-user-column");
            }
            k++;
        }
    }

    /// <summary>A header word in a table's header line: a gap of two or more blanks before it (or it opens the line) and after it.</summary>
    private static bool IsColumnHeader(TextTokens tokens, int h)
    {
        string text = tokens.Text;
        int start = tokens[h].Start;
        bool gapBefore = tokens[h].NewLineBefore || start >= 2 && text[start - 1] is ' ' or '\t' && text[start - 2] is ' ' or '\t' || start >= 1 && text[start - 1] == '\t';
        int end = tokens[h].End;
        bool gapAfter = end >= text.Length || text[end] is '\n' or '\r' || text[end] == '\t' || end + 1 < text.Length && text[end] == ' ' && text[end + 1] is ' ' or '\t';
        return gapBefore && gapAfter;
    }

    /// <summary>A staff id in a cell: letters only, 2 to 10 of them, in one case, no English word, clinical abbreviation, credential or role.</summary>
    private static bool IsUserIdCell(TextTokens tokens, int cell)
    {
        if (tokens[cell].Kind != TokenKind.Word || tokens[cell].Length is < 2 or > 10)
        {
            return false;
        }
        var word = tokens.Span(cell);
        foreach (char c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }
        if (!IsOneCaseUnlisted(tokens, cell, word) || ContextWords.RolesBefore.Contains(word) || NameStopWords.Contains(word)
            || ShortDateRules.MonthOf(word) > 0 || ContextWords.Departments.Contains(word))
        {
            return false;
        }
        // A short word must look like initials (no vowel: "KB", "dtm"); a longer one like an id or a name (vowelled: "LROSEN").
        return word.Length <= 3 ? !HasVowel(word) : Vowels(word) >= 1;
    }

    private static int LineStart(string text, int offset)
    {
        int newline = offset > 0 ? text.LastIndexOf('\n', offset - 1) : -1;
        return newline + 1;
    }

    /// <summary>Whether only blanks stand between the previous line break before <paramref name="offset"/> and the one before it.</summary>
    private static bool BlankLineBefore(string text, int offset)
    {
        int newline = text.LastIndexOf('\n', offset - 1);
        if (newline <= 0)
        {
            return false;
        }
        for (int p = newline - 1; p >= 0; p--)
        {
            char c = text[p];
            if (c == '\n')
            {
                return true;
            }
            if (c is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }
        return false;
    }
}
