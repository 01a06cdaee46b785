using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The hashed set with its two-letter length filter must answer as a case-insensitive set of the same words.</summary>
public sealed class AsciiWordSetTests
{
    private static readonly string[] Words = ["a", "i'm", "i’m", "o'brien", "dr", "drs", "doctor", "name's", "name’s", "mr", "x", "ab", "abc", "zz-top"];

    [Fact]
    public void Answers_as_a_case_insensitive_set()
    {
        var set = new AsciiWordSet(Words);
        var expected = new HashSet<string>(Words, StringComparer.OrdinalIgnoreCase);
        string[] pieces = ["a", "A", "b", "c", "d", "D", "r", "R", "s", "i", "I", "m", "'", "’", "o", "x", "z", "-", "é", "1", "ı", "octor", "ame", "brien", " "];
        var random = new Random(11);
        int hits = 0;
        for (int i = 0; i < 50000; i++)
        {
            var word = new System.Text.StringBuilder();
            for (int j = random.Next(1, 5); j > 0; j--)
            {
                word.Append(pieces[random.Next(pieces.Length)]);
            }
            string text = word.ToString();
            bool found = set.Contains(text);
            Assert.True(expected.Contains(text) == found, text);
            hits += found ? 1 : 0;
        }
        foreach (var w in Words)
        {
            Assert.True(set.Contains(w.ToUpperInvariant()), w);
        }
        Assert.True(hits > 100);
    }
}
