using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The letter runs found sixteen characters at a time are those a plain walk over the text finds.</summary>
public sealed class LetterRunsTests
{
    [Fact]
    public void Runs_are_those_of_a_plain_walk()
    {
        string[] pieces = ["a", "Zq", "letters", new string('x', 15), new string('Y', 16), new string('k', 40), " ", "\n", "5", "'", "é", "ß", "-", "_", "`", "{", "@", "[", "\u212A"];
        var random = new Random(1202);
        int runs = 0;
        for (int round = 0; round < 20000; round++)
        {
            var text = new System.Text.StringBuilder();
            for (int j = random.Next(0, 30); j > 0; j--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            string sample = text.ToString();
            var expected = PlainRuns(sample);
            var found = LetterRuns.Of(sample);
            var actual = Enumerable.Range(0, found.Count).Select(i => (found.Start(i), found.End(i))).ToList();
            Assert.True(expected.SequenceEqual(actual), $"round {round}, length {sample.Length}");
            runs += expected.Count;
        }
        Assert.True(runs > 50000, $"only {runs} runs");
    }

    private static List<(int Start, int End)> PlainRuns(string text)
    {
        var runs = new List<(int, int)>();
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiLetter(text[i]))
            {
                int start = i;
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }
                runs.Add((start, i));
            }
        }
        return runs;
    }
}
