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
            foreach (var m in PhiPatterns.NumericMonthYear().EnumerateMatches(text))
            {
                if (RuleText.PrecededBy(text, m.Index, NumberJoiners))
                {
                    continue;
                }
                sink.Add(PhiType.Date, m.Index, m.Length, 0.85, "date-month-year");
            }
        }

        var (monthFirst, dayFirst) = sink.IsAscii ? TextGates.MayHaveMonthDates(text) : (true, true);
        if (monthFirst)
        {
            CollectMonthFirst(sink);
        }
        if (dayFirst)
        {
            CollectDayFirst(sink);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectNumeric(FindingSink sink)
    {
        string text = sink.Text;
        for (var m = PhiPatterns.NumericDate().Match(text); m.Success; m = m.NextMatch())
        {
            if (RuleText.PrecededBy(text, m.Index, NumberJoiners))
            {
                continue;
            }
            if (m.Groups["iy"].Success)
            {
                if (IsMonth(m.Groups["im"].ValueSpan) && IsDay(m.Groups["id"].ValueSpan))
                {
                    sink.Add(PhiType.Date, m.Index, m.Length, 0.97, "date-iso");
                }
                continue;
            }
            var a = m.Groups["a"].ValueSpan;
            var b = m.Groups["b"].ValueSpan;
            // US month/day first, or day/month for European writing.
            if ((IsMonth(a) && IsDay(b)) || (IsDay(a) && IsMonth(b)))
            {
                double confidence = m.Groups["y"].Length == 4 ? 0.96 : 0.9;
                sink.Add(PhiType.Date, m.Index, m.Length, confidence, "date-numeric");
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectMonthFirst(FindingSink sink)
    {
        string text = sink.Text;
        for (var m = PhiPatterns.MonthFirstDate().Match(text); m.Success; m = m.NextMatch())
        {
            var day = m.Groups["day"];
            if (day.Success && !IsDay(day.ValueSpan))
            {
                continue;
            }
            double confidence = m.Groups["year"].Success ? 0.95 : 0.85;
            sink.Add(PhiType.Date, m.Index, m.Length, confidence, "date-month-name");
        }
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
