using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The month-first pattern, run anchored at the month words of an ASCII text, must find what searching the text finds.</summary>
public sealed class DateRulesTests
{
    private static IEnumerable<string> Samples()
    {
        string[] pieces =
        [
            "March", "Mar", "Mar.", "MAR", "mar", "May", "may", "June", "Jun", "Sept", "September", "Dec", "Marching", "Mayor", "Octopus",
            " ", " ", ", ", "\t", "3", "03", "31", "3rd", "14th", "2024", "1999", "17", "/", ".", ":", "-", "x", "_", "9", " at 10:30", "T10:30", " PM",
        ];
        string[] months = ["March", "Mar", "Mar.", "MAR", "mar", "May", "June", "Sept", "Dec", "Marching", "Mayor"];
        string[] numbers = ["3", "03", "31", "32", "3rd", "14th", "2024", "1999", "17", "123"];
        string[] between = [" ", ", ", "\t", "  ", "-", ""];
        var random = new Random(5);
        string Pick(string[] from) => from[random.Next(from.Length)];
        for (int i = 0; i < 20000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int j = random.Next(0, 3); j > 0; j--)
            {
                text.Append(Pick(pieces));
            }
            text.Append(Pick(months)).Append(Pick(between)).Append(Pick(numbers));
            if (random.Next(2) == 0)
            {
                text.Append(Pick(between)).Append(Pick(numbers));
            }
            for (int j = random.Next(0, 4); j > 0; j--)
            {
                text.Append(Pick(pieces));
            }
            yield return text.ToString();
        }
    }

    [Fact]
    public void Month_first_dates_at_month_words_are_the_searched_matches()
    {
        int matches = 0;
        foreach (var text in Samples())
        {
            var expected = new List<(int, int)>();
            foreach (var m in PhiPatterns.MonthFirstDate().EnumerateMatches(text))
            {
                expected.Add((m.Index, m.Length));
            }
            var actual = new List<(int, int)>();
            int lastEnd = 0;
            foreach (int at in TextGates.MonthWords(text))
            {
                if (at < lastEnd || !char.IsAsciiLetterUpper(text[at]))
                {
                    continue;
                }
                var m = PhiPatterns.MonthFirstDateAt().Match(text, at);
                if (m.Success)
                {
                    actual.Add((m.Index, m.Length));
                    lastEnd = m.Index + m.Length;
                }
            }
            Assert.True(expected.SequenceEqual(actual), $"[{text}]");
            matches += expected.Count;
        }
        Assert.True(matches > 1000, $"only {matches} dates: the samples no longer exercise the pattern");
    }
}
