namespace MedDocs.Core.Phi;

/// <summary>
/// A small map from ASCII words (any letter case) to a number, looked up from a span without allocating: the
/// number-word, month and ordinal lists each replace a loop of case-insensitive comparisons (one per listed word,
/// asked of every word of a text) by one initial/length check and, rarely, one hash probe.
/// A word with a non-ASCII character gets <see cref="NotAscii"/>: callers keep their exact comparison loop for it,
/// since a case-insensitive ordinal comparison may match a non-ASCII letter ('ſ', the Kelvin sign) to an ASCII one.
/// </summary>
internal sealed class AsciiWordValues
{
    /// <summary>The answer for a word that holds a non-ASCII character: ask the exact (slow) comparison instead.</summary>
    public const int NotAscii = int.MinValue;

    private const int MaxLength = 32;

    private readonly string?[] _slots;
    private readonly int[] _values;
    private readonly int _mask;

    /// <summary>Most words stop here (the initial alone let through most short words of the number and month lists' initials).</summary>
    private readonly AsciiWordStartFilter _starts;

    /// <summary>Per lower-cased initial letter, a bit per word length present (for words whose second character is not ASCII).</summary>
    private readonly uint[] _lengthsByInitial = new uint[26];

    /// <summary>Lower-case ASCII words and their values; the first of two equal words wins. Plain loops: this runs on a process's first Find.</summary>
    public AsciiWordValues(string[] words, int[] values)
    {
        if (words.Length != values.Length)
        {
            throw new ArgumentException("One value per word.", nameof(values));
        }
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, words.Length * 2));
        _slots = new string?[size];
        _values = new int[size];
        _mask = size - 1;
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (word.Length == 0 || word.Length >= MaxLength || !IsLowerAscii(word))
            {
                throw new ArgumentException("Words must be lower-case ASCII, start with a letter and be shorter than 32 characters.", nameof(words));
            }
            int slot = (int)Hash(word) & _mask;
            while (_slots[slot] is { } taken && taken != word)
            {
                slot = (slot + 1) & _mask;
            }
            if (_slots[slot] is null)
            {
                _lengthsByInitial[word[0] - 'a'] |= 1u << word.Length;
                _slots[slot] = word;
                _values[slot] = values[i];
            }
        }
        _starts = new AsciiWordStartFilter(words);
    }

    private static bool IsLowerAscii(string word)
    {
        if (!char.IsAsciiLetterLower(word[0]))
        {
            return false;
        }
        foreach (char c in word)
        {
            if (c >= 128 || char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The value of <paramref name="word"/>; <paramref name="missing"/> when it is certainly not listed; <see cref="NotAscii"/> when
    /// a non-ASCII character leaves the answer to the exact comparison.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public int Get(ReadOnlySpan<char> word, int missing)
    {
        if (word.IsEmpty)
        {
            return missing;
        }
        if (!char.IsAsciiLetter(word[0]))
        {
            // An ASCII non-letter never equals a letter; a non-ASCII character might, to the exact comparison.
            return word[0] < 128 ? missing : NotAscii;
        }
        // No entry has this initial, second character and length: unequal to all, whatever the other characters are (equal
        // ignoring case, ASCII characters are equal folded). A second character outside ASCII is checked by initial only.
        if (word.Length >= MaxLength
            || (word.Length == 1 || word[1] < 128 ? !_starts.MayBe(word) : (_lengthsByInitial[(word[0] | 0x20) - 'a'] & (1u << word.Length)) == 0))
        {
            return missing;
        }
        uint hash = 2166136261;
        int nonAscii = 0;
        foreach (char c in word)
        {
            nonAscii |= c & 0xFF80;
            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c)) * 16777619;
        }
        if (nonAscii != 0)
        {
            return NotAscii;
        }
        int slot = (int)hash & _mask;
        while (_slots[slot] is { } candidate)
        {
            if (candidate.Length == word.Length && EqualsLower(word, candidate))
            {
                return _values[slot];
            }
            slot = (slot + 1) & _mask;
        }
        return missing;
    }

    private static uint Hash(string word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 16777619;
        }
        return hash;
    }

    private static bool EqualsLower(ReadOnlySpan<char> word, string lower)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != lower[i])
            {
                return false;
            }
        }
        return true;
    }
}
