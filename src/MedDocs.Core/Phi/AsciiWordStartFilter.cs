using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// A pre-check before a word list is asked about a word: per lower-cased first and second letter, a bit per word length
/// present in the lists. Most words of a note share no two first letters and length with any listed word, and are then
/// passed over before any hash or comparison. The word sets (<see cref="AsciiWordSet"/>, <see cref="AsciiWordFlags"/>,
/// <see cref="AsciiWordValues"/>) hold one; rules that ask several lists about every word use one over all of them
/// (PlaceRules: facility heads, prepositions and street suffixes; ShortDateRules: months, ordinals, birth cues, holidays).
/// A struct: held in a readonly field, the check costs no more than the bare table it wraps.
/// <see cref="MayBe"/> is false only when the word equals no listed word ignoring case (ordinal): words that equal
/// ignoring case have the same length, and an ASCII character equals only itself or its other case. A non-ASCII
/// first or second character is let through, so the lists' own lookups keep deciding such words.
/// </summary>
internal readonly struct AsciiWordStartFilter
{
    /// <summary>The 26 ASCII letters, folded to lower case, and one key for any other ASCII second character or none.</summary>
    internal const int SecondKeys = 27;

    private readonly uint[] _lengthsByStart;

    /// <summary>Words that start with an ASCII letter and hold only ASCII in their first two characters. Plain loops: this runs on a process's first Find.</summary>
    public AsciiWordStartFilter(IEnumerable<string> words)
    {
        _lengthsByStart = new uint[26 * SecondKeys];
        foreach (string word in words)
        {
            if (word.Length == 0 || !char.IsAsciiLetter(word[0]) || (word.Length > 1 && !char.IsAscii(word[1])))
            {
                throw new ArgumentException($"'{word}': words must start with an ASCII letter and an ASCII second character.", nameof(words));
            }
            _lengthsByStart[Key(word)] |= LengthBit(word.Length);
        }
    }

    /// <summary>False when <paramref name="word"/> certainly equals no word of the lists (ignoring case); true when it may.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBe(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }
        char first = word[0];
        if (!char.IsAsciiLetter(first))
        {
            // An ASCII non-letter never equals a listed word's first letter; a non-ASCII character is left to the lookups.
            return first >= 128;
        }
        if (word.Length > 1 && word[1] >= 128)
        {
            return true;
        }
        return (_lengthsByStart[Key(word)] & LengthBit(word.Length)) != 0;
    }

    /// <summary>
    /// The slot and length bit of a word of ASCII letters (at least one), as one number: <see cref="MayBeCode"/> of it answers
    /// as <see cref="MayBe"/> of the word. Words of 31 letters and more share the code of 31.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CodeOf(ReadOnlySpan<char> letters) => Key(letters) * 32 + Math.Min(letters.Length, 31);

    /// <summary><see cref="MayBe"/> of a word of ASCII letters, from its <see cref="CodeOf"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeCode(int code) => (_lengthsByStart[code >> 5] & (1u << (code & 31))) != 0;

    /// <summary>Lengths of 31 and more share the top bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LengthBit(int length) => 1u << Math.Min(length, 31);

    /// <summary>The slot of a word that starts with an ASCII letter and has an ASCII second character (or none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Key(ReadOnlySpan<char> word) =>
        ((word[0] | 0x20) - 'a') * SecondKeys + (word.Length > 1 && char.IsAsciiLetter(word[1]) ? (word[1] | 0x20) - 'a' : SecondKeys - 1);
}
