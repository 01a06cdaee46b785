namespace MedDocs.Core.Phi;

/// <summary>
/// Steps over the runs of ASCII digits of a text: the hand-written matches of digit patterns (<see cref="NumericDates"/>,
/// street numbers) start only at a run that starts a word.
/// </summary>
internal static class DigitRuns
{
    /// <summary>Offset of the first digit at or after <paramref name="from"/>, or -1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int Next(string text, int from)
    {
        int offset = text.AsSpan(from).IndexOfAnyInRange('0', '9');
        return offset < 0 ? -1 : from + offset;
    }

    /// <summary>End of the digit run starting at <paramref name="start"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int End(string text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        return end;
    }

    /// <summary>\b before a digit: no word character (letter, digit, '_') before it.</summary>
    public static bool StartsWord(string text, int start) => start == 0 || !RuleText.IsWordCharacter(text[start - 1]);
}
