namespace MedDocs.Core.Phi;

/// <summary>
/// Several <see cref="AsciiWordSet"/>s asked about the same word at once: one lookup returns a bit per set the word is
/// in (bit i = sets[i]). A rule that asked three sets about every word of a text (PlaceRules: facility heads,
/// prepositions, street suffixes) paid three hashes per word; most words are in none, and now pay one.
/// The answers equal the sets' own: the same case-folded hash and case-insensitive comparison, on ASCII words only.
/// </summary>
internal sealed class AsciiWordFlags
{
    private const int MaxLength = 32;

    private readonly string?[] _slots;
    private readonly uint[] _hashes;
    private readonly int[] _flags;
    private readonly int _mask;

    /// <summary>Per lower-cased initial letter, a bit per word length present (most words stop here).</summary>
    private readonly uint[] _lengthsByInitial = new uint[26];

    /// <summary>Plain loops: this runs on a process's first Find.</summary>
    public AsciiWordFlags(params AsciiWordSet[] sets)
    {
        if (sets.Length > 31)
        {
            throw new ArgumentException("At most 31 sets.", nameof(sets));
        }
        int total = 0;
        foreach (var set in sets)
        {
            total += set.Words.Count;
        }
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, total * 2));
        _slots = new string?[size];
        _hashes = new uint[size];
        _flags = new int[size];
        _mask = size - 1;
        for (int bit = 0; bit < sets.Length; bit++)
        {
            foreach (string word in sets[bit].Words)
            {
                // ASCII only: then equal ignoring case means equal after folding ASCII letters, so equal words hash alike
                // and one slot per folded word answers for every set.
                if (word.Length == 0 || word.Length >= MaxLength || !char.IsAsciiLetter(word[0]) || !System.Text.Ascii.IsValid(word))
                {
                    throw new ArgumentException("Words must be ASCII, start with a letter and be shorter than 32 characters.", nameof(sets));
                }
                uint hash = AsciiWordSet.Hash(word);
                int slot = (int)hash & _mask;
                while (_slots[slot] is { } taken && !word.Equals(taken, StringComparison.OrdinalIgnoreCase))
                {
                    slot = (slot + 1) & _mask;
                }
                _slots[slot] = word;
                _hashes[slot] = hash;
                _flags[slot] |= 1 << bit;
                _lengthsByInitial[(word[0] | 0x20) - 'a'] |= 1u << word.Length;
            }
        }
    }

    /// <summary>A bit per set that contains <paramref name="word"/> (as <see cref="AsciiWordSet.Contains"/> answers); 0 for none.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public int Of(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length >= MaxLength || !char.IsAsciiLetter(word[0])
            || (_lengthsByInitial[(word[0] | 0x20) - 'a'] & (1u << word.Length)) == 0)
        {
            return 0;
        }
        uint hash = AsciiWordSet.Hash(word);
        int slot = (int)hash & _mask;
        while (_slots[slot] is { } candidate)
        {
            if (_hashes[slot] == hash && word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return _flags[slot];
            }
            slot = (slot + 1) & _mask;
        }
        return 0;
    }
}
