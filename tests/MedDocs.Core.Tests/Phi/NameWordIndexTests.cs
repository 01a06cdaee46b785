using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// NameWordIndex answers what comparing a token with every name word (ordinal, ignoring case) answered before it;
/// random words and tokens, with non-ASCII letters whose case folding meets ASCII (ı/I, ſ/S, K/k).
/// </summary>
public sealed class NameWordIndexTests
{
    private const string Alphabet = "abcdeikmnsxyzABCDEIKMNSXYZ-'ıſKéÉ";

    [Fact]
    public void Contains_answers_as_a_comparison_with_every_word()
    {
        var random = new Random(20261202);
        for (int round = 0; round < 300; round++)
        {
            var words = new List<string>();
            var index = new NameWordIndex();
            int count = random.Next(1, 40);
            for (int i = 0; i < count; i++)
            {
                string word = RandomWord(random);
                words.Add(word);
                index.Add(word);
            }
            var tokens = new List<string>();
            for (int i = 0; i < 200; i++)
            {
                // Half the tokens are a word held, re-cased; the rest random.
                tokens.Add(random.Next(2) == 0 ? Recase(words[random.Next(words.Count)], random) : RandomWord(random));
            }
            foreach (var token in tokens)
            {
                bool expected = words.Any(word => token.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase));
                Assert.True(expected == index.Contains(token), $"round {round}: '{token}' expected {expected}");
            }
        }
    }

    [Fact]
    public void A_word_held_twice_in_other_case_counts_once()
    {
        var index = new NameWordIndex();
        index.Add("Oyelaran");
        index.Add("OYELARAN");
        index.Add("Ivan");

        Assert.Equal(2, index.Count);
        Assert.True(index.Contains("oyelaran"));
        Assert.False(index.Contains("Oyelara"));
    }

    [Fact]
    public void A_cleared_index_reused_across_texts_answers_as_a_fresh_one()
    {
        var random = new Random(20261203);
        var reused = new NameWordIndex();
        for (int text = 0; text < 500; text++)
        {
            // Texts with no name words too: the next text must not see the words of any text before it.
            var fresh = new NameWordIndex();
            reused.Cleared();
            int count = random.Next(0, 30);
            for (int i = 0; i < count; i++)
            {
                string word = random.Next(4) == 0 ? RandomWord(random) : RandomAsciiWord(random);
                fresh.Add(word);
                reused.Add(word);
            }
            Assert.Equal(fresh.Count, reused.Count);
            for (int i = 0; i < 200; i++)
            {
                string token = random.Next(4) == 0 ? RandomWord(random) : RandomAsciiWord(random);
                Assert.True(fresh.Contains(token) == reused.Contains(token), $"text {text}: '{token}'");
            }
        }
    }

    [Fact]
    public void The_thread_indexes_come_back_empty_and_apart()
    {
        var words = NameWordIndex.ThreadWords();
        words.Add("Oyelaran");
        var lower = NameWordIndex.ThreadLowerWords();
        lower.Add("sal");

        Assert.NotSame(words, lower);
        Assert.True(words.Contains("OYELARAN") && !words.Contains("sal"));
        Assert.Same(words, NameWordIndex.ThreadWords());
        Assert.Equal(0, NameWordIndex.ThreadWords().Count);
        Assert.False(NameWordIndex.ThreadWords().Contains("Oyelaran"));
        Assert.Equal(0, NameWordIndex.ThreadLowerWords().Count);
    }

    /// <summary>Short ASCII words over a small alphabet, so that texts share initials and lengths (and so buckets).</summary>
    private static string RandomAsciiWord(Random random)
    {
        var chars = new char[random.Next(1, 6)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = "abekmsABEKMS"[random.Next(12)];
        }
        return new string(chars);
    }

    private static string RandomWord(Random random)
    {
        var chars = new char[random.Next(1, 7)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }
        return new string(chars);
    }

    private static string Recase(string word, Random random) =>
        string.Concat(word.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
}
