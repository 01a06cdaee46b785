using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MedDocs.Core.Phi;

/// <summary>
/// Shifts a date by a number of days and writes it back in the same format it came in: separators,
/// zero padding, 2- or 4-digit year, month name spelling and case, ordinal suffix, and any attached time.
/// </summary>
internal static partial class DateSurrogate
{
    /// <summary>Years written with two digits below this are 20xx, others 19xx.</summary>
    private const int TwoDigitYearPivot = 30;

    /// <summary>A leap year stands in when a date has no year, so "Feb 29" stays valid.</summary>
    private const int YearlessReference = 2000;

    private static readonly string[] FullMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?<rest>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?<rest>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<m>\d{1,2})/(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<mon>[A-Za-z]+)(?<dot>\.?)(?<s1>[ \t]+)(?<d>\d{1,2})(?<ord>st|nd|rd|th)?(?:(?<s2>,?[ \t]+)(?<y>\d{4}))?(?<rest>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MonthNameFirst();

    [GeneratedRegex(@"^(?<mon>[A-Za-z]+)(?<dot>\.?)(?<s1>,?[ \t]+)(?<y>\d{4})(?<rest>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MonthNameYear();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?<ord>st|nd|rd|th)?(?<s1>[ \t]+(?:of[ \t]+)?|-)(?<mon>[A-Za-z]+)(?<dot>\.?)(?:(?<s2>,?[ \t]+|-)(?<y>\d{4}|\d{2}))?(?<rest>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<m>\d{1,2})/(?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    /// <summary>The shifted date in the original format, or null when the text is not a date this class can rebuild.</summary>
    public static string? Shift(string original, int days)
    {
        // "9/12" (no year, as in nursing notes): shifted within a leap year so 2/29 stays valid.
        var md = MonthDay().Match(original);
        if (md.Success)
        {
            if (!TryDate(2000, Int(md, "m"), Int(md, "d"), out var day))
            {
                return null;
            }
            var moved = day.AddDays(days);
            return Pad(moved.Month, md.Groups["m"].Length) + "/" + Pad(moved.Day, md.Groups["d"].Length);
        }

        var m = Iso().Match(original);
        if (m.Success)
        {
            if (!TryDate(Int(m, "y"), Int(m, "m"), Int(m, "d"), out var date))
            {
                return null;
            }
            var shifted = date.AddDays(days);
            return Pad(shifted.Year, 4) + "-" + Pad(shifted.Month, m.Groups["m"].Length) + "-" + Pad(shifted.Day, m.Groups["d"].Length)
                + m.Groups["rest"].Value;
        }

        m = Numeric().Match(original);
        if (m.Success)
        {
            int a = Int(m, "a"), b = Int(m, "b");
            string separator = m.Groups["sep"].Value;
            // Dots are written day-first; otherwise month-first unless the first number cannot be a month.
            bool dayFirst = separator == "." || a > 12;
            int year = FullYear(m.Groups["y"].Value);
            if (!TryDate(year, dayFirst ? b : a, dayFirst ? a : b, out var date))
            {
                return null;
            }
            var shifted = date.AddDays(days);
            string first = Pad(dayFirst ? shifted.Day : shifted.Month, m.Groups["a"].Length);
            string second = Pad(dayFirst ? shifted.Month : shifted.Day, m.Groups["b"].Length);
            return first + separator + second + separator + WriteYear(shifted.Year, m.Groups["y"].Length) + m.Groups["rest"].Value;
        }

        m = MonthYear().Match(original);
        if (m.Success)
        {
            if (!TryDate(Int(m, "y"), Int(m, "m"), 1, out var date))
            {
                return null;
            }
            var shifted = date.AddDays(days);
            return Pad(shifted.Month, m.Groups["m"].Length) + "/" + shifted.Year.ToString(CultureInfo.InvariantCulture);
        }

        m = MonthNameFirst().Match(original);
        if (m.Success && MonthNumber(m.Groups["mon"].Value) is int month1)
        {
            bool hasYear = m.Groups["y"].Success;
            if (!TryDate(hasYear ? Int(m, "y") : YearlessReference, month1, Int(m, "d"), out var date))
            {
                return null;
            }
            var shifted = date.AddDays(days);
            var sb = new StringBuilder();
            sb.Append(WriteMonth(shifted.Month, m.Groups["mon"].Value)).Append(m.Groups["dot"].Value).Append(m.Groups["s1"].Value)
                .Append(Pad(shifted.Day, m.Groups["d"].Length));
            if (m.Groups["ord"].Success)
            {
                sb.Append(Ordinal(shifted.Day));
            }
            if (hasYear)
            {
                sb.Append(m.Groups["s2"].Value).Append(shifted.Year.ToString(CultureInfo.InvariantCulture));
            }
            return sb.Append(m.Groups["rest"].Value).ToString();
        }

        m = MonthNameYear().Match(original);
        if (m.Success && MonthNumber(m.Groups["mon"].Value) is int month2)
        {
            if (!TryDate(Int(m, "y"), month2, 1, out var date))
            {
                return null;
            }
            var shifted = date.AddDays(days);
            return WriteMonth(shifted.Month, m.Groups["mon"].Value) + m.Groups["dot"].Value + m.Groups["s1"].Value
                + shifted.Year.ToString(CultureInfo.InvariantCulture) + m.Groups["rest"].Value;
        }

        m = DayFirst().Match(original);
        if (m.Success && MonthNumber(m.Groups["mon"].Value) is int month3)
        {
            bool hasYear = m.Groups["y"].Success;
            int year = hasYear ? FullYear(m.Groups["y"].Value) : YearlessReference;
            if (!TryDate(year, month3, Int(m, "d"), out var date))
            {
                return null;
            }
            var shifted = date.AddDays(days);
            var sb = new StringBuilder().Append(Pad(shifted.Day, m.Groups["d"].Length));
            if (m.Groups["ord"].Success)
            {
                sb.Append(Ordinal(shifted.Day));
            }
            sb.Append(m.Groups["s1"].Value).Append(WriteMonth(shifted.Month, m.Groups["mon"].Value)).Append(m.Groups["dot"].Value);
            if (hasYear)
            {
                sb.Append(m.Groups["s2"].Value).Append(WriteYear(shifted.Year, m.Groups["y"].Length));
            }
            return sb.Append(m.Groups["rest"].Value).ToString();
        }
        return null;
    }

    /// <summary>Parses the date part of a finding (for tests and interval checks); null if not a full date.</summary>
    public static DateOnly? Parse(string original)
    {
        // Shifting by zero days rebuilds the same text; parse the components through the same paths.
        var m = Iso().Match(original);
        if (m.Success && TryDate(Int(m, "y"), Int(m, "m"), Int(m, "d"), out var iso))
        {
            return iso;
        }
        m = Numeric().Match(original);
        if (m.Success)
        {
            int a = Int(m, "a"), b = Int(m, "b");
            bool dayFirst = m.Groups["sep"].Value == "." || a > 12;
            return TryDate(FullYear(m.Groups["y"].Value), dayFirst ? b : a, dayFirst ? a : b, out var numeric) ? numeric : null;
        }
        m = MonthNameFirst().Match(original);
        if (m.Success && m.Groups["y"].Success && MonthNumber(m.Groups["mon"].Value) is int month1)
        {
            return TryDate(Int(m, "y"), month1, Int(m, "d"), out var named) ? named : null;
        }
        m = DayFirst().Match(original);
        if (m.Success && m.Groups["y"].Success && MonthNumber(m.Groups["mon"].Value) is int month3)
        {
            return TryDate(FullYear(m.Groups["y"].Value), month3, Int(m, "d"), out var dayFirst) ? dayFirst : null;
        }
        return null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int FullYear(string year)
    {
        int value = int.Parse(year, CultureInfo.InvariantCulture);
        return year.Length == 2 ? (value < TwoDigitYearPivot ? 2000 + value : 1900 + value) : value;
    }

    private static string WriteYear(int year, int digits) =>
        digits == 2 ? (year % 100).ToString("00", CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture);

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static string Pad(int value, int width) =>
        value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    private static int? MonthNumber(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }
        for (int i = 0; i < FullMonths.Length; i++)
        {
            if (FullMonths[i].StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)
                && (name.Length == 3 || FullMonths[i].StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.Equals("Sept", StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }
        return null;
    }

    /// <summary>The month in the same style as <paramref name="template"/>: full or abbreviated; upper, lower or title case.</summary>
    private static string WriteMonth(int month, string template)
    {
        string full = FullMonths[month - 1];
        string name = template.Length <= 4 && !template.Equals("June", StringComparison.OrdinalIgnoreCase)
            && !template.Equals("July", StringComparison.OrdinalIgnoreCase)
            ? full[..3]
            : full;
        if (template.All(char.IsUpper))
        {
            return name.ToUpperInvariant();
        }
        return template.All(char.IsLower) ? name.ToLowerInvariant() : name;
    }

    private static string Ordinal(int day) => (day % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };
}
