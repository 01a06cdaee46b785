using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The hand-written numeric date matches of ASCII texts must be exactly the patterns' matches.</summary>
public sealed class NumericDatesTests
{
    /// <summary>Strings built from date pieces, separators and time parts, so that near-misses are common.</summary>
    private static IEnumerable<string> Samples()
    {
        string[] pieces =
        [
            "1", "03", "12", "31", "2024", "1999", "1875", "2101", "24", "123", "0", "00", "13", "9", "20245", "/", "/", "-", "-", ".", ".",
            " ", ", ", "T", "10:30", ":15", ".5", " PM", "am", " a.m.", "Z", "+05:30", "-0800", " at ", "x", "_", "\t", ":", "\n", "a",
        ];
        string[] runs = ["1", "03", "12", "31", "2024", "1999", "1875", "2101", "24", "123", "0", "00", "13", "9", "20245", "7"];
        string[] separators = ["/", "-", ".", "/", "-", ".", " ", ":"];
        var random = new Random(11);
        string Pick(string[] from) => from[random.Next(from.Length)];
        for (int i = 0; i < 20000; i++)
        {
            var text = new System.Text.StringBuilder();
            // Noise, then a date-shaped chain of runs (often with one separator kind), then more noise.
            for (int j = random.Next(0, 3); j > 0; j--)
            {
                text.Append(Pick(pieces));
            }
            string separator = Pick(separators);
            for (int j = random.Next(2, 5); j > 0; j--)
            {
                text.Append(Pick(runs)).Append(j > 1 ? (random.Next(4) == 0 ? Pick(separators) : separator) : "");
            }
            for (int j = random.Next(0, 5); j > 0; j--)
            {
                text.Append(Pick(pieces));
            }
            yield return text.ToString();
        }
        yield return "Seen 03/14/2024, 2024-03-14, 14.03.2024 and 3/14/24; BP 120/80; Rx 5/325/10; 03/2024 at 10:30 PM, 2024-03-14T10:30:00Z";
    }

    [Fact]
    public void Dates_match_the_pattern()
    {
        int matches = 0;
        foreach (var text in Samples())
        {
            var expected = new List<string>();
            for (var m = PhiPatterns.NumericDate().Match(text); m.Success; m = m.NextMatch())
            {
                bool iso = m.Groups["iy"].Success;
                expected.Add($"{m.Index}+{m.Length} {iso} {m.Groups[iso ? "im" : "a"].Value} {m.Groups[iso ? "id" : "b"].Value} {(iso ? 4 : m.Groups["y"].Length)}");
            }
            var actual = new List<string>();
            int from = 0;
            for (int start = DigitRuns.Next(text, from); start >= 0 && from < text.Length; start = from < text.Length ? DigitRuns.Next(text, from) : -1)
            {
                if (DigitRuns.StartsWord(text, start) && NumericDates.TryMatchDate(text, start, out var d))
                {
                    actual.Add($"{d.Index}+{d.Length} {d.Iso} {text.Substring(d.A, d.ALength)} {text.Substring(d.B, d.BLength)} {d.YearLength}");
                    from = d.Index + d.Length;
                }
                else
                {
                    from = DigitRuns.End(text, start);
                }
            }
            Assert.True(expected.SequenceEqual(actual), $"[{text}]: expected {string.Join("; ", expected)} got {string.Join("; ", actual)}");
            matches += expected.Count;
        }
        Assert.True(matches > 500, $"only {matches} dates: the samples no longer exercise the pattern");
    }

    [Fact]
    public void Months_with_a_year_match_the_pattern()
    {
        int matches = 0;
        foreach (var text in Samples())
        {
            var expected = new List<(int, int)>();
            foreach (var m in PhiPatterns.NumericMonthYear().EnumerateMatches(text))
            {
                expected.Add((m.Index, m.Length));
            }
            var actual = new List<(int, int)>();
            int from = 0;
            while (from < text.Length)
            {
                int start = DigitRuns.Next(text, from);
                if (start < 0)
                {
                    break;
                }
                int length = DigitRuns.StartsWord(text, start) ? NumericDates.MonthYearLength(text, start) : 0;
                if (length > 0)
                {
                    actual.Add((start, length));
                }
                from = length > 0 ? start + length : DigitRuns.End(text, start);
            }
            Assert.True(expected.SequenceEqual(actual), $"[{text}]");
            matches += expected.Count;
        }
        Assert.True(matches > 100, $"only {matches} month-years: the samples no longer exercise the pattern");
    }
}
