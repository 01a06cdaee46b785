using System.IO.Compression;
using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The phrase-start list lets PlaceRules skip phrase lookups: it must hold the first word of every multi-word key of
/// the lexicon (or a town would be missed), and nothing else (or it stops saving lookups unnoticed).
/// </summary>
public sealed class PlacePhraseStartsTests
{
    [Fact]
    public void The_list_is_the_first_words_of_the_lexicons_multi_word_keys()
    {
        var keys = LexiconKeys();
        Assert.True(keys.Count > 100_000, $"only {keys.Count} keys");
        // Keys hold no whitespace but single spaces: a phrase of tokens matches a key only when its first token is the key's first word.
        Assert.DoesNotContain(keys, key => key.Any(c => char.IsWhiteSpace(c) && c != ' ') || key.Contains("  ", StringComparison.Ordinal));
        var expected = keys.Where(key => key.Contains(' ', StringComparison.Ordinal)).Select(key => key[..key.IndexOf(' ', StringComparison.Ordinal)])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(PlacePhraseStarts.List, string.Join(" ", expected) + " ");
        // The lookup answers for exactly these words, in any case.
        var set = expected.ToHashSet(StringComparer.Ordinal);
        foreach (string word in expected)
        {
            Assert.True(PlacePhraseStarts.MayStart(word) && PlacePhraseStarts.MayStart(word.ToUpperInvariant()), word);
            foreach (string near in new[] { word + "x", word[..^1], "x" + word, word + " " })
            {
                Assert.Equal(set.Contains(near), PlacePhraseStarts.MayStart(near));
            }
        }
    }

    [Fact]
    public void Every_listed_place_phrase_in_random_texts_passes_the_filter()
    {
        var places = LexiconKeys().Where(key => key.Contains(' ', StringComparison.Ordinal)).ToArray();
        var random = new Random(5);
        string[] fillers = ["to", "the", "in", "from", "new", "patient", "East", "x'y", "-", ",", "\n", "12", "é"];
        int phrases = 0;
        for (int t = 0; t < 2000; t++)
        {
            var text = new StringBuilder();
            for (int p = 0; p < 12; p++)
            {
                string part = random.Next(3) == 0 ? places[random.Next(places.Length)] : fillers[random.Next(fillers.Length)];
                text.Append(random.Next(2) == 0 ? part.ToUpperInvariant() : part).Append(random.Next(6) == 0 ? "  " : " ");
            }
            var tokens = new TextTokens(text.ToString());
            for (int i = 0; i + 1 < tokens.Count; i++)
            {
                for (int last = i + 1; last <= Math.Min(i + 2, tokens.Count - 1); last++)
                {
                    var phrase = tokens.Text.AsSpan(tokens[i].Start, tokens[last].End - tokens[i].Start);
                    if (tokens.IsWord(i) && PhiLexicon.Shared.Lookup(phrase).Place >= 1 && phrase.Contains(' '))
                    {
                        phrases++;
                        Assert.True(PlacePhraseStarts.MayStart(tokens.Span(i)), $"'{phrase}' starts with a word the list lacks");
                    }
                }
            }
        }
        Assert.True(phrases > 3000, $"weak test: {phrases} places");
    }

    private static List<string> LexiconKeys()
    {
        using var stream = typeof(PhiLexicon).Assembly.GetManifestResourceStream("MedDocs.Core.Phi.phi-lexicon.tsv.gz")!;
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.ASCII);
        var keys = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            keys.Add(line[..line.IndexOf('\t', StringComparison.Ordinal)]);
        }
        return keys;
    }
}
