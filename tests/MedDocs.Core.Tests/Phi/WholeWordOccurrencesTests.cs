using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The one walk over the text must find exactly what a case-insensitive search per name finds.</summary>
public sealed class WholeWordOccurrencesTests
{
    private static readonly string[] Stems =
    [
        "Mercy Vale", "mercy", "vale", "Vale Park", "O'Brien", "o'brien's", "Fall River", "fall", "St. Brigid", "st", "Ashby",
        "ashby-lane", "north-shore", "Nuñez", "Ñuñoa", "José", "ıstanbul", "ſalem", "\u212Aent", "İzmir", "Élise", "a", "A b", "x-y",
    ];

    [Fact]
    public void Walk_finds_what_the_search_finds_on_random_texts()
    {
        var random = new Random(7);
        int found = 0;
        for (int round = 0; round < 3000; round++)
        {
            var names = Enumerable.Range(0, random.Next(1, 80)).Select(_ => RandomName(random)).ToList();
            string text = RandomText(random, names);
            var expected = WholeWordOccurrences.Search(text, names);
            var actual = WholeWordOccurrences.Walk(new TextTokens(text), [.. names]);
            for (int n = 0; n < names.Count; n++)
            {
                Assert.True(expected[n].SequenceEqual(actual[n]),
                    $"'{names[n]}' in [{text}]: search {string.Join(",", expected[n])}, walk {string.Join(",", actual[n])}");
                found += expected[n].Count;
            }
        }
        Assert.True(found > 20000, $"weak test: {found} occurrences");
    }

    [Fact]
    public void Whole_words_are_found_in_any_case()
    {
        var names = Enumerable.Range(0, WholeWordOccurrences.WalkFrom).Select(i => $"Name{(char)('a' + i % 26)}{i}").Prepend("Mercy Vale").ToList();
        string text = "At mercy vale, then MERCY VALE. Mercy Valentine; namea0 and NameB1x, (namec2)";
        var expected = WholeWordOccurrences.Search(text, names);
        Assert.Equal([3, 20], expected[0]);
        Assert.Equal([49], expected[1]);
        Assert.Empty(expected[2]);
        Assert.Equal([70], expected[3]);
        Assert.Equal(expected.Select(s => s.ToArray()), WholeWordOccurrences.Walk(new TextTokens(text), [.. names]).Select(s => s.ToArray()));
        Assert.Equal(20, WholeWordOccurrences.Next(text, "mercy VALE", 4));
        Assert.Equal(-1, WholeWordOccurrences.Next(text, "mercy VALE", 21));
    }

    private static string RandomName(Random random)
    {
        if (random.Next(3) > 0)
        {
            return RandomCase(random, Stems[random.Next(Stems.Length)]);
        }
        const string chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '.-éñı";
        var name = new StringBuilder();
        int length = random.Next(1, 9);
        for (int i = 0; i < length; i++)
        {
            name.Append(i == 0 && random.Next(4) > 0 ? (char)('a' + random.Next(26)) : chars[random.Next(chars.Length)]);
        }
        return name.ToString();
    }

    /// <summary>Names (any case, glued to letters, digits or punctuation), short letter runs, digits, punctuation, look-alike letters, line breaks.</summary>
    private static string RandomText(Random random, List<string> names)
    {
        string[] separators = [" ", " ", "\n", ", ", ".", "-", "'", "’", "(", "1", "x", "é", "—", "\u0301", "😀", "\t"];
        var text = new StringBuilder();
        int parts = random.Next(1, 30);
        for (int p = 0; p < parts; p++)
        {
            switch (random.Next(5))
            {
                case 0:
                case 1: text.Append(RandomCase(random, names[random.Next(names.Count)])); break;
                case 2: text.Append(RandomCase(random, Stems[random.Next(Stems.Length)])); break;
                case 3: text.Append((char)('a' + random.Next(26))).Append((char)('a' + random.Next(26))); break;
                default: text.Append(random.Next(100)); break;
            }
            text.Append(separators[random.Next(separators.Length)]);
        }
        return text.ToString();
    }

    private static string RandomCase(Random random, string word)
    {
        var chars = word.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (random.Next(3) == 0)
            {
                chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
            }
            else if (random.Next(40) == 0)
            {
                chars[i] = char.ToLowerInvariant(chars[i]) switch { 'i' => '\u0131', 's' => '\u017F', 'k' => '\u212A', _ => chars[i] };
            }
        }
        return new string(chars);
    }
}
