namespace MedDocs.Core.Phi;

/// <summary>
/// <see cref="PhiPatterns.NumericDate"/> and <see cref="PhiPatterns.NumericMonthYear"/> matched by hand at the digit runs of
/// an ASCII text (where \d and \b see ASCII only). Both patterns start at a digit run after a word boundary, and every
/// part is a whole digit run (each is followed by a separator or by a lookahead that refuses a digit), so one look at
/// the runs and separators decides what the backtracking engine decides, without searching every digit with a regex
/// and allocating a Match per date.
/// </summary>
internal static class NumericDates
{
    /// <summary>One match of <see cref="PhiPatterns.NumericDate"/>: a/b/y (or ISO year-month-day) and the whole match.</summary>
    public readonly record struct Match(int Index, int Length, bool Iso, int A, int ALength, int B, int BLength, int YearLength);

    /// <summary>
    /// The NumericDate match starting at the digit run at <paramref name="start"/> (after a word boundary), attached
    /// time included. Alternatives: d{1,2} [/-] d{1,2} (same separator) d{4}|d{2}; ISO (18|19|20)dd-d{1,2}-d{1,2};
    /// d{1,2}.d{1,2}.d{4}; each then (?![\d/]|[.-]\d).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool TryMatchDate(string text, int start, out Match match)
    {
        match = default;
        int end1 = DigitRuns.End(text, start);
        int length1 = end1 - start;
        if (end1 >= text.Length)
        {
            return false;
        }
        char separator = text[end1];
        bool iso = length1 == 4 && separator == '-' && IsIsoCentury(text, start);
        if (!(iso || (length1 <= 2 && separator is '/' or '-' or '.')))
        {
            return false;
        }
        int start2 = end1 + 1;
        int end2 = DigitRuns.End(text, start2);
        int length2 = end2 - start2;
        if (length2 is < 1 or > 2 || end2 >= text.Length || text[end2] != separator)
        {
            return false;
        }
        int start3 = end2 + 1;
        int end3 = DigitRuns.End(text, start3);
        int length3 = end3 - start3;
        bool lengthFits = iso ? length3 is 1 or 2 : separator == '.' ? length3 == 4 : length3 is 2 or 4;
        if (!lengthFits || !DateEndFits(text, end3))
        {
            return false;
        }
        int end = end3 + AttachedTimeLength(text, end3);
        match = iso
            ? new Match(start, end - start, true, start2, length2, start3, length3, length1)
            : new Match(start, end - start, false, start, length1, start2, length2, length3);
        return true;
    }

    /// <summary>The NumericMonthYear match ("03/2024") at the digit run at <paramref name="start"/>, or 0.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int MonthYearLength(string text, int start)
    {
        int end1 = DigitRuns.End(text, start);
        int length1 = end1 - start;
        // (?:0?[1-9]|1[0-2]): 1–9, 01–09, 10–12.
        bool month = length1 == 1 ? text[start] != '0'
            : length1 == 2 && (text[start] == '0' ? text[start + 1] != '0' : text[start] == '1' && text[start + 1] <= '2');
        if (!month || end1 >= text.Length || text[end1] != '/')
        {
            return 0;
        }
        int start2 = end1 + 1;
        int end2 = DigitRuns.End(text, start2);
        if (end2 - start2 != 4 || !(text[start2] == '1' && text[start2 + 1] == '9' || text[start2] == '2' && text[start2 + 1] == '0'))
        {
            return 0;
        }
        // (?![\d/]|\.\d)
        if (end2 < text.Length && (text[end2] == '/' || (text[end2] == '.' && end2 + 1 < text.Length && char.IsAsciiDigit(text[end2 + 1]))))
        {
            return 0;
        }
        return end2 - start;
    }

    /// <summary>(?:1[89]|20) at the start of a four-digit year.</summary>
    private static bool IsIsoCentury(string text, int start) =>
        (text[start] == '1' && text[start + 1] is '8' or '9') || (text[start] == '2' && text[start + 1] == '0');

    /// <summary>(?![\d/]|[.-]\d) at <paramref name="end"/> (the digit run ends there, so only the rest can refuse).</summary>
    private static bool DateEndFits(string text, int end) =>
        end >= text.Length
        || !(text[end] == '/' || (text[end] is '.' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));

    /// <summary>A digit after the time's lead (",", blanks, blanks "at" blanks, or "T"): a necessary condition, checked before the pattern.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool DigitAfterTimeLead(string text, int end)
    {
        int i = end + 1;
        if (text[end] is ' ' or '\t' or ',')
        {
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }
            if (text[end] != ',' && i + 2 < text.Length && text[i] == 'a' && text[i + 1] == 't' && text[i + 2] is ' ' or '\t')
            {
                return true;
            }
        }
        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    /// <summary>Length of the optional attached time at <paramref name="end"/> (0 if none); it starts with ',', a blank or 'T'.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int AttachedTimeLength(string text, int end)
    {
        if (end >= text.Length || text[end] is not (',' or ' ' or '\t' or 'T') || !DigitAfterTimeLead(text, end))
        {
            return 0;
        }
        var time = PhiPatterns.AttachedTimeAt().Match(text, end);
        return time.Success ? time.Length : 0;
    }
}
