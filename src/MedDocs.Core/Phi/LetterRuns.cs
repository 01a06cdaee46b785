using System.Runtime.Intrinsics;

namespace MedDocs.Core.Phi;

/// <summary>
/// The runs of ASCII letters of one text (start and end of each, ascending), found once per text sixteen characters at a
/// time. The label, title, cue and telephone-label scans (<see cref="WordStarts"/>) each walked the whole text with the
/// same vector compares; now they walk this list.
/// </summary>
internal sealed class LetterRuns
{
    // Start and end of each run, interleaved.
    private readonly List<int> _bounds;

    private LetterRuns(List<int> bounds) => _bounds = bounds;

    public int Count => _bounds.Count / 2;

    public int Start(int run) => _bounds[2 * run];

    public int End(int run) => _bounds[2 * run + 1];

    private int[]? _startCodes;

    /// <summary>
    /// Per run, <see cref="AsciiWordStartFilter.CodeOf"/> of its letters (initial, second letter, length), computed once
    /// for every <see cref="WordStarts"/> scan of the text: four scans each worked them out again for every word.
    /// </summary>
    internal ReadOnlySpan<int> StartCodes(string text)
    {
        if (_startCodes is null)
        {
            var codes = new int[Count];
            var bounds = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_bounds);
            for (int run = 0; run < codes.Length; run++)
            {
                int start = bounds[2 * run];
                codes[run] = AsciiWordStartFilter.CodeOf(text.AsSpan(start, bounds[2 * run + 1] - start));
            }
            _startCodes = codes;
        }
        return _startCodes;
    }

    /// <summary>Start and end of each run, interleaved (read-only; for the scans that walk every run).</summary>
    internal ReadOnlySpan<int> Bounds => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_bounds);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static LetterRuns Of(string text) => Of(text, new List<int>(Math.Max(16, text.Length / 3)));

    /// <summary>As <see cref="Of(string)"/>, in <paramref name="bounds"/> (cleared first): a list one Find reuses (<see cref="PhiScratch"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static LetterRuns Of(string text, List<int> bounds)
    {
        bounds.Clear();
        int i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length > Vector256<ushort>.Count)
        {
            if (char.IsAsciiLetter(text[0]))
            {
                bounds.Add(0);
                bounds.Add(PlainEnd(text, 1));
            }
            var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text.AsSpan());
            for (i = 1; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var letter = AsciiLetterVectors.IsLetter(AsciiLetterVectors.Lower(chars, i));
                var previousLetter = AsciiLetterVectors.IsLetter(AsciiLetterVectors.Lower(chars, i - 1));
                uint letters = letter.ExtractMostSignificantBits();
                uint starts = Vector256.AndNot(letter, previousLetter).ExtractMostSignificantBits();
                while (starts != 0)
                {
                    int bit = System.Numerics.BitOperations.TrailingZeroCount(starts);
                    int start = i + bit;
                    // The first non-letter after the start within the block (bits 16 and up are set), else the block's end.
                    int end = start + System.Numerics.BitOperations.TrailingZeroCount(~letters >> bit);
                    if (end == i + Vector256<ushort>.Count)
                    {
                        end = PlainEnd(text, end);
                    }
                    bounds.Add(start);
                    bounds.Add(end);
                    starts &= starts - 1;
                }
            }
        }
        // The tail after the last block (or the whole of a short text): a run begun in a block starts nothing here.
        for (; i < text.Length; i++)
        {
            if (char.IsAsciiLetter(text[i]) && (i == 0 || !char.IsAsciiLetter(text[i - 1])))
            {
                int end = PlainEnd(text, i + 1);
                bounds.Add(i);
                bounds.Add(end);
                i = end;
            }
        }
        return new LetterRuns(bounds);
    }

    private static int PlainEnd(string text, int from)
    {
        while (from < text.Length && char.IsAsciiLetter(text[from]))
        {
            from++;
        }
        return from;
    }
}
