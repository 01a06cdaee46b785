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
    /// Initial, second letter and length of the set's words: the initial alone let through every short word of a common
    /// initial ("pt", "plan", "s", "sn"…), each then hashed and compared.
    /// </summary>
    private readonly AsciiWordStartFilter _starts;

    public WordStarts(AsciiWordSet words, bool allowPossessive = false)
    {
        _words = words;
        _allowPossessive = allowPossessive;
        // Letter runs are ASCII letters only: a word longer than 31 or with a non-ASCII second character is never one.
        _starts = new AsciiWordStartFilter(words.Words.Where(w => w.Length < 32 && (w.Length == 1 || char.IsAscii(w[1]))));
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
        var bounds = runs.Bounds;
        var codes = runs.StartCodes(text);
        for (int run = 0; run < codes.Length; run++)
        {
            int start = bounds[2 * run];
            if (start >= wordEnd)
            {
                int end = bounds[2 * run + 1];
                wordEnd = IsSurelyOut(text, end, end - start, codes[run]) ? end : TryWord(text, start, end, starts);
            }
        }
        return starts;
    }

    /// <summary>
    /// True when the letters of <paramref name="length"/> up to <paramref name="end"/> (<paramref name="startCode"/>: their
    /// <see cref="AsciiWordStartFilter.CodeOf"/>), with no possessive after them, have an
    /// initial, second letter and length no word of the set has: most words, answered without a call to <see cref="TryWord"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsSurelyOut(string text, int end, int length, int startCode) =>
        (!_allowPossessive || end >= text.Length || text[end] != '\'')
        && (length >= 32 || !_starts.MayBeCode(startCode));

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
            if (length < 32 && _starts.MayBe(text.AsSpan(start, length))
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
