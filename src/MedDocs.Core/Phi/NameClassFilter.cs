using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// A blocked Bloom filter of the lexicon keys by <see cref="NameClass"/>: per key one 64-bit word (chosen by the hash), and in
/// it two bits per class the key is in. A query reads that one word (128 KB in all, cache-resident) and answers every class:
/// never "not in a class" for a key that is in it (no false negatives); ~1 % of the others pass a class wrongly and are
/// then rejected by the lexicon entry itself.
/// </summary>
internal sealed class NameClassFilter
{
    private const int WordBits = 14;
    private readonly ulong[] _words = new ulong[1 << WordBits];

    /// <summary>Adds a key (by its <see cref="PhiLexicon.HashOf"/>) to <paramref name="classes"/>; inlined into the lexicon's optimised load loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(uint hash, NameClass classes)
    {
        if (classes == NameClass.None)
        {
            return;
        }
        var (index, pair, capitalised, lower, comma) = Bits(hash);
        _words[index] |= ((classes & NameClass.PairGiven) != 0 ? pair : 0)
            | ((classes & NameClass.CapitalisedAlone) != 0 ? capitalised : 0)
            | ((classes & NameClass.LowerCaseAlone) != 0 ? lower : 0)
            | ((classes & NameClass.CommaGiven) != 0 ? comma : 0);
    }

    /// <summary>The classes a key with <paramref name="hash"/> may be in (a superset of the classes it is in).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public NameClass Of(uint hash)
    {
        var (index, pair, capitalised, lower, comma) = Bits(hash);
        ulong word = _words[index];
        return ((word & pair) == pair ? NameClass.PairGiven : 0)
            | ((word & capitalised) == capitalised ? NameClass.CapitalisedAlone : 0)
            | ((word & lower) == lower ? NameClass.LowerCaseAlone : 0)
            | ((word & comma) == comma ? NameClass.CommaGiven : 0);
    }

    /// <summary>The word of a hash and each class's two bits in it, from the top bits of two multiplicative mixes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Index, ulong Pair, ulong Capitalised, ulong Lower, ulong Comma) Bits(uint hash)
    {
        ulong a = hash * 0x9E37_79B9_7F4A_7C15UL;
        ulong b = hash * 0xC2B2_AE3D_27D4_EB4FUL;
        return ((int)(a >> (64 - WordBits)),
            (1UL << (int)((a >> 44) & 63)) | (1UL << (int)((a >> 38) & 63)),
            (1UL << (int)(b >> 58)) | (1UL << (int)((b >> 52) & 63)),
            (1UL << (int)((b >> 46) & 63)) | (1UL << (int)((b >> 40) & 63)),
            (1UL << (int)((b >> 34) & 63)) | (1UL << (int)((b >> 28) & 63)));
    }
}
