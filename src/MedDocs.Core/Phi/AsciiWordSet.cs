namespace MedDocs.Core.Phi;

/// <summary>
/// A set of words (starting with an ASCII letter) looked up case-insensitively from a span without allocating
/// (net8.0 has no span lookup on frozen sets): an open-addressing table on a case-folded hash.
/// </summary>
internal sealed class AsciiWordSet
{
    private readonly string?[] _slots;

    /// <summary>
    /// Most words of a text share no two first letters and length with any word of the set (a per-initial check let most
    /// words of the large unions through): this small-table check answers them without hashing.
    /// </summary>
    private readonly AsciiWordStartFilter _starts;
    private readonly uint[] _hashes;
    private readonly int _mask;

    /// <summary>The words of the set (to build unions).</summary>
    public IReadOnlyList<string> Words { get; }

    public AsciiWordSet(IEnumerable<string> words)
    {
        Words = words.ToArray();
        var distinct = Words.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (distinct.Any(w => w.Length == 0 || w.Length >= MaxLength || !char.IsAsciiLetter(w[0])))
        {
            throw new ArgumentException("Words must start with an ASCII letter and be shorter than 32 characters.", nameof(words));
        }
        // Open addressing on a case-folded hash: one hash and usually one comparison per lookup (a bucket scan with
        // case-insensitive comparisons cost ~1 µs per word across the context rules' many sets).
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, distinct.Length * 2));
        _slots = new string?[size];
        _hashes = new uint[size];
        _mask = size - 1;
        // A word whose second character is not ASCII is never ruled out by the filter (lookups of such words skip it).
        _starts = new AsciiWordStartFilter(distinct.Where(w => w.Length == 1 || char.IsAscii(w[1])));
        foreach (var word in distinct)
        {
            uint hash = Hash(word);
            int slot = (int)hash & _mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = word;
            _hashes[slot] = hash;
        }
    }

    private const int MaxLength = 32;

    /// <summary>The filter inlined at the callers (most words stop here), the hashed probe in <see cref="Probe"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length >= MaxLength || !char.IsAsciiLetter(word[0]))
        {
            return false;
        }
        // A second character outside ASCII passes the filter: the comparison below decides as before.
        if (!_starts.MayBe(word))
        {
            return false;
        }
        return Probe(word, Hash(word));
    }

    /// <summary>As <see cref="Contains(ReadOnlySpan{char})"/>, with the word's <see cref="Hash"/> already computed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word, uint hash)
    {
        if (word.IsEmpty || word.Length >= MaxLength || !char.IsAsciiLetter(word[0]))
        {
            return false;
        }
        if (!_starts.MayBe(word))
        {
            return false;
        }
        return Probe(word, hash);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization | System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool Probe(ReadOnlySpan<char> word, uint hash)
    {
        int slot = (int)hash & _mask;
        while (_slots[slot] is { } candidate)
        {
            if (_hashes[slot] == hash && word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            slot = (slot + 1) & _mask;
        }
        return false;
    }

    /// <summary>FNV-1a over the characters with ASCII letters folded to lower case (also <see cref="AsciiWordFlags"/>' hash).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c)) * 16777619;
        }
        return hash;
    }
}
