using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The North-American numbers of ASCII texts, searched from the digit pairs that can end one, must be the pattern's matches.</summary>
public sealed class NorthAmericanPhoneTests
{
    private static readonly string[] Pieces =
    [
        "555", "0142", "217", "1", "+1", "+", "(", ")", "(217)", "555-0142", "555.0142", "555 0142", "12", "1234", "12345", "5550", "x", "ext.",
        "ext", "extension", "x12", " x 1234567", "(217) 555-0142", "217-555-0142", "217.555.0142", "1 217 555 0142", "+1 (217) 555-0142 ext. 12",
        "217 555 0142x12", "1-800-555-0199", "(217)555-0142", "+1217 555 0142", "555-0142-7", "217 555 01423", "-5", "-", ".", " ", " ", "  ", "\t", "\n", "a", "B", "_", "/", ":", "(fax)", "call", "#",
    ];

    [Fact]
    public void Matches_are_the_pattern_matches()
    {
        var random = new Random(89);
        int matched = 0;
        for (int i = 0; i < 40000; i++)
        {
            var text = new StringBuilder();
            for (int j = random.Next(1, 16); j > 0; j--)
            {
                text.Append(random.Next(12) == 0 ? ((char)random.Next(0, 128)).ToString() : Pieces[random.Next(Pieces.Length)]);
                if (random.Next(4) == 0)
                {
                    text.Append(random.Next(3) == 0 ? "-" : " ");
                }
            }
            string s = text.ToString();
            var expected = new List<(int, int)>();
            foreach (var m in PhiPatterns.NorthAmericanPhone().EnumerateMatches(s))
            {
                expected.Add((m.Index, m.Length));
            }
            var actual = PhoneRules.NorthAmericanMatches(new FindingSink(s));
            Assert.True(expected.SequenceEqual(actual), $"[{s}]: expected {string.Join("; ", expected)} got {string.Join("; ", actual)}");
            matched += expected.Count;
        }
        Assert.True(matched > 5000, $"only {matched} numbers: the samples no longer exercise the pattern");
    }
}
