using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// <see cref="PhiLexicon.Lookup(ReadOnlySpan{char}, uint)"/> answers through this thread's <see cref="LexiconWordCache"/> as the
/// table itself does (<see cref="PhiLexicon.LookupUncached"/>), on random texts: lexicon words in any case, possessives,
/// near misses, long words, non-ASCII letters, digits and punctuation, each asked many times so hits, misses and evictions mix.
/// </summary>
public sealed class LexiconWordCacheRandomTests
{
    [Fact]
    public void Cached_lookups_equal_the_table_on_random_texts()
    {
        var lexicon = PhiLexicon.Shared;
        string[] keys = lexicon.Keys().Where((_, i) => i % 7 == 0).ToArray();
        string[] extras = ["'s", "’s", "'", "-", "é", "ſ", "\u212A", "1", ".", ",", " ", "\n", "\r\n", ":", "(", "İ", "ß"];
        var random = new Random(1107);
        int known = 0, asked = 0;
        for (int round = 0; round < 4000; round++)
        {
            var text = new StringBuilder();
            for (int w = random.Next(1, 40); w > 0; w--)
            {
                int kind = random.Next(6);
                if (kind <= 2)
                {
                    string key = keys[random.Next(keys.Length)];
                    text.Append(random.Next(3) switch { 0 => key, 1 => key.ToUpperInvariant(), _ => char.ToUpperInvariant(key[0]) + key[1..] });
                    if (random.Next(5) == 0)
                    {
                        text.Append(extras[random.Next(extras.Length)]);
                    }
                }
                else if (kind == 3)
                {
                    for (int k = random.Next(1, 22); k > 0; k--)
                    {
                        text.Append((char)((random.Next(2) == 0 ? 'a' : 'A') + random.Next(26)));
                    }
                }
                else if (kind == 4)
                {
                    text.Append(extras[random.Next(extras.Length)]);
                }
                else
                {
                    text.Append(random.Next(100000));
                }
                text.Append(random.Next(8) == 0 ? "\n" : " ");
            }
            var tokens = new TextTokens(text.ToString());
            for (int ask = 0; ask < 3; ask++)
            {
                for (int i = 0; i < tokens.Count; i++)
                {
                    var span = tokens.Span(i);
                    var expected = lexicon.LookupUncached(span, PhiLexicon.HashOf(span));
                    Assert.Equal(expected, lexicon.Lookup(span));
                    if (tokens[i].Kind == TokenKind.Word)
                    {
                        Assert.Equal(expected, lexicon.Lookup(span, tokens.Hash(i)));
                        Assert.Equal(expected, tokens.Entry(i));
                    }
                    // Two tokens with what is between them ("new york", "St. Mary's").
                    if (i + 2 < tokens.Count)
                    {
                        var phrase = tokens.Text.AsSpan(tokens[i].Start, tokens[i + 2].End - tokens[i].Start);
                        Assert.Equal(lexicon.LookupUncached(phrase, PhiLexicon.HashOf(phrase)), lexicon.Lookup(phrase));
                    }
                    known += expected.IsKnown ? 1 : 0;
                    asked++;
                }
            }
        }
        Assert.True(known > asked / 5, $"only {known} of {asked} known");
    }
}
