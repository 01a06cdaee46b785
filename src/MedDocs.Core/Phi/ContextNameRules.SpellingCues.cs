namespace MedDocs.Core.Phi;

/// <summary>
/// Names spelled letter by letter after a request or an offer to spell ("can you spell the last name ⏎ caller: p e r e i r a",
/// "that's k-o-w-a-l"), where no word before the letters says the same name (<see cref="SpelledName"/> reads those). The
/// spelling is the cue: four or more single letters with a vowel, on one line, within a few words of "spell" or right after
/// "that's". The word the letters spell is then a name wherever the transcript says it whole ("mark pereira"), with a given
/// name just before it. Spoken abbreviations ("a c t of the abdomen", "f e v one") have no such cue and are left alone.
/// </summary>
internal static partial class ContextNameRules
{
    /// <summary>Words that ask for or announce a spelling.</summary>
    private static readonly AsciiWordSet SpellingWords = new(["spell", "spelled", "spelling", "spells", "spelt"]);

    private static readonly AsciiWordSet SpellingLeadIns = new(["that's", "thats", "that’s", "it's", "its", "it’s", "letters"]);

    private static void CollectSpelledAfterCue(FindingSink sink, TextTokens tokens)
    {
        int count = tokens.Count;
        Span<char> buffer = stackalloc char[32];
        for (int i = 0; i < count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            int length = tokens[i].Length;
            if (length == 1)
            {
                if (tokens.IsWord(i - 1) && tokens[i - 1].Length == 1 && !tokens[i].NewLineBefore)
                {
                    continue;
                }
                int last = i;
                while (last + 1 < count && tokens.IsWord(last + 1) && tokens[last + 1].Length == 1 && !tokens[last + 1].NewLineBefore)
                {
                    last++;
                }
                if (last - i + 1 >= 4 && last - i < 24 && HasVowelLetter(tokens, i, last) && HasSpellingCue(tokens, i))
                {
                    sink.Add(PhiType.Name, tokens[i].Start, tokens[last].End - tokens[i].Start, 0.74, "name-spelled");
                    var word = buffer[..(last - i + 1)];
                    for (int k = i; k <= last; k++)
                    {
                        word[k - i] = char.ToLowerInvariant(tokens.Text[tokens[k].Start]);
                    }
                    SpelledWordElsewhere(sink, tokens, word, i, last);
                }
                i = last;
            }
            else if (length is >= 7 and <= 47 && IsHyphenSpelling(tokens.Span(i)) && HasSpellingCue(tokens, i))
            {
                // "k-o-w-a-l": the letters joined by hyphens make one token.
                sink.Add(PhiType.Name, tokens[i].Start, tokens[i].Length, 0.74, "name-spelled");
                var letters = tokens.Span(i);
                var word = buffer[..((letters.Length + 1) / 2)];
                for (int k = 0; k < word.Length; k++)
                {
                    word[k] = char.ToLowerInvariant(letters[2 * k]);
                }
                SpelledWordElsewhere(sink, tokens, word, i, i);
            }
        }
    }

    /// <summary>"k-o-w-a-l": four or more single letters joined by hyphens.</summary>
    private static bool IsHyphenSpelling(ReadOnlySpan<char> token)
    {
        if (token.Length % 2 == 0 || token.Length < 7)
        {
            return false;
        }
        for (int k = 0; k < token.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsLetter(token[k]) : token[k] != '-')
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasVowelLetter(TextTokens tokens, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if ((tokens.Text[tokens[k].Start] | 0x20) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"that's" just before the letters, or a spelling word in the twelve tokens before them (this line or the one before).</summary>
    private static bool HasSpellingCue(TextTokens tokens, int first)
    {
        if (tokens.IsWord(first - 1) && !tokens[first].NewLineBefore && SpellingLeadIns.Contains(tokens.Span(first - 1)))
        {
            return true;
        }
        int breaks = 0;
        for (int k = first - 1; k >= 0 && first - k <= 12; k--)
        {
            if (tokens[k + 1].NewLineBefore && ++breaks > 1)
            {
                return false;
            }
            if (tokens.IsWord(k) && tokens[k].Length >= 5 && SpellingWords.Contains(tokens.Span(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The spelled word said whole elsewhere in the transcript ("mark, mark pereira"): a name, with the given name before it.
    /// Only a word of five letters or more that is no common English word.
    /// </summary>
    private static void SpelledWordElsewhere(FindingSink sink, TextTokens tokens, ReadOnlySpan<char> word, int runFirst, int runLast)
    {
        if (word.Length < 5 || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || PhiLexicon.Shared.Lookup(word).English >= 2)
        {
            return;
        }
        for (int k = 0; k < tokens.Count; k++)
        {
            if (k >= runFirst && k <= runLast || tokens[k].Kind != TokenKind.Word || tokens[k].Length != word.Length || !tokens.Span(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            int start = k;
            if (tokens.IsWord(k - 1) && !tokens[k].NewLineBefore && tokens[k - 1].Length >= 2)
            {
                var given = tokens.Span(k - 1);
                var entry = tokens.Entry(k - 1);
                if (entry.Given >= 1 && !ContextWords.NotNames.Contains(given) && !NameStopWords.Contains(given) && !ContextWords.Titles.Contains(given)
                    && !ContextWords.Relations.Contains(given) && !ContextWords.RolesBefore.Contains(given) && SpokenNumbers.Value(given) < 0)
                {
                    start = k - 1;
                }
            }
            sink.Add(PhiType.Name, tokens[start].Start, tokens[k].End - tokens[start].Start, 0.72, "name-spelled-whole");
        }
    }
}
