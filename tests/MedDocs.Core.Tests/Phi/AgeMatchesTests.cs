using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The age matches of ASCII texts, anchored at their possible starts, must be the pattern's matches.</summary>
public sealed class AgeMatchesTests
{
    private static readonly string[] Pieces =
    [
        "92", "9", "101", "1234", "93", "45", " ", " ", "-", "\t", "y", "Y", "years old", "year old", "yrs old", "yr old", "yr. old", "yo", "y/o",
        "y.o.", "years of age", "age", "Age", "AGE", "aged", "ages", "Aged", "aged of", "x", "of age", ":", "=", "is ", "was ", "page", "_age",
        "1age", "stage", "old", ".", "\n", "92-year-old", "age 93", "Age: 97", "aged 101", "94 y/o", "91 yr old", "8", "a", "_",
    ];

    [Fact]
    public void Matches_are_the_pattern_matches()
    {
        var random = new Random(37);
        int matched = 0;
        for (int i = 0; i < 40000; i++)
        {
            var text = new StringBuilder();
            for (int j = random.Next(1, 12); j > 0; j--)
            {
                text.Append(random.Next(12) == 0 ? ((char)random.Next(0, 128)).ToString() : Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }
            string s = text.ToString();
            var expected = new List<string>();
            for (var m = PhiPatterns.Age().Match(s); m.Success; m = m.NextMatch())
            {
                expected.Add($"{m.Index}+{m.Length} n {m.Groups["n"].Index}+{m.Groups["n"].Length}");
            }
            var actual = AgeRules.AgeMatches(new FindingSink(s)).Select(m => $"{m.Index}+{m.Length} n {m.Groups["n"].Index}+{m.Groups["n"].Length}").ToList();
            Assert.True(expected.SequenceEqual(actual), $"[{s}]: expected {string.Join("; ", expected)} got {string.Join("; ", actual)}");
            matched += expected.Count;
        }
        Assert.True(matched > 5000, $"only {matched} ages: the samples no longer exercise the pattern");
    }
}
