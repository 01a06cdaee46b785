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

    /// <summary>
    /// Most words stop here. The initial alone let through most words of a large union such as the name cues (every length
    /// of "s", "d", "m"…).
    /// </summary>
    private readonly AsciiWordStartFilter _starts;

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
            }
        }
        _starts = new AsciiWordStartFilter(sets.SelectMany(set => set.Words));
    }

    /// <summary>A bit per set that contains <paramref name="word"/> (as <see cref="AsciiWordSet.Contains"/> answers); 0 for none.</summary>
    public int Of(ReadOnlySpan<char> word) => IsSurelyOut(word) ? 0 : Probe(word, AsciiWordSet.Hash(word));

    /// <summary>As <see cref="Of(ReadOnlySpan{char})"/>, with the word's <see cref="AsciiWordSet.Hash"/> already computed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Of(ReadOnlySpan<char> word, uint hash) => IsSurelyOut(word) ? 0 : Probe(word, hash);

    /// <summary>
    /// True when no word of the sets has the word's initial, second character and length. A second character outside
    /// ASCII skips the check: the hashed comparison decides as before.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool IsSurelyOut(ReadOnlySpan<char> word) =>
        word.IsEmpty || word.Length >= MaxLength || !char.IsAsciiLetter(word[0])
        || !_starts.MayBe(word);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization | System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int Probe(ReadOnlySpan<char> word, uint hash)
    {
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
