using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// The last lexicon answers of this thread, by word: a 256 KB direct-mapped table in front of <see cref="PhiLexicon"/>'s
/// 4 MB table and key string, where a lookup cost two cache (and TLB) misses, ~85 ns; notes repeat their words, and the
/// words the name rules ask about recur from note to note. Keys are exact: the word's characters (ASCII letters folded,
/// as the lexicon compares them) packed 7 bits each, with its length, so a hit is always the lexicon's own answer.
/// Words longer than 16 characters or with a character outside ASCII are not cached. One table per thread: no locking,
/// and the engine stays thread-safe.
/// </summary>
internal sealed class LexiconWordCache
{
    private const int SlotBits = 14;

    [ThreadStatic]
    private static LexiconWordCache? t_current;

    /// <summary>Per slot two words: characters 0–7 and the length; characters 8–15 and, in the top byte, the answer. An empty slot (0) matches no key: every key holds its length.</summary>
    private readonly ulong[] _slots = new ulong[2 << SlotBits];

    /// <summary>This thread's cache.</summary>
    public static LexiconWordCache Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current ??= new LexiconWordCache();
    }

    private const int AnswerShift = 56;
    private const ulong CharsMask = (1UL << AnswerShift) - 1;

    /// <summary>
    /// The key of <paramref name="word"/>: false when it cannot be cached (empty, longer than 16, or not ASCII).
    /// Folding A–Z only, as <see cref="PhiLexicon"/>'s hash and comparison do: two words with the same key get the same answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryKey(ReadOnlySpan<char> word, out ulong low, out ulong high)
    {
        low = 0;
        high = 0;
        if (word.IsEmpty || word.Length > 16)
        {
            return false;
        }
        int i = 0;
        for (; i < word.Length && i < 8; i++)
        {
            uint c = word[i];
            if (c >= 128)
            {
                return false;
            }
            low |= (ulong)(c - 'A' <= 'Z' - 'A' ? c | 0x20 : c) << (7 * i);
        }
        for (; i < word.Length; i++)
        {
            uint c = word[i];
            if (c >= 128)
            {
                return false;
            }
            high |= (ulong)(c - 'A' <= 'Z' - 'A' ? c | 0x20 : c) << (7 * (i - 8));
        }
        low |= (ulong)word.Length << AnswerShift;
        return true;
    }

    /// <summary>The slot of a word, from its <see cref="PhiLexicon.HashOf"/> (a multiplicative mix spreads the FNV bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SlotOf(uint hash) => (int)((hash * 0x9E37_79B9_7F4A_7C15UL) >> (64 - SlotBits)) * 2;

    /// <summary>The cached answer (packed as <see cref="PhiLexicon"/> packs levels) of the key in <paramref name="slot"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(int slot, ulong low, ulong high)
    {
        var slots = _slots;
        ulong second = slots[slot + 1];
        return slots[slot] == low && (second & CharsMask) == high ? (int)(second >> AnswerShift) : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int slot, ulong low, ulong high, byte answer)
    {
        _slots[slot] = low;
        _slots[slot + 1] = high | (ulong)answer << AnswerShift;
    }
}
