namespace MedDocs.Core.Phi;

/// <summary>
/// The last four digits of a Social Security number, as forms and letters ask for them: "Last 4 SSN: 4471",
/// "SSN (last 4): xxx-xx-4471", "SSN ending 4471", "last four of SSN 4471", "SS# ***-**-4471". Only the four digits are
/// reported (the mask is no identifier). The value must follow the SSN word on its line with nothing but the
/// "last 4 / ending / of" phrasing, brackets, colons and a mask of x, * or # between, and a "last"/"ending" cue must stand
/// near the SSN word: a bare "SSN: 4471" is more likely a truncated or other number and stays with the labelled rules.
/// </summary>
internal static class SsnLastFour
{
    /// <summary>How far (characters) from the SSN word the cue and the value may stand.</summary>
    private const int Reach = 32;

    public static void Collect(FindingSink sink)
    {
        string text = sink.Text;
        for (int at = text.IndexOf("ss", StringComparison.OrdinalIgnoreCase); at >= 0 && at < text.Length;
             at = at + 2 < text.Length ? text.IndexOf("ss", at + 2, StringComparison.OrdinalIgnoreCase) : -1)
        {
            int wordEnd = SsnWordEnd(text, at);
            if (wordEnd < 0)
            {
                continue;
            }
            int lineStart = at;
            while (lineStart > 0 && text[lineStart - 1] != '\n' && at - lineStart < Reach)
            {
                lineStart--;
            }
            bool cued = HasLastCue(text.AsSpan(lineStart, at - lineStart));
            int value = FindValue(text, wordEnd, ref cued);
            if (value >= 0 && !cued)
            {
                // "SS# ***-**-5183 (last 4 only)": the cue may follow the value on its line.
                int after = value + 4, stop = Math.Min(text.Length, after + Reach);
                int newline = text.IndexOf('\n', after, stop - after);
                cued = HasLastCue(text.AsSpan(after, (newline < 0 ? stop : newline) - after));
            }
            if (value >= 0 && cued)
            {
                sink.Add(PhiType.Ssn, value, 4, 0.9, "ssn-last-four");
            }
        }
    }

    /// <summary>End of "SSN", "SS#", "SS #" or "SS No" starting a word at <paramref name="at"/>, or -1.</summary>
    private static int SsnWordEnd(string text, int at)
    {
        if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
        {
            return -1;
        }
        int end = at + 2;
        if (end < text.Length && text[end] is 'n' or 'N')
        {
            end++;
        }
        else if (end < text.Length && text[end] == '#')
        {
            return end + 1;
        }
        else
        {
            return -1;
        }
        return end < text.Length && char.IsLetterOrDigit(text[end]) ? -1 : end;
    }

    /// <summary>"last 4", "last four", "last4", "ending", "ends in" in the span (case-insensitive).</summary>
    private static bool HasLastCue(ReadOnlySpan<char> span) =>
        span.Contains("last", StringComparison.OrdinalIgnoreCase) || span.Contains("ending", StringComparison.OrdinalIgnoreCase)
        || span.Contains("ends in", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The start of the four-digit value after the SSN word, or -1: words of the "last 4 / ending in / of" phrasing,
    /// brackets, colons, '#' and a mask ("xxx-xx-", "***-**-") may stand between; anything else ends the search.
    /// </summary>
    private static int FindValue(string text, int from, ref bool cued)
    {
        int limit = Math.Min(text.Length, from + Reach);
        int i = from;
        while (i < limit)
        {
            char c = text[i];
            if (c == '\n')
            {
                return -1;
            }
            if (c is ' ' or '\t' or ':' or '(' or ')' or '#' or '=' or '*' or '-' or '•')
            {
                i++;
                continue;
            }
            if (char.IsDigit(c))
            {
                int end = i;
                while (end < text.Length && char.IsDigit(text[end]))
                {
                    end++;
                }
                // The "4" of "last 4" is phrasing, not the value.
                if (end - i == 1 && c == '4' && i >= 5 && text.AsSpan(i - 5, 4).Equals("last", StringComparison.OrdinalIgnoreCase))
                {
                    i = end;
                    continue;
                }
                bool alone = end >= text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '-' or '/' or '.' && end + 1 < text.Length && char.IsDigit(text[end + 1]));
                bool maskedOrSpaced = i == from || !char.IsDigit(text[i - 1]);
                return end - i == 4 && alone && maskedOrSpaced ? i : -1;
            }
            if (char.IsLetter(c))
            {
                int end = i;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }
                var word = text.AsSpan(i, end - i);
                if (IsMask(word))
                {
                    i = end;
                    continue;
                }
                if (!Phrasing.Contains(word))
                {
                    return -1;
                }
                if (word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("ending", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("ends", StringComparison.OrdinalIgnoreCase))
                {
                    cued = true;
                }
                i = end;
                continue;
            }
            return -1;
        }
        return -1;
    }

    /// <summary>"xxx", "XX", "x": the masked groups of a number.</summary>
    private static bool IsMask(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is not ('x' or 'X'))
            {
                return false;
            }
        }
        return word.Length <= 5;
    }

    private static readonly AsciiWordSet Phrasing = new(
        ["last", "four", "digits", "digit", "ending", "ends", "in", "of", "is", "no", "number", "num"]);
}
