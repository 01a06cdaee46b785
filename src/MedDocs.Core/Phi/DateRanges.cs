namespace MedDocs.Core.Phi;

/// <summary>
/// Numeric date ranges joined by a hyphen or dash with no blank ("5/28/24-6/4/24", "3/2/2025-3/9/2025",
/// "12/30-1/4/25", "5/28/24-6/4"). The numeric date pattern refuses a date followed by "-digit" (so "5-28-24-11"
/// is not cut into a date) and one preceded by "-" (so "5/325-10/2024" is not either), which left both ends of
/// such a range unfound; the month/day rule only knows ranges without a year. Each end is reported on its own.
/// Ranges of two month/days without a year stay with <see cref="ShortDateRules"/> (their measurement checks apply).
/// </summary>
internal static class DateRanges
{
    /// <summary>A range starting at the number token <paramref name="i"/>; <paramref name="last"/> is its last token.</summary>
    public static bool TryAt(FindingSink sink, TextTokens tokens, int i, out int last)
    {
        last = i;
        // The first date must start its word: not "x5/28/24-…", "1/5/28/24-…", "1.5/2/24-…".
        if (tokens.Touches(i) && (tokens[i - 1].Kind != TokenKind.Symbol || tokens.Span(i - 1) is "/" or "." or "-" or "+" or "#" or ":"))
        {
            return false;
        }
        if (!TryDate(tokens, i, out int firstEnd, out bool firstYear, out bool firstUs)
            || !tokens.Touches(firstEnd + 1) || tokens.Span(firstEnd + 1) is not ("-" or "–" or "—") || !tokens.Touches(firstEnd + 2)
            || !TryDate(tokens, firstEnd + 2, out int secondEnd, out bool secondYear, out bool secondUs))
        {
            return false;
        }
        // One end at least carries a year, and a date without one must read month/day.
        if (!(firstYear || secondYear) || (!firstYear && !firstUs) || (!secondYear && !secondUs))
        {
            return false;
        }
        // Nothing more joined after it: "…-6/4/24/3", "…-6/4/24-7", "…-6/4/24.5".
        int after = secondEnd + 1;
        if (after < tokens.Count && tokens.Touches(after)
            && (tokens[after].Kind != TokenKind.Symbol || tokens.Span(after) is "/" || tokens.Span(after) is "-" or "." && tokens.IsNumber(after + 1) && tokens.Touches(after + 1)))
        {
            return false;
        }
        sink.Add(PhiType.Date, tokens[i].Start, tokens[firstEnd].End - tokens[i].Start, firstYear ? 0.9 : 0.85, "date-range");
        int second = firstEnd + 2;
        sink.Add(PhiType.Date, tokens[second].Start, tokens[secondEnd].End - tokens[second].Start, secondYear ? 0.9 : 0.85, "date-range");
        last = secondEnd;
        return true;
    }

    /// <summary>
    /// "a/b" or "a/b/yy" or "a/b/yyyy" from token <paramref name="i"/>, all touching; month/day either way round with a
    /// year (as the numeric pattern), month/day when <paramref name="us"/>.
    /// </summary>
    private static bool TryDate(TextTokens tokens, int i, out int end, out bool year, out bool us)
    {
        end = i;
        year = false;
        us = false;
        if (!tokens.IsNumber(i) || tokens[i].Length > 2 || !tokens.IsSymbol(i + 1, '/') || !tokens.Touches(i + 1)
            || !tokens.IsNumber(i + 2) || !tokens.Touches(i + 2) || tokens[i + 2].Length > 2)
        {
            return false;
        }
        int a = IdentifierChecks.ParseDigits(tokens.Span(i));
        int b = IdentifierChecks.ParseDigits(tokens.Span(i + 2));
        end = i + 2;
        if (tokens.IsSymbol(i + 3, '/') && tokens.Touches(i + 3) && tokens.IsNumber(i + 4) && tokens.Touches(i + 4))
        {
            if (tokens[i + 4].Length is not (2 or 4))
            {
                return false;
            }
            year = true;
            end = i + 4;
        }
        us = a is >= 1 and <= 12 && b is >= 1 and <= 31;
        return us || year && a is >= 1 and <= 31 && b is >= 1 and <= 12;
    }
}
