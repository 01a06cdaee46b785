using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The start filter lets a rule pass over a word before its lookups: it must never reject a word that one of the lists
/// holds (ignoring case), or a rule would miss it. Checked on the words of random texts against the plain lookups.
/// </summary>
public sealed class AsciiWordStartFilterTests
{
    private static readonly string[] DateWords = ["january", "may", "march", "sept", "sep", "dec", "december", "thirtieth", "twenty", "thirty", "dob", "born", "birthday"];

    /// <summary>Letters that equal an ASCII letter ignoring case ('ı' = 'I', 'ſ' = 'S') or look like one.</summary>
    private const string Tricky = "\u0131\u017F\u212A\u0130\u00E9\u00DF";

    [Fact]
    public void Random_lists_never_lose_a_listed_word()
    {
        var random = new Random(20261203);
        int listed = 0, rejected = 0;
        for (int round = 0; round < 300; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => RandomListWord(random)).ToArray();
            var filter = new AsciiWordStartFilter(words);
            for (int probe = 0; probe < 200; probe++)
            {
                string word = random.Next(3) == 0 ? RandomWord(random) : Mutate(random, words[random.Next(words.Length)]);
                bool isListed = words.Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));
                bool mayBe = filter.MayBe(word);
                Assert.True(mayBe || !isListed, $"'{word}' is listed but was rejected");
                listed += isListed ? 1 : 0;
                rejected += mayBe ? 0 : 1;
            }
        }
        Assert.True(listed > 5000 && rejected > 5000, $"weak test: {listed} listed, {rejected} rejected");
    }

    [Fact]
    public void Place_cue_filter_keeps_every_cue_word_of_random_texts()
    {
        var pool = ContextWords.FacilityHeads.Words.Concat(["from", "to", "in", "at", "into", "near", "of", "frm", "fr", "outside", "street", "rd", "pkwy"]).ToArray();
        int cues = 0, rejected = 0;
        foreach (var word in WordsOfRandomTexts(pool, seed: 11))
        {
            bool isCue = PlaceRules.CueWords.Of(word) != 0;
            bool mayBe = PlaceRules.CueStarts.MayBe(word);
            Assert.True(mayBe || !isCue, $"cue word '{word}' was rejected");
            cues += isCue ? 1 : 0;
            rejected += mayBe ? 0 : 1;
        }
        Assert.True(cues > 2000 && rejected > 2000, $"weak test: {cues} cues, {rejected} rejected");
    }

    [Fact]
    public void Date_word_filter_keeps_every_date_word_of_random_texts()
    {
        string[] units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twentieth"];
        var pool = DateWords.Concat(units).Concat(units.Select(u => "twenty-" + u)).Concat(units.Select(u => "thirty-" + u))
            .Concat(ShortDateRules.Holidays.Words).Concat(ShortDateRules.HolidayFirstWords.Words).Concat(ShortDateRules.BirthCues.Words).ToArray();
        int dates = 0, rejected = 0;
        foreach (var word in WordsOfRandomTexts(pool, seed: 12))
        {
            bool isDateWord = ShortDateRules.MonthOf(word) > 0 || ShortDateRules.OrdinalValue(word) > 0 || ShortDateRules.TensValue(word) > 0
                || ShortDateRules.BirthCues.Contains(word) || ShortDateRules.Holidays.Contains(word) || ShortDateRules.HolidayFirstWords.Contains(word);
            bool mayBe = ShortDateRules.DateWordStarts.MayBe(word);
            Assert.True(mayBe || !isDateWord, $"date word '{word}' was rejected");
            dates += isDateWord ? 1 : 0;
            rejected += mayBe ? 0 : 1;
        }
        Assert.True(dates > 2000 && rejected > 2000, $"weak test: {dates} date words, {rejected} rejected");
    }

    [Theory]
    [InlineData("")]
    [InlineData("1st")]
    [InlineData("\u00E9t\u00E9")]
    public void Words_that_cannot_be_keyed_are_refused(string word) =>
        Assert.Throws<ArgumentException>(() => new AsciiWordStartFilter([word]));

    /// <summary>The word tokens of 3,000 random texts mixing list words (any case, with look-alike letters), other words, numbers, punctuation and line breaks.</summary>
    private static IEnumerable<string> WordsOfRandomTexts(string[] pool, int seed)
    {
        var random = new Random(seed);
        string[] common = ["the", "patient", "there", "third", "hospital's", "Home", "HOME", "st", "St.", "Dr", "seen", "may", "to", "o'brien", "walk-in"];
        var text = new StringBuilder();
        for (int t = 0; t < 3000; t++)
        {
            text.Clear();
            int parts = random.Next(5, 40);
            for (int p = 0; p < parts; p++)
            {
                switch (random.Next(6))
                {
                    case 0: text.Append(Mutate(random, pool[random.Next(pool.Length)])); break;
                    case 1: text.Append(pool[random.Next(pool.Length)]); break;
                    case 2: text.Append(common[random.Next(common.Length)]); break;
                    case 3: text.Append(RandomWord(random)); break;
                    case 4: text.Append(random.Next(100)); break;
                    default: text.Append(" .,;:/-'\n()"[random.Next(11)]); break;
                }
                text.Append(random.Next(8) == 0 ? "\n" : " ");
            }
            var tokens = new TextTokens(text.ToString());
            for (int i = 0; i < tokens.Count; i++)
            {
                if (tokens.IsWord(i))
                {
                    yield return tokens.Span(i).ToString();
                }
            }
        }
    }

    /// <summary>Random case, sometimes a look-alike letter, a letter more or less.</summary>
    private static string Mutate(Random random, string word)
    {
        var chars = word.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (random.Next(3) == 0)
            {
                chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
            }
            if (random.Next(12) == 0)
            {
                chars[i] = char.ToLowerInvariant(chars[i]) switch { 'i' => '\u0131', 's' => '\u017F', 'k' => '\u212A', _ => chars[i] };
            }
        }
        string mutated = new(chars);
        return random.Next(8) switch
        {
            0 => mutated + (char)('a' + random.Next(26)),
            1 when mutated.Length > 1 => mutated[..^1],
            _ => mutated,
        };
    }

    private static string RandomListWord(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var word = new StringBuilder().Append(letters[random.Next(letters.Length)]);
        int length = random.Next(0, random.Next(4) == 0 ? 36 : 8);
        for (int i = 0; i < length; i++)
        {
            word.Append(random.Next(10) == 0 ? "'-1."[random.Next(4)] : letters[random.Next(letters.Length)]);
        }
        return word.ToString();
    }

    private static string RandomWord(Random random)
    {
        const string chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-19." + Tricky;
        int length = random.Next(1, random.Next(4) == 0 ? 40 : 10);
        var word = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            word.Append(chars[random.Next(chars.Length)]);
        }
        return word.ToString();
    }
}
