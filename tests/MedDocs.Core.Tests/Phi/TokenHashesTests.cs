using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The per-token hash (computed by the tokeniser) and name-class filter the name rules ask instead of the lexicon table: the hash is the lexicon's,
/// and the filter never drops a class a word's entry is in (a drop would lose a name finding).
/// </summary>
public sealed class TokenHashesTests
{
    [Fact]
    public void Class_filter_never_drops_a_listed_key_in_any_letter_case()
    {
        var lexicon = PhiLexicon.Shared;
        int keys = 0;
        foreach (string key in lexicon.Keys())
        {
            keys++;
            var expected = NameClasses.Of(lexicon.Lookup(key));
            foreach (string word in new[] { key, key.ToUpperInvariant(), Capitalise(key), key + "'s", Capitalise(key) + "’S" })
            {
                var entryClasses = NameClasses.Of(lexicon.Lookup(word));
                var filtered = lexicon.NameClassesOf(word, PhiLexicon.HashOf(word));
                Assert.True((entryClasses & ~filtered) == 0, $"'{word}': entry {entryClasses}, filter {filtered}");
            }
            Assert.True((expected & ~lexicon.NameClassesOf(key, PhiLexicon.HashOf(key))) == 0, key);
        }
        Assert.Equal(lexicon.Count, keys);
    }

    [Fact]
    public void Token_hashes_and_classes_agree_with_the_lexicon_on_random_texts()
    {
        var lexicon = PhiLexicon.Shared;
        var random = new Random(311);
        string[] listed = lexicon.Keys().Where(k => k.IndexOf(' ') < 0).OrderBy(k => k, StringComparer.Ordinal).Where((_, i) => i % 7 == 0).ToArray();
        string[] pieces = [" ", " ", " ", "\n", "\r\n", "\t", ",", ".", ":", "'", "’", "-", "(", ")", "/", "#", "'s", "’s", "0", "42", "1999", "é", "ß", "\u00A0", "\u212A", "ſ"];
        int words = 0, rejected = 0, pairGiven = 0;
        for (int round = 0; round < 8000; round++)
        {
            var text = new StringBuilder();
            for (int j = random.Next(1, 40); j > 0; j--)
            {
                int kind = random.Next(10);
                if (kind < 4)
                {
                    string word = listed[random.Next(listed.Length)];
                    text.Append(random.Next(3) switch { 0 => word, 1 => Capitalise(word), _ => word.ToUpperInvariant() });
                }
                else if (kind < 6)
                {
                    for (int k = random.Next(1, 9); k > 0; k--)
                    {
                        text.Append((char)(random.Next(2) == 0 ? 'a' + random.Next(26) : 'A' + random.Next(26)));
                    }
                }
                else
                {
                    text.Append(pieces[random.Next(pieces.Length)]);
                }
            }
            var tokens = new TextTokens(text.ToString());
            for (int i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind != TokenKind.Word)
                {
                    Assert.Equal(NameClass.None, tokens.NameClasses(i));
                    continue;
                }
                words++;
                var span = tokens.Span(i);
                Assert.Equal(PhiLexicon.HashOf(span), tokens.Hash(i));
                Assert.Equal(lexicon.Lookup(span), tokens.Entry(i));
                var expected = NameClasses.Of(lexicon.Lookup(span));
                var filtered = tokens.NameClasses(i);
                Assert.True((expected & ~filtered) == 0, $"round {round} token {i} '{span}': entry {expected}, filter {filtered}");
                Assert.Equal(lexicon.MayBeName(span), tokens.MayBeName(i));
                rejected += filtered == NameClass.None ? 1 : 0;
                pairGiven += (filtered & NameClass.PairGiven) != 0 ? 1 : 0;
            }
        }
        // The filter must also reject most words, or it saves nothing.
        Assert.True(words > 30000 && rejected > words / 2, $"{rejected} of {words} words rejected");
        Assert.True(pairGiven > 1000, $"only {pairGiven} words may be given names");
    }

    [Fact]
    public void Hash_is_the_word_sets_hash()
    {
        foreach (string word in new[] { "Maria", "o'brien", "ÉTÉ", "x", "Kelvin\u212A", "ſt" })
        {
            Assert.Equal(AsciiWordSet.Hash(word), PhiLexicon.HashOf(word));
        }
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
