using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The start filter (initial, second letter, length) of <see cref="AsciiWordValues"/> answers as the comparison loop it
/// replaced on random words: listed words in any case, near misses, non-ASCII characters (where it may defer to the loop).
/// </summary>
public sealed class AsciiWordValuesRandomTests
{
    private static readonly string[] Words =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "hundred", "oh",
        "jan", "january", "sep", "sept", "september", "may", "mar", "march", "o", "x",
    ];

    [Fact]
    public void Values_equal_the_comparison_loop_on_random_words()
    {
        var values = new AsciiWordValues(Words, Enumerable.Range(1, Words.Length).ToArray());
        string[] extras = ["é", "ſ", "\u212A", "ı", "'", "-", "1", " ", "E", "T"];
        var random = new Random(2718);
        int found = 0, deferred = 0;
        for (int round = 0; round < 200000; round++)
        {
            var word = new StringBuilder();
            if (random.Next(2) == 0)
            {
                string w = Words[random.Next(Words.Length)];
                foreach (char c in w)
                {
                    word.Append(random.Next(3) == 0 ? char.ToUpperInvariant(c) : c);
                }
                if (random.Next(3) == 0)
                {
                    int at = random.Next(word.Length + 1);
                    switch (random.Next(3))
                    {
                        case 0: word.Insert(at, extras[random.Next(extras.Length)]); break;
                        case 1 when at < word.Length: word[at] = extras[random.Next(extras.Length)][0]; break;
                        default: if (at < word.Length) word.Remove(at, 1); break;
                    }
                }
            }
            else
            {
                for (int k = random.Next(0, 6); k >= 0; k--)
                {
                    word.Append(random.Next(6) == 0 ? extras[random.Next(extras.Length)] : ((char)((random.Next(2) == 0 ? 'a' : 'A') + random.Next(26))).ToString());
                }
            }
            string sample = word.ToString();
            int expected = -1;
            for (int i = 0; i < Words.Length; i++)
            {
                if (sample.Equals(Words[i], StringComparison.OrdinalIgnoreCase))
                {
                    expected = i + 1;
                    break;
                }
            }
            int actual = values.Get(sample, -1);
            if (actual == AsciiWordValues.NotAscii)
            {
                Assert.False(System.Text.Ascii.IsValid(sample), sample);
                deferred++;
            }
            else
            {
                Assert.Equal(expected, actual);
            }
            found += expected > 0 ? 1 : 0;
        }
        Assert.True(found > 50000 && deferred > 1000, $"{found} found, {deferred} deferred");
    }
}
