namespace MedDocs.Core.Phi.Tagging;

/// <summary>
/// Checks on the tagger's dates. It learned dates from shapes and neighbours, so it calls "1/2 NS" at the start of a line
/// a date, and it takes times of day for dates ("11/21 0530", "02:33"); the rules know which fractions are measurements,
/// and a time of day alone is no identifier (corpus conventions). So a bare month/day is kept only when the rules, reading
/// its line, take it for a date too, and times of day are trimmed from the end of a date or dropped when alone.
/// </summary>
internal static class TaggedDates
{
    private static readonly System.Buffers.SearchValues<char> ClockChars = System.Buffers.SearchValues.Create("0123456789:");
    private static readonly System.Buffers.SearchValues<char> NumericDateChars = System.Buffers.SearchValues.Create("0123456789/-.");

    /// <summary>The finding to keep for a tagger finding (the same one, a shorter Date, or null to drop it).</summary>
    public static PhiFinding? Check(string text, PhiFinding finding)
    {
        if (finding.Type != PhiType.Date)
        {
            return finding;
        }
        var date = WithoutTimeOfDay(text, finding);
        if (date is null || !IsBareMonthDay(date.Text))
        {
            return date;
        }
        var (tokens, k) = FindingLine.TokensAt(text, date.Start);
        return k < 0 || tokens.IsNumber(k) && ShortDateRules.ReadsAsMonthDay(tokens, k) ? date : null;
    }

    /// <summary>
    /// "11/21 0530" → "11/21", "12/19 02:33" → "12/19"; a finding that is only times ("0530", "02:33", "1500-1610") → null.
    /// A four-digit time is trimmed only after a numeric date: after a month name ("Aug 4 2015") it may be a year.
    /// </summary>
    private static PhiFinding? WithoutTimeOfDay(string text, PhiFinding finding)
    {
        var span = text.AsSpan(finding.Start, finding.Length);
        int end = span.Length;
        while (end > 0)
        {
            int wordStart = span[..end].LastIndexOfAny(' ', '\t') + 1;
            var last = span[wordStart..end];
            var before = span[..wordStart].TrimEnd();
            bool trimmable = IsClockTime(last) || IsFourDigitTime(last) && (before.IsEmpty || EndsWithNumericDate(before));
            if (!trimmable)
            {
                break;
            }
            end = before.Length;
        }
        if (end == span.Length)
        {
            return IsTimeRange(span) ? null : finding;
        }
        return end == 0 || IsTimeRange(span[..end]) ? null : finding with { Text = span[..end].ToString(), Length = end };
    }

    // "02:33", "9:40", "19:30:05".
    private static bool IsClockTime(ReadOnlySpan<char> word)
    {
        int colon = word.IndexOf(':');
        return colon is 1 or 2 && word.Length - colon - 1 is 2 or 5 && word[..colon].IndexOfAnyExceptInRange('0', '9') < 0
            && word[(colon + 1)..].IndexOfAnyExcept(ClockChars) < 0 && int.Parse(word[..colon]) < 24;
    }

    // "0530", "2155": a valid hour and minute.
    private static bool IsFourDigitTime(ReadOnlySpan<char> word) =>
        word.Length == 4 && word.IndexOfAnyExceptInRange('0', '9') < 0 && int.Parse(word[..2]) < 24 && int.Parse(word[2..]) < 60;

    // "1500-1610", "0900 - 1030".
    private static bool IsTimeRange(ReadOnlySpan<char> text)
    {
        int dash = text.IndexOf('-');
        if (dash < 0)
        {
            return false;
        }
        var first = text[..dash].Trim();
        var second = text[(dash + 1)..].Trim();
        return (IsFourDigitTime(first) || IsClockTime(first)) && (IsFourDigitTime(second) || IsClockTime(second));
    }

    // "11/21", "2/12/2026", "2026-07-18".
    private static bool EndsWithNumericDate(ReadOnlySpan<char> text)
    {
        int start = text.LastIndexOfAny(' ', '\t') + 1;
        var word = text[start..];
        return word.Length >= 3 && char.IsDigit(word[0]) && char.IsDigit(word[^1]) && word.IndexOfAny('/', '-', '.') > 0
            && word.IndexOfAnyExcept(NumericDateChars) < 0;
    }

    // One or two digits, '/', one or two digits: "9/12", "03/4".
    private static bool IsBareMonthDay(string text)
    {
        int slash = text.IndexOf('/');
        return slash is 1 or 2 && text.Length - slash - 1 is 1 or 2 && text.AsSpan(0, slash).IndexOfAnyExceptInRange('0', '9') < 0
            && text.AsSpan(slash + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }
}
