namespace MedDocs.Core.Phi;

/// <summary>
/// The offsets where words of one <see cref="AsciiWordSet"/> start in a text (whole ASCII-letter runs, from
/// <see cref="LetterRuns"/>): a word is looked up only when a word of the set has its initial, second letter and length.
/// The label and cue scans (identifier labels, telephone labels, name cues) each walked every word with a search call
/// and a letter loop per word.
/// </summary>
internal sealed class WordStarts
{
    private readonly AsciiWordSet _words;
    private readonly bool _allowPossessive;

    /// <summary>
    /// Per lower-case initial and second character (<see cref="PrefixIndex"/>), a bit per length (letters, plus "'s" when
    /// possessives are allowed) of a word of the set: the initial alone let through every short word of a common initial
    /// ("pt", "plan", "s", "sn"…), each then hashed and compared.
    /// </summary>
    private readonly uint[] _lengthsByPrefix = new uint[26 * 27];

    public WordStarts(AsciiWordSet words, bool allowPossessive = false)
    {
        _words = words;
        _allowPossessive = allowPossessive;
        foreach (var word in words.Words)
        {
            if (word.Length < 32)
            {
                _lengthsByPrefix[PrefixIndex(word.AsSpan())] |= 1u << word.Length;
            }
        }
    }

    /// <summary>Start offsets of the ASCII-letter runs in <paramref name="text"/> that are in the set, ascending (as a plain scan word by word would find them).</summary>
    public List<int> Find(string text) => Find(text, LetterRuns.Of(text));

    /// <summary>As <see cref="Find(string)"/>, walking the letter runs of the text found once (<see cref="FindingSink.LetterRuns"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public List<int> Find(string text, LetterRuns runs)
    {
        var starts = new List<int>();
        // End of the last word looked at, its possessive included: the 's' of "driver's" starts no word of its own.
        int wordEnd = 0;
        for (int run = 0; run < runs.Count; run++)
        {
            int start = runs.Start(run);
            if (start >= wordEnd)
            {
                int end = runs.End(run);
                wordEnd = IsSurelyOut(text, start, end) ? end : TryWord(text, start, end, starts);
            }
        }
        return starts;
    }

    /// <summary>
    /// True when the letters from <paramref name="start"/> to <paramref name="end"/>, with no possessive after them, have an
    /// initial, second letter and length no word of the set has: most words, answered without a call to <see cref="TryWord"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsSurelyOut(string text, int start, int end)
    {
        int length = end - start;
        return (!_allowPossessive || end >= text.Length || text[end] != '\'')
            && (length >= 32 || (_lengthsByPrefix[PrefixIndex(text.AsSpan(start, length))] & (1u << length)) == 0);
    }

    /// <summary>
    /// Initial (an ASCII letter) × 27 + the second character's letter (folded), or 26 when there is none or it is not a
    /// letter. Words equal ignoring ASCII case share it, so the filter never drops a word of the set.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int PrefixIndex(ReadOnlySpan<char> word) =>
        ((word[0] | 0x20) - 'a') * 27 + (word.Length > 1 && char.IsAsciiLetter(word[1]) ? (word[1] | 0x20) - 'a' : 26);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int LetterRunEnd(string text, int from)
    {
        while (from < text.Length && char.IsAsciiLetter(text[from]))
        {
            from++;
        }
        return from;
    }

    /// <summary>
    /// Looks the word from <paramref name="start"/> to <paramref name="lettersEnd"/> (its possessive added) up; returns its
    /// end. Letters glued to a possessive ("driver'sLicense") start the next word there, as in the plain scan.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int TryWord(string text, int start, int lettersEnd, List<int> starts)
    {
        while (true)
        {
            int end = lettersEnd;
            bool possessive = _allowPossessive && end < text.Length - 1 && text[end] == '\'' && text[end + 1] == 's';
            if (possessive)
            {
                end += 2;
            }
            int length = end - start;
            if (length < 32 && (_lengthsByPrefix[PrefixIndex(text.AsSpan(start, length))] & (1u << length)) != 0
                && _words.Contains(text.AsSpan(start, length)))
            {
                starts.Add(start);
            }
            if (!possessive || end >= text.Length || !char.IsAsciiLetter(text[end]))
            {
                return end;
            }
            start = end;
            lettersEnd = LetterRunEnd(text, end + 1);
        }
    }
}
