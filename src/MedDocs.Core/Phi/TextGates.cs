using System.Runtime.Intrinsics;

namespace MedDocs.Core.Phi;

/// <summary>
/// Cheap necessary conditions checked before a pattern runs: a text without "://" or "www." cannot hold
/// a URL with a scheme, one without a month name no spelled date, and so on (digit shapes: <see cref="NumberShapes"/>). A gate may
/// let through texts without a match (the pattern then decides), but never stops one with a match, so
/// the findings are exactly those of running every pattern. Checks use ASCII classes; a text with any
/// non-ASCII character (where \d and case-insensitive letters match more than ASCII) passes every gate.
/// </summary>
internal static class TextGates
{
    /// <summary>UrlWithScheme needs "://" or "www." (any case).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool MayHaveUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>MonthFirstDate needs a capitalised word starting with a month's first three letters ("Mar", "March", "SEPT").</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool MayHaveMonthFirstDate(string text)
    {
        for (int at = NextMonthWord(text, 0); at >= 0; at = NextMonthWord(text, at + 3))
        {
            if (char.IsAsciiLetterUpper(text[at]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// DayFirstDate needs a digit before a month word: "3 March", "3rd of June", "03-Mar" (blanks, "of", a dash
    /// and an ordinal suffix may sit between).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool MayHaveDayFirstDate(string text)
    {
        for (int at = NextMonthWord(text, 0); at >= 0; at = NextMonthWord(text, at + 3))
        {
            if (HasDayBefore(text, at))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <see cref="MayHaveMonthFirstDate"/> and <see cref="MayHaveDayFirstDate"/> from one scan of the month words
    /// (each alone scanned the whole text).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static (bool MonthFirst, bool DayFirst) MayHaveMonthDates(string text)
    {
        bool monthFirst = false, dayFirst = false;
        for (int at = NextMonthWord(text, 0); at >= 0 && !(monthFirst && dayFirst); at = NextMonthWord(text, at + 3))
        {
            monthFirst |= char.IsAsciiLetterUpper(text[at]);
            dayFirst = dayFirst || HasDayBefore(text, at);
        }
        return (monthFirst, dayFirst);
    }

    /// <summary>
    /// Start offsets of the words whose first three letters are a month's (any case; no ASCII letter before), ascending:
    /// every match of the month-name patterns in an ASCII text starts at one (month first) or just before one (day first).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<int> MonthWords(string text)
    {
        var words = new List<int>();
        for (int at = NextMonthWord(text, 0); at >= 0; at = NextMonthWord(text, at + 3))
        {
            words.Add(at);
        }
        return words;
    }

    /// <summary>Whether a day may stand before one of <paramref name="monthWords"/>: the day-first gate of <see cref="MayHaveMonthDates"/>.</summary>
    public static bool MayHaveDayFirstDate(string text, List<int> monthWords)
    {
        foreach (int at in monthWords)
        {
            if (HasDayBefore(text, at))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A digit before the month word at <paramref name="at"/>: "3 March", "3rd of June", "03-Mar".</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool HasDayBefore(string text, int at)
    {
        int j = at;
        if (j > 0 && text[j - 1] == '-')
        {
            j--;
        }
        else
        {
            j = SkipBlanksBack(text, j);
            if (j >= 2 && text[j - 1] == 'f' && text[j - 2] == 'o')
            {
                j = SkipBlanksBack(text, j - 2);
            }
        }
        // An ordinal suffix ("rd", "th") may follow the day.
        for (int letters = 0; letters < 2 && j > 0 && char.IsAsciiLetterLower(text[j - 1]); letters++)
        {
            j--;
        }
        return j > 0 && char.IsAsciiDigit(text[j - 1]);
    }

    private static int SkipBlanksBack(string text, int index)
    {
        while (index > 0 && text[index - 1] is ' ' or '\t')
        {
            index--;
        }
        return index;
    }

    /// <summary>Offset of the next word start (no ASCII letter before it) whose first three letters are a month's, any case; -1 if none.</summary>
    /// <remarks>
    /// Vectorised: sixteen characters at a time, the word starts holding a month's initial are found with a few vector
    /// operations, and only those get the three-letter check (a character-by-character loop here was the engine's
    /// costliest single method). The caller passes ASCII texts.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int NextMonthWord(string text, int from)
    {
        int i = from;
        if (i == 0)
        {
            if (text.Length >= 3 && IsMonthWordAt(text, 0))
            {
                return 0;
            }
            i = 1;
        }
        if (Vector256.IsHardwareAccelerated)
        {
            var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text.AsSpan());
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
            {
                var lower = AsciiLetterVectors.Lower(chars, i);
                var previousLetter = AsciiLetterVectors.IsLetter(AsciiLetterVectors.Lower(chars, i - 1));
                var initial = Vector256.Equals(lower, Vector256.Create((ushort)'j')) | Vector256.Equals(lower, Vector256.Create((ushort)'f'))
                    | Vector256.Equals(lower, Vector256.Create((ushort)'m')) | Vector256.Equals(lower, Vector256.Create((ushort)'a'))
                    | Vector256.Equals(lower, Vector256.Create((ushort)'s')) | Vector256.Equals(lower, Vector256.Create((ushort)'o'))
                    | Vector256.Equals(lower, Vector256.Create((ushort)'n')) | Vector256.Equals(lower, Vector256.Create((ushort)'d'));
                uint candidates = Vector256.AndNot(initial, previousLetter).ExtractMostSignificantBits();
                while (candidates != 0)
                {
                    int at = i + System.Numerics.BitOperations.TrailingZeroCount(candidates);
                    if (at + 3 <= text.Length && IsMonthPrefix(text, at))
                    {
                        return at;
                    }
                    candidates &= candidates - 1;
                }
            }
        }
        for (; i + 3 <= text.Length; i++)
        {
            if (IsMonthWordAt(text, i))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A word starts at <paramref name="i"/> (no ASCII letter before) with a month's first three letters.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool IsMonthWordAt(string text, int i)
    {
        char c = text[i];
        return (c | 0x20) is 'j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd' && (i == 0 || !char.IsAsciiLetter(text[i - 1]))
            && IsMonthPrefix(text, i);
    }

    /// <summary>The three letters at <paramref name="i"/> (i + 3 within the text) are a month's, any case.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool IsMonthPrefix(string text, int i)
    {
        // The three letters lower-cased (ASCII only: the caller passes ASCII texts) and packed into one number.
        int packed = ((text[i] | 0x20) << 16) | ((text[i + 1] | 0x20) << 8) | (text[i + 2] | 0x20);
        return packed is ('j' << 16 | 'a' << 8 | 'n') or ('f' << 16 | 'e' << 8 | 'b') or ('m' << 16 | 'a' << 8 | 'r')
            or ('a' << 16 | 'p' << 8 | 'r') or ('m' << 16 | 'a' << 8 | 'y') or ('j' << 16 | 'u' << 8 | 'n')
            or ('j' << 16 | 'u' << 8 | 'l') or ('a' << 16 | 'u' << 8 | 'g') or ('s' << 16 | 'e' << 8 | 'p')
            or ('o' << 16 | 'c' << 8 | 't') or ('n' << 16 | 'o' << 8 | 'v') or ('d' << 16 | 'e' << 8 | 'c');
    }

    /// <summary>
    /// Age needs either two digits followed (after blanks or dashes) by 'y'/'Y', or the word start "age" (any case).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool MayHaveAge(string text)
    {
        for (int i = 2; i < text.Length; i++)
        {
            // The next 'y' or 'Y' (a vectorised search: most characters are neither).
            int offset = text.AsSpan(i).IndexOfAny('y', 'Y');
            if (offset < 0)
            {
                break;
            }
            i += offset;
            int j = i;
            while (j > 0 && text[j - 1] is ' ' or '\t' or '-')
            {
                j--;
            }
            if (j >= 2 && char.IsAsciiDigit(text[j - 1]) && char.IsAsciiDigit(text[j - 2]))
            {
                return true;
            }
        }
        int at = -1;
        while ((at = text.IndexOf("age", at + 1, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            if (at == 0 || !RuleText.IsWordCharacter(text[at - 1]))
            {
                return true;
            }
        }
        return false;
    }
}
