using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The start filter (initial, second letter, length) of <see cref="AsciiWordFlags"/> and the lookups with a precomputed hash
/// answer as the sets' plain lookups on random words: set words in any case, near misses, non-ASCII letters.
/// </summary>
public sealed class AsciiWordFlagsRandomTests
{
    [Fact]
    public void Flags_and_hashed_lookups_equal_the_plain_sets_on_random_words()
    {
        // The name cue sets (their ASCII words, as the flags take only those).
        AsciiWordSet[] sets = new[]
        {
            ContextWords.Titles, ContextWords.Relations, ContextWords.RolesBefore, ContextWords.CredentialsAfter, ContextWords.SelfIntroductions,
            ContextWords.NotNames,
        }.Select(set => new AsciiWordSet(set.Words.Where(w => System.Text.Ascii.IsValid(w)))).ToArray();
        var flags = new AsciiWordFlags(sets);
        string[] listed = sets.SelectMany(s => s.Words).Distinct().ToArray();
        string[] extras = ["'", "’", "-", "s", "é", "ſ", "\u212A", "1", " ", "I", "K"];
        var random = new Random(4242);
        int members = 0;
        for (int round = 0; round < 200000; round++)
        {
            var word = new StringBuilder();
            int kind = random.Next(4);
            if (kind <= 1)
            {
                string w = listed[random.Next(listed.Length)];
                word.Append(kind == 0 ? w : w.ToUpperInvariant());
                if (random.Next(4) == 0)
                {
                    // A near miss: one character changed, added or dropped.
                    int at = random.Next(word.Length + 1);
                    switch (random.Next(3))
                    {
                        case 0: word.Insert(at, extras[random.Next(extras.Length)]); break;
                        case 1 when at < word.Length: word[at] = (char)('a' + random.Next(26)); break;
                        default: if (at < word.Length) word.Remove(at, 1); break;
                    }
                }
            }
            else
            {
                for (int k = random.Next(0, 7); k >= 0; k--)
                {
                    word.Append(random.Next(5) == 0 ? extras[random.Next(extras.Length)] : ((char)((random.Next(2) == 0 ? 'a' : 'A') + random.Next(26))).ToString());
                }
            }
            string sample = word.ToString();
            int expected = 0;
            for (int bit = 0; bit < sets.Length; bit++)
            {
                bool contains = sets[bit].Contains(sample);
                expected |= contains ? 1 << bit : 0;
                Assert.Equal(contains, sets[bit].Contains(sample, AsciiWordSet.Hash(sample)));
            }
            Assert.Equal(expected, flags.Of(sample));
            Assert.Equal(expected, flags.Of(sample, AsciiWordSet.Hash(sample)));
            members += expected != 0 ? 1 : 0;
        }
        Assert.True(members > 20000, $"only {members} members");
    }
}
