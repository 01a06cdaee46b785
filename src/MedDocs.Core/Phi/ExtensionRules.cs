using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// Short telephone numbers inside an institution: extensions and pagers ("x5-1234", "x51234", "ext 4321",
/// "beeper 12345", "pgr #4321", "page 5-6789", "call back at 7-4455"). They are <see cref="PhiType.Phone"/>;
/// a cue is required, because 3- to 5-digit numbers alone are doses, volumes and times.
/// </summary>
internal static class ExtensionRules
{
    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Number)
            {
                TryLocalNumber(sink, tokens, i);
                TryCampusExtensionAfterAt(sink, tokens, i);
                continue;
            }
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            var word = tokens.Span(i);
            // "x5-1234", "x51234": the x touches the digits; three are enough after a number or a business's name ("555-0153 x207",
            // "Harbor Deli x214"). After a seven-digit number the x may stand apart ("555-0129 x 220").
            if (word is "x" or "X" && tokens.IsNumber(i + 1) && !(i > 0 && tokens.Touches(i)) && !tokens[i + 1].NewLineBefore)
            {
                bool afterNumber = IsPhoneTail(tokens, i - 1) && !tokens[i].NewLineBefore;
                if (tokens.Touches(i + 1))
                {
                    // "555-0131 x14": after a telephone number two digits are an extension.
                    TryNumber(sink, tokens, i + 1, minimumDigits: afterNumber ? 2 : IsCapitalisedWordBefore(tokens, i) ? 3 : 4);
                    continue;
                }
                if (afterNumber)
                {
                    TryNumber(sink, tokens, i + 1, minimumDigits: 2);
                    continue;
                }
            }
            int cues = Cues.Of(word);
            bool pager = (cues & PagerCue) != 0;
            bool weak = !pager && (cues & CallCue) != 0;
            if (!pager && !weak)
            {
                continue;
            }
            int next = i + 1;
            bool skippedAt = false;
            for (int guard = 0; guard < 3 && next < tokens.Count && !tokens[next].NewLineBefore; guard++)
            {
                skippedAt |= tokens.WordIs(next, "at");
                if (tokens[next].Kind == TokenKind.Symbol && tokens.Span(next) is "." or ":" or "#" or "-" or "(" or "=" or "@")
                {
                    next++;
                }
                else if (tokens.IsWord(next) && Fillers.Contains(tokens.Span(next)))
                {
                    next++;
                }
                else
                {
                    break;
                }
            }
            if (tokens.IsNumber(next) && !tokens[next].NewLineBefore)
            {
                // "paged at 0340": after "at" a 4-digit number is a clock time.
                TryNumber(sink, tokens, next, minimumDigits: pager && !skippedAt ? 3 : 5);
            }
        }
    }

    /// <summary>"5-1234" (any cue) or a 3–5 digit run standing alone (no unit, time or decimal after it).</summary>
    private static void TryNumber(FindingSink sink, TextTokens tokens, int first, int minimumDigits)
    {
        int end = first;
        int digits = tokens[first].Length;
        if (tokens[first].Length <= 2 && tokens.IsSymbol(first + 1, '-') && tokens.Touches(first + 1) && tokens.IsNumber(first + 2)
            && tokens.Touches(first + 2) && tokens[first + 2].Length == 4)
        {
            end = first + 2;
            digits += 4;
        }
        else if (digits < minimumDigits || digits > 5)
        {
            return;
        }
        int after = end + 1;
        if (after < tokens.Count && tokens.Touches(after) && (tokens[after].Kind != TokenKind.Symbol
            || tokens.Span(after) is "/" or ":" or "-" or "%" && tokens.IsNumber(after + 1) || tokens.Span(after) is "." && tokens.IsNumber(after + 1)))
        {
            return;
        }
        if (IsUnitWord(tokens, after))
        {
            return;
        }
        sink.Add(PhiType.Phone, tokens[first].Start, tokens[end].End - tokens[first].Start, 0.8, "phone-extension");
    }

    /// <summary>
    /// "paged the CT surgery PA Ramirez at 4-7731", "called pharmacy at 6-2210": a campus extension (a digit, a dash, four digits)
    /// after "at", when a page or call word opens the clause (at most ten words before, same line, no sentence end between).
    /// </summary>
    private static void TryCampusExtensionAfterAt(FindingSink sink, TextTokens tokens, int i)
    {
        if (tokens[i].Length != 1 || !tokens.IsSymbol(i + 1, '-') || !tokens.Touches(i + 1) || !tokens.IsNumber(i + 2) || !tokens.Touches(i + 2)
            || tokens[i + 2].Length != 4 || tokens.Touches(i) || !(tokens.WordIs(i - 1, "at") || tokens.IsSymbol(i - 1, '@')) || tokens[i].NewLineBefore)
        {
            return;
        }
        if (i + 3 < tokens.Count && tokens.Touches(i + 3) && (tokens[i + 3].Kind != TokenKind.Symbol || tokens.Span(i + 3) is "-" or "/" or ":" or "%")
            || IsUnitWord(tokens, i + 3))
        {
            return;
        }
        for (int k = i - 2; k >= 0 && i - k <= 12 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (tokens[k].Kind == TokenKind.Symbol && tokens.Span(k) is "." or ";" or "!" or "?")
            {
                return;
            }
            if (tokens.IsWord(k) && Cues.Of(tokens.Span(k)) != 0)
            {
                sink.Add(PhiType.Phone, tokens[i].Start, tokens[i + 2].End - tokens[i].Start, 0.75, "phone-extension");
                return;
            }
        }
    }

    /// <summary>"(nurse Esi Darko, 555-0196)": a seven-digit local number after a comma, a parenthesis or a phone word.</summary>
    private static void TryLocalNumber(FindingSink sink, TextTokens tokens, int i)
    {
        if (tokens[i].Length != 3 || !tokens.IsSymbol(i + 1, '-') || !tokens.Touches(i + 1) || !tokens.IsNumber(i + 2) || !tokens.Touches(i + 2)
            || tokens[i + 2].Length != 4 || (tokens.Touches(i) && tokens[i - 1].Kind != TokenKind.Symbol) || tokens.Span(i)[0] is '0' or '1')
        {
            return;
        }
        if (i + 3 < tokens.Count && tokens.Touches(i + 3) && (tokens[i + 3].Kind != TokenKind.Symbol || tokens.Span(i + 3) is "-" or "/"))
        {
            return;
        }
        int before = WordsBefore(tokens, i);
        // "wife Ada (HCP) 555-0159", "son (cell) 555-0122": a short aside between the person and the number; read the words before it.
        if (before == 0 && tokens.IsSymbol(i - 1, ')') && !tokens[i].NewLineBefore)
        {
            for (int k = i - 2; k >= 0 && k >= i - 5 && !tokens[k + 1].NewLineBefore; k--)
            {
                if (tokens.IsSymbol(k, '('))
                {
                    before = WordsBefore(tokens, k);
                    break;
                }
            }
        }
        bool cued = tokens.IsSymbol(i - 1, ',') || tokens.IsSymbol(i - 1, '(') || tokens.IsSymbol(i - 1, ':') || tokens.WordIs(i - 1, "at")
            || (before & CueBefore) != 0 || IsExtensionWord(tokens, i + 3) || (before & RoleBefore) != 0 && !IsUnitWord(tokens, i + 3);
        if (cued && !(tokens.Touches(i) && tokens.IsSymbol(i - 1, '-')))
        {
            int start = tokens[i].Start, end = tokens[i + 2].End;
            sink.Add(PhoneRules.TypeFor(sink.Text, start, end), start, end - start, 0.75, "phone-local");
        }
    }

    /// <summary>
    /// What the three words before the number on its line (only words between) say, in one walk: <see cref="CueBefore"/> for a
    /// phone, pager, line or fax word or a relative ("call report to 555-0129", "direct number given 555-0100", "dtr Ana 555-0114");
    /// <see cref="RoleBefore"/> for a role or a credential, a person's number ("vac supplies from the rep teodoro 555-0146",
    /// "case manager Lena Ortiz 555-0131", "Lena Ortiz RN 555-0131").
    /// </summary>
    private static int WordsBefore(TextTokens tokens, int i)
    {
        int found = 0;
        for (int k = i - 1; k >= 0 && k >= i - 3 && !tokens[k + 1].NewLineBefore && tokens.IsWord(k); k--)
        {
            var word = tokens.Span(k);
            if (Cues.Of(word) != 0 || LineCues.Contains(word) || FaxCues.Contains(word) || ContextWords.Relations.Contains(word))
            {
                found |= CueBefore;
            }
            if (ContextWords.RolesBefore.Contains(word) || ContextWords.CredentialsAfter.Contains(word) && !ContextWords.CommaOnlyCredentials.Contains(word))
            {
                found |= RoleBefore;
            }
        }
        return found;
    }

    private const int CueBefore = 1, RoleBefore = 2;

    /// <summary>Token <paramref name="k"/>, just after a number on its line, is a unit word: the number measures, it rings nowhere.</summary>
    private static bool IsUnitWord(TextTokens tokens, int k) =>
        tokens.IsWord(k) && !tokens[k].NewLineBefore && ContextWords.FractionUnits.Contains(tokens.Span(k));

    /// <summary>"x", "ext", "extension" right after a number on its line: the number is a telephone's.</summary>
    private static bool IsExtensionWord(TextTokens tokens, int k) =>
        tokens.IsWord(k) && !tokens[k].NewLineBefore && tokens.Span(k) is "x" or "X" or "ext" or "Ext" or "EXT" or "extension" or "Extension"
        && (tokens.IsNumber(k + 1) || tokens.IsSymbol(k + 1, '.') && tokens.IsNumber(k + 2));

    /// <summary>Token <paramref name="k"/> ends a seven-digit or longer telephone number ("555-0129", "(312) 555-0129").</summary>
    private static bool IsPhoneTail(TextTokens tokens, int k) =>
        k >= 2 && tokens.IsNumber(k) && tokens[k].Length == 4 && tokens.IsSymbol(k - 1, '-') && tokens.Touches(k) && tokens.IsNumber(k - 2) && tokens[k - 2].Length == 3;

    /// <summary>A capitalised word with lower-case letters just before ("Bakery x214"): a business's or person's name, not a dose's shorthand.</summary>
    private static bool IsCapitalisedWordBefore(TextTokens tokens, int i)
    {
        if (!tokens.IsWord(i - 1) || tokens[i].NewLineBefore)
        {
            return false;
        }
        var word = tokens.Span(i - 1);
        return word.Length >= 2 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterLower(word[^1]);
    }

    private static readonly AsciiWordSet FaxCues = new(["fax", "faxed", "faxing", "efax", "efaxed"]);

    private static readonly AsciiWordSet PagerCues = new(
        ["ext", "extension", "pager", "pgr", "pg", "beeper", "bpr", "beep", "page", "paged", "pagers", "beeped", "pger", "bp#", "pager#"]);

    private static readonly AsciiWordSet CallCues = new(["call", "callback", "cb", "tel", "phone", "ph", "cell", "reach", "reached", "number", "contact"]);

    /// <summary>Where a number rings ("office 555-0139", "at home 555-0122"): enough of a cue for a seven-digit local number.</summary>
    private static readonly AsciiWordSet LineCues = new(
        ["office", "home", "work", "mobile", "landline", "house", "desk", "direct", "line", "hm", "wk", "ofc", "off", "clinic", "main", "daytime", "evening",
         // A message left at a number, or the line that takes it: "left msg at church 555-0148", "answering service 555-0170".
         "msg", "message", "voicemail", "vm", "answering"]);

    /// <summary>Both cue sets in one lookup: <see cref="Collect"/> asks them about every word.</summary>
    private static readonly AsciiWordFlags Cues = new(PagerCues, CallCues);

    private const int PagerCue = 1, CallCue = 2;

    private static readonly AsciiWordSet Fillers = new(["at", "is", "number", "no", "num", "back", "me", "him", "her", "them", "on", "via", "him/her"]);
}
