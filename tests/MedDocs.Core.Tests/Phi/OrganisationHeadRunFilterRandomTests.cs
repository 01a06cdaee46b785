using System.Text;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// <see cref="OrganisationNames.HasHeadRunStartAfter"/> (one flags lookup with the token's hash) answers as the plain loop
/// asking the four sets one at a time, on random texts of heads, departments, denominations, cue and other words in any
/// case, numbers, punctuation and line breaks.
/// </summary>
public sealed class OrganisationHeadRunFilterRandomTests
{
    private static bool PlainHasHeadRunStartAfter(TextTokens tokens, int first)
    {
        for (int k = first + 1; k <= first + 3 && tokens.IsWord(k); k++)
        {
            var word = tokens.Span(k);
            if (OrganisationHeads.Heads.Contains(word) || ContextWords.FacilityHeads.Contains(word) || ContextWords.Departments.Contains(word)
                || OrganisationHeads.Denominations.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    [Fact]
    public void Filter_equals_the_plain_set_loop_on_random_texts()
    {
        string[] words =
        [
            .. OrganisationHeads.Heads.Words, .. ContextWords.FacilityHeads.Words, .. ContextWords.Departments.Words, .. OrganisationHeads.Denominations.Words,
            .. OrganisationNames.Cues.Words, "the", "our", "lakeside", "bridgeline", "westbrook", "pain", "see", "and", "maria", "first", "café", "naïve",
        ];
        string[] separators = [" ", " ", " ", "  ", "\n", ", ", ". ", " & ", "/", "-", " (", ") ", " 12 ", "'s "];
        var random = new Random(1108);
        int hits = 0, misses = 0;
        for (int text = 0; text < 4000; text++)
        {
            var sb = new StringBuilder();
            for (int n = random.Next(1, 30); n > 0; n--)
            {
                string word = random.Next(6) == 0
                    ? new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => (char)((random.Next(2) == 0 ? 'a' : 'A') + random.Next(26))).ToArray())
                    : words[random.Next(words.Length)];
                sb.Append(random.Next(4) switch { 0 => word.ToUpperInvariant(), 1 => char.ToUpperInvariant(word[0]) + word[1..], _ => word });
                sb.Append(separators[random.Next(separators.Length)]);
            }
            var tokens = new TextTokens(sb.ToString());
            for (int first = 0; first < tokens.Count; first++)
            {
                bool expected = PlainHasHeadRunStartAfter(tokens, first);
                Assert.Equal(expected, OrganisationNames.HasHeadRunStartAfter(tokens, first));
                hits += expected ? 1 : 0;
                misses += expected ? 0 : 1;
            }
        }
        Assert.True(hits > 10000 && misses > 10000, $"{hits} hits, {misses} misses");
    }
}
