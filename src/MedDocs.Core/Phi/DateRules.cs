namespace MedDocs.Core.Phi;

/// <summary>
/// Dates (all elements except the year alone are identifiers): numeric, ISO, month-name and day-first
/// forms, month/year, each with an attached clock time. Numeric forms need a year, so look-alikes such
/// as 120/80, 5/325, 20/20, 7/10 or 2/6 never qualify.
/// </summary>
internal static class DateRules
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Collect(FindingSink sink)
    {
        string text = sink.Text;
        if (sink.MustRun(sink.Digits.NumericDate))
        {
            CollectNumeric(sink);
        }

        if (sink.MustRun(sink.Digits.MonthYear))
        {
            if (sink.IsAscii)
            {
                CollectMonthYearAscii(sink);
            }
            else
            {
                foreach (var m in PhiPatterns.NumericMonthYear().EnumerateMatches(text))
                {
                    AddMonthYear(sink, m.Index, m.Length);
                }
            }
        }

        if (!sink.IsAscii)
        {
            CollectMonthFirst(sink);
            CollectDayFirst(sink);
            return;
        }
        var monthWords = TextGates.MonthWords(text);
        if (monthWords.Count == 0)
        {
            return;
        }
        CollectMonthFirstAt(sink, monthWords);
        if (TextGates.MayHaveDayFirstDate(text, monthWords))
        {
            CollectDayFirst(sink);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectNumeric(FindingSink sink)
    {
        string text = sink.Text;
        if (sink.IsAscii)
        {
            // The pattern's matches, left to right: each digit run after a word boundary, from the end of the last match.
            int from = 0;
            var runs = sink.DigitRunList.Walk();
            for (int start = runs.Next(from); start >= 0; start = runs.Next(from))
            {
                if (DigitRuns.StartsWord(text, start) && NumericDates.TryMatchDate(text, start, out var date))
                {
                    AddNumeric(sink, date.Index, date.Length, date.Iso, text.AsSpan(date.A, date.ALength), text.AsSpan(date.B, date.BLength), date.YearLength);
                    from = date.Index + date.Length;
                }
                else
                {
                    from = runs.End(start);
                }
                if (from >= text.Length)
                {
                    break;
                }
            }
            return;
        }
        for (var m = PhiPatterns.NumericDate().Match(text); m.Success; m = m.NextMatch())
        {
            bool iso = m.Groups["iy"].Success;
            AddNumeric(sink, m.Index, m.Length, iso, m.Groups[iso ? "im" : "a"].ValueSpan, m.Groups[iso ? "id" : "b"].ValueSpan, m.Groups[iso ? "iy" : "y"].Length);
        }
    }

    /// <summary>A NumericDate match that is a date: ISO month and day, or month/day either way round.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AddNumeric(FindingSink sink, int index, int length, bool iso, ReadOnlySpan<char> a, ReadOnlySpan<char> b, int yearLength)
    {
        if (RuleText.PrecededBy(sink.Text, index, NumberJoiners))
        {
            return;
        }
        if (iso)
        {
            if (IsMonth(a) && IsDay(b))
            {
                sink.Add(PhiType.Date, index, length, 0.97, "date-iso");
            }
            return;
        }
        // US month/day first, or day/month for European writing.
        if ((IsMonth(a) && IsDay(b)) || (IsDay(a) && IsMonth(b)))
        {
            double confidence = yearLength == 4 ? 0.96 : 0.9;
            sink.Add(PhiType.Date, index, length, confidence, "date-numeric");
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectMonthYearAscii(FindingSink sink)
    {
        string text = sink.Text;
        int from = 0;
        var runs = sink.DigitRunList.Walk();
        for (int start = runs.Next(from); start >= 0; start = runs.Next(from))
        {
            int length = DigitRuns.StartsWord(text, start) ? NumericDates.MonthYearLength(text, start) : 0;
            if (length > 0)
            {
                AddMonthYear(sink, start, length);
                from = start + length;
            }
            else
            {
                from = runs.End(start);
            }
            if (from >= text.Length)
            {
                break;
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AddMonthYear(FindingSink sink, int index, int length)
    {
        if (!RuleText.PrecededBy(sink.Text, index, NumberJoiners))
        {
            sink.Add(PhiType.Date, index, length, 0.85, "date-month-year");
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectMonthFirst(FindingSink sink)
    {
        for (var m = PhiPatterns.MonthFirstDate().Match(sink.Text); m.Success; m = m.NextMatch())
        {
            AddMonthFirst(sink, m);
        }
    }

    /// <summary>
    /// The pattern anchored at the capitalised month words of an ASCII text, left to right without overlaps: the same
    /// matches as searching the whole text, since every match starts at such a word.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectMonthFirstAt(FindingSink sink, List<int> monthWords)
    {
        string text = sink.Text;
        var regex = PhiPatterns.MonthFirstDateAt();
        int lastEnd = 0;
        foreach (int at in monthWords)
        {
            if (at < lastEnd || !char.IsAsciiLetterUpper(text[at]))
            {
                continue;
            }
            var m = regex.Match(text, at);
            if (m.Success)
            {
                lastEnd = m.Index + m.Length;
                AddMonthFirst(sink, m);
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AddMonthFirst(FindingSink sink, System.Text.RegularExpressions.Match m)
    {
        var day = m.Groups["day"];
        if (day.Success && !IsDay(day.ValueSpan))
        {
            return;
        }
        double confidence = m.Groups["year"].Success ? 0.95 : 0.85;
        sink.Add(PhiType.Date, m.Index, m.Length, confidence, "date-month-name");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectDayFirst(FindingSink sink)
    {
        string text = sink.Text;
        for (var m = PhiPatterns.DayFirstDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (!RuleText.PrecededBy(text, m.Index, NumberJoiners) && IsDay(m.Groups["day"].ValueSpan))
            {
                double confidence = m.Groups["year"].Success ? 0.95 : 0.85;
                sink.Add(PhiType.Date, m.Index, m.Length, confidence, "date-day-first");
            }
        }
    }

    /// <summary>A number joined to one of these is part of a larger expression (5/325/10, 1.2.3), not a date.</summary>
    private const string NumberJoiners = "/.-";

    private static bool IsMonth(ReadOnlySpan<char> digits) => IdentifierChecks.ParseDigits(digits) is >= 1 and <= 12;

    private static bool IsDay(ReadOnlySpan<char> digits) => IdentifierChecks.ParseDigits(digits) is >= 1 and <= 31;
}
