using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The vectorised gates: the month-word scan must find what a character-by-character scan finds; the age gate must pass every age.</summary>
public sealed class TextGatesTests
{
    [Fact]
    public void Month_words_are_those_of_a_plain_scan()
    {
        string[] pieces = ["Jan", "feb", "MAR", "apr", "May", "jun", "JUL", "aug", "Sep", "oct", "Nov", "dec", "xMar", "Ma", "ja", "d", "o", " ", "3", "-", "\n", "a", "Z", "`", "{", "@", "[", "sept.", "Monday"];
        var random = new Random(3);
        int found = 0;
        for (int i = 0; i < 5000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int j = random.Next(0, 30); j > 0; j--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            string s = text.ToString();
            var expected = PlainScan(s);
            Assert.Equal(expected, TextGates.MonthWords(s));
            found += expected.Count;
        }
        Assert.True(found > 10000, $"only {found} month words");
    }

    [Fact]
    public void Age_gate_passes_every_text_the_age_pattern_matches()
    {
        string[] pieces = ["92", "9", "101", " ", "-", "\t", "y", "Y", "years old", "yo", "y/o", "yr old", "age", "Aged", "x", "of age", ":", "is "];
        var random = new Random(29);
        int matched = 0, open = 0;
        for (int i = 0; i < 20000; i++)
        {
            var text = new System.Text.StringBuilder();
            for (int j = random.Next(1, 8); j > 0; j--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            string s = text.ToString();
            bool gate = TextGates.MayHaveAge(s);
            if (PhiPatterns.Age().IsMatch(s))
            {
                matched++;
                Assert.True(gate, $"[{s}]");
            }
            open += gate ? 1 : 0;
        }
        Assert.True(matched > 1000, $"only {matched} ages");
        Assert.True(open < 20000, "the gate passes everything");
    }

    /// <summary>The scan as it was before vectorising.</summary>
    private static List<int> PlainScan(string text)
    {
        var words = new List<int>();
        for (int i = 0; i + 3 <= text.Length; i++)
        {
            char c = text[i];
            if ((c | 0x20) is not ('j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd') || (i > 0 && char.IsAsciiLetter(text[i - 1])))
            {
                continue;
            }
            string three = text.Substring(i, 3).ToLowerInvariant();
            if (three is "jan" or "feb" or "mar" or "apr" or "may" or "jun" or "jul" or "aug" or "sep" or "oct" or "nov" or "dec")
            {
                words.Add(i);
                i += 2;
            }
        }
        return words;
    }
}
