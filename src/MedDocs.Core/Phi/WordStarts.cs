using System.Runtime.Intrinsics;

namespace MedDocs.Core.Phi;

/// <summary>
/// <see cref="AsciiWordSet.FindWordStarts"/> with the word starts found sixteen characters at a time: a vector compare
/// marks the ASCII letters not preceded by one, and only those words are measured and looked up. The label and cue
/// scans (identifier labels, telephone labels, name cues) each walked every word with a search call per word.
/// </summary>
internal static class WordStarts
{
    /// <summary>Start offsets of the ASCII-letter runs in <paramref name="text"/> that are in <paramref name="words"/>, ascending.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<int> Find(string text, AsciiWordSet words, bool allowPossessive = false)
    {
        var starts = new List<int>();
        // End of the last word looked at, its possessive included: the 's' of "driver's" starts no word of its own.
        int wordEnd = 0;
        if (text.Length > 0 && char.IsAsciiLetter(text[0]))
        {
            wordEnd = TryWord(text, 0, words, allowPossessive, starts);
        }
        int i = 1;
        if (Vector256.IsHardwareAccelerated)
        {
            var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text.AsSpan());
            var caseBit = Vector256.Create((ushort)0x20);
            var a = Vector256.Create((ushort)'a');
            var lettersAfterA = Vector256.Create((ushort)('z' - 'a'));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var letter = Vector256.LessThanOrEqual((Vector256.Create(chars.Slice(i, Vector256<ushort>.Count)) | caseBit) - a, lettersAfterA);
                var previousLetter = Vector256.LessThanOrEqual((Vector256.Create(chars.Slice(i - 1, Vector256<ushort>.Count)) | caseBit) - a, lettersAfterA);
                uint wordStarts = Vector256.AndNot(letter, previousLetter).ExtractMostSignificantBits();
                while (wordStarts != 0)
                {
                    int start = i + System.Numerics.BitOperations.TrailingZeroCount(wordStarts);
                    if (start >= wordEnd)
                    {
                        wordEnd = TryWord(text, start, words, allowPossessive, starts);
                    }
                    wordStarts &= wordStarts - 1;
                }
            }
        }
        for (; i < text.Length; i++)
        {
            if (i >= wordEnd && char.IsAsciiLetter(text[i]) && !char.IsAsciiLetter(text[i - 1]))
            {
                wordEnd = TryWord(text, i, words, allowPossessive, starts);
            }
        }
        return starts;
    }

    /// <summary>
    /// Looks the word at <paramref name="start"/> up; returns its end. Letters glued to a possessive ("driver'sLicense")
    /// start the next word there, as in the plain scan (no vector start: a letter precedes them).
    /// </summary>
    private static int TryWord(string text, int start, AsciiWordSet words, bool allowPossessive, List<int> starts)
    {
        while (true)
        {
            int end = start + 1;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }
            bool possessive = allowPossessive && end < text.Length - 1 && text[end] == '\'' && text[end + 1] == 's';
            if (possessive)
            {
                end += 2;
            }
            if (words.Contains(text.AsSpan(start, end - start)))
            {
                starts.Add(start);
            }
            if (!possessive || end >= text.Length || !char.IsAsciiLetter(text[end]))
            {
                return end;
            }
            start = end;
        }
    }
}
