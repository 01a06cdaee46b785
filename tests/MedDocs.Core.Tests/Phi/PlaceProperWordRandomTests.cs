using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// <see cref="PlaceRules.IsProper(ReadOnlySpan{char}, PhiLexicon)"/> and its token form (one flags lookup with the token's
/// hash, the cached lexicon entry) answer as the plain version asking each list in turn, on random texts of list words,
/// lexicon names and places, specialty words and random letters in any case, numbers, punctuation and line breaks.
/// </summary>
public sealed class PlaceProperWordRandomTests
{
    /// <summary>The version before the flags: each set asked in turn.</summary>
    private static bool PlainIsProper(ReadOnlySpan<char> word, PhiLexicon lexicon)
    {
        if (word.Length < 2 || ContextWords.NotNames.Contains(word) || ContextWords.FacilityHeads.Contains(word) || ContextWords.Departments.Contains(word)
            || (ContextWords.FacilityInner.Contains(word) && !WordShape.IsCapitalised(word)) || ContextWords.ClinicalAcronyms.Contains(word)
            || FacilityModifiers.IsGeneric(word))
        {
            return false;
        }
        var entry = lexicon.Lookup(word);
        if (WordShape.IsTitleCase(word))
        {
            return entry.English <= 2 || entry.IsName() || entry.Place >= 1 || ContextWords.FacilityInner.Contains(word);
        }
        return entry.English <= 1 || ((entry.Place >= 1 || entry.IsName(2)) && entry.English <= 2);
    }

    [Fact]
    public void IsProper_equals_the_plain_set_checks_on_random_texts()
    {
        string[] words =
        [
            .. ContextWords.NotNames.Words.Take(80), .. ContextWords.FacilityHeads.Words, .. ContextWords.Departments.Words, .. ContextWords.FacilityInner.Words,
            .. ContextWords.ClinicalAcronyms.Words.Take(60), .. FacilityModifiers.Words.Words,
            "cardiology", "hepatology", "endoscopy", "boston", "quincy", "maria", "smith", "lowell", "general", "mercy", "vale", "westbrook", "café", "naïve",
            "the", "of", "and", "St", "Mary's", "x", "Q",
        ];
        string[] separators = [" ", " ", " ", "  ", "\n", ", ", ". ", " & ", "/", "-", " (", ") ", " 12 ", "'s "];
        var lexicon = PhiLexicon.Shared;
        var random = new Random(3117);
        int proper = 0, refused = 0;
        for (int text = 0; text < 3000; text++)
        {
            var sb = new StringBuilder();
            for (int n = random.Next(1, 25); n > 0; n--)
            {
                string word = random.Next(6) == 0
                    ? new string(Enumerable.Range(0, random.Next(1, 10)).Select(_ => (char)((random.Next(2) == 0 ? 'a' : 'A') + random.Next(26))).ToArray())
                    : words[random.Next(words.Length)];
                sb.Append(random.Next(4) switch { 0 => word.ToUpperInvariant(), 1 => char.ToUpperInvariant(word[0]) + word[1..], _ => word });
                sb.Append(separators[random.Next(separators.Length)]);
            }
            var tokens = new TextTokens(sb.ToString());
            for (int k = 0; k < tokens.Count; k++)
            {
                if (!tokens.IsWord(k))
                {
                    continue;
                }
                bool expected = PlainIsProper(tokens.Span(k), lexicon);
                Assert.Equal(expected, PlaceRules.IsProper(tokens.Span(k), lexicon));
                Assert.Equal(expected, PlaceRules.IsProper(tokens, k));
                proper += expected ? 1 : 0;
                refused += expected ? 0 : 1;
            }
        }
        Assert.True(proper > 5000 && refused > 5000, $"{proper} proper, {refused} refused");
    }
}
