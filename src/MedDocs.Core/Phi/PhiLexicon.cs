using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// How common a word is as a given name, a surname, an English word and a US place name, each 0 (not listed)
/// to 3 (very common). See Lexicons/SOURCES.md for the lists and the thresholds of each level.
/// </summary>
internal readonly record struct LexiconEntry(byte Given, byte Surname, byte English, byte Place)
{
    public bool IsKnown => (Given | Surname | English | Place) != 0;

    /// <summary>Listed as a given name or surname at <paramref name="level"/> or above.</summary>
    public bool IsName(int level = 1) => Given >= level || Surname >= level;
}

/// <summary>
/// The word lexicon of the rules engine: ~220,000 lower-case keys (single words and multi-word place names)
/// from public lists (US SSA baby names, US Census surnames, SCOWL English word lists, GeoNames US cities).
/// Loaded once per process on first use from a gzipped embedded resource into one string and an
/// open-addressing table, so a lookup from a span (any letter case) allocates nothing. Immutable after loading.
/// </summary>
internal sealed class PhiLexicon
{
    private const string ResourceName = "MedDocs.Core.Phi.phi-lexicon.tsv.gz";

    private static readonly Lazy<PhiLexicon> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The process-wide lexicon, loaded on first access (tens of milliseconds).</summary>
    public static PhiLexicon Shared => SharedInstance.Value;

    private readonly string _data;

    /// <summary>
    /// Open addressing, one 64-bit slot per key: hash fingerprint (16 bits) | key length (8) | levels (8) | key offset
    /// in <see cref="_data"/> (32). A lookup reads one slot and, when fingerprint and length agree, the key's
    /// characters: two cache misses, where separate index, length, offset and level arrays cost five.
    /// 0 is an empty slot (no key has length 0).
    /// </summary>
    private readonly ulong[] _table;
    private readonly int _mask;

    private const ulong TagMask = 0xFFFF_FF00_0000_0000;

    /// <summary>
    /// A 128 KB Bloom filter (two bits in one 64-bit word per key) of the keys listed as a given name or as a common
    /// surname (level 2+): most words of a note are neither, and the name rules ask about every word, so a lookup in
    /// this cache-resident filter spares the large table. No false negatives; ~1 % false positives go on to the table.
    /// </summary>
    private readonly ulong[] _nameFilter = new ulong[1 << NameFilterBits];

    private const int NameFilterBits = 14;

    /// <summary>The listed names by what the lexicon-only name rules need of them (<see cref="NameClassesOf"/>).</summary>
    private readonly NameClassFilter _classFilter = new();

    private PhiLexicon(string data, int[] keyStarts, byte[] keyLengths, byte[] levels, int count)
    {
        _data = data;
        // Load factor up to 2/3: probes mostly stay within the 8 slots of one cache line, and the 2 MB table costs first use less.
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count + count / 2));
        _table = new ulong[size];
        _mask = size - 1;
        for (int i = 0; i < count; i++)
        {
            uint hash = Hash(data.AsSpan(keyStarts[i], keyLengths[i]));
            int slot = (int)hash & _mask;
            while (_table[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _table[slot] = Tag(hash, keyLengths[i]) | ((ulong)levels[i] << 32) | (uint)keyStarts[i];
            // Given >= 1 (top two bits) or Surname >= 2 (next two).
            if ((levels[i] >> 6) >= 1 || ((levels[i] >> 4) & 3) >= 2)
            {
                var (word, bits) = FilterBits(hash);
                _nameFilter[word] |= bits;
                _classFilter.Add(hash, NameClasses.Of(Unpack(levels[i])));
            }
        }
        Count = count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Tag(uint hash, int length) => ((ulong)(hash >> 16) << 48) | ((ulong)length << 40);

    /// <summary>Every key, lower case (for tests that check a filter against the whole list).</summary>
    internal IEnumerable<string> Keys()
    {
        foreach (ulong slot in _table)
        {
            if (slot != 0)
            {
                yield return _data.Substring((int)(uint)slot, (int)((slot >> 40) & 0xFF));
            }
        }
    }

    /// <summary>Number of keys.</summary>
    public int Count { get; }

    /// <summary>The levels of <paramref name="word"/> (compared case-insensitively; only ASCII keys exist).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LexiconEntry Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > byte.MaxValue)
        {
            return default;
        }
        return Lookup(word, Hash(word));
    }

    /// <summary>
    /// As <see cref="Lookup(ReadOnlySpan{char})"/>, with the word's <see cref="HashOf"/> already computed (the tokens hash
    /// each word once for the lexicon, its name filter and the cue sets).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LexiconEntry Lookup(ReadOnlySpan<char> word, uint hash)
    {
        System.Diagnostics.Debug.Assert(hash == Hash(word));
        if (LexiconWordCache.TryKey(word, out ulong low, out ulong high))
        {
            // This thread's recent answers first (LexiconWordCache): most words of a note were looked up before.
            var cache = LexiconWordCache.Current;
            int slot = LexiconWordCache.SlotOf(hash);
            int cached = cache.Get(slot, low, high);
            if (cached >= 0)
            {
                return Unpack((byte)cached);
            }
            var found = LookupUncached(word, hash);
            cache.Set(slot, low, high, Pack(found));
            return found;
        }
        return LookupUncached(word, hash);
    }

    /// <summary>As <see cref="Lookup(ReadOnlySpan{char}, uint)"/>, from the table itself (no <see cref="LexiconWordCache"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal LexiconEntry LookupUncached(ReadOnlySpan<char> word, uint hash)
    {
        if (word.Length is 0 or > byte.MaxValue)
        {
            return default;
        }
        var entry = Find(word, hash);
        // "ostrowski's", "St. Mary's": the possessive of a listed word.
        if (!entry.IsKnown && word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’')
        {
            entry = Find(word[..^2]);
        }
        return entry;
    }

    /// <summary>
    /// False only when <see cref="Lookup"/> of <paramref name="word"/> is certain to give Given 0 and Surname 0–1;
    /// true may still be a word that is neither (ask <see cref="Lookup"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MayBeName(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > byte.MaxValue)
        {
            return false;
        }
        return MayBeName(word, Hash(word));
    }

    /// <summary>As <see cref="MayBeName(ReadOnlySpan{char})"/>, with the word's <see cref="HashOf"/> already computed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MayBeName(ReadOnlySpan<char> word, uint hash)
    {
        if (word.Length is 0 or > byte.MaxValue)
        {
            return false;
        }
        var (index, bits) = FilterBits(hash);
        if ((_nameFilter[index] & bits) == bits)
        {
            return true;
        }
        // Lookup falls back to the word without a possessive "'s".
        return word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’' && InNameFilter(word[..^2]);
    }

    /// <summary>
    /// The <see cref="NameClass"/>es <see cref="Lookup(ReadOnlySpan{char}, uint)"/> of <paramref name="word"/> may fall in
    /// (never fewer than it does; a few words more), from a cache-resident filter instead of the table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public NameClass NameClassesOf(ReadOnlySpan<char> word, uint hash)
    {
        if (word.Length is 0 or > byte.MaxValue)
        {
            return NameClass.None;
        }
        var classes = _classFilter.Of(hash);
        // Lookup falls back to the word without a possessive "'s".
        if (word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’')
        {
            classes |= _classFilter.Of(Hash(word[..^2]));
        }
        return classes;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool InNameFilter(ReadOnlySpan<char> word)
    {
        var (index, bits) = FilterBits(Hash(word));
        return (_nameFilter[index] & bits) == bits;
    }

    /// <summary>The filter word and its two bits for a key hash (a multiplicative mix spreads the FNV bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Index, ulong Bits) FilterBits(uint hash)
    {
        ulong mixed = hash * 0x9E37_79B9_7F4A_7C15UL;
        return ((int)(mixed >> (64 - NameFilterBits)), (1UL << (int)((mixed >> 38) & 63)) | (1UL << (int)((mixed >> 32) & 63)));
    }

    private LexiconEntry Find(ReadOnlySpan<char> word) => Find(word, Hash(word));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LexiconEntry Find(ReadOnlySpan<char> word, uint hash)
    {
        ulong tag = Tag(hash, word.Length);
        var table = _table;
        int slot = (int)hash & _mask;
        while (true)
        {
            ulong entry = table[slot];
            if (entry == 0)
            {
                return default;
            }
            if ((entry & TagMask) == tag && EqualsLower(word, _data.AsSpan((int)(uint)entry, word.Length)))
            {
                return Unpack((byte)(entry >> 32));
            }
            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Pack(LexiconEntry entry) => (byte)((entry.Given << 6) | (entry.Surname << 4) | (entry.English << 2) | entry.Place);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static LexiconEntry Unpack(byte packed) =>
        new((byte)(packed >> 6), (byte)((packed >> 4) & 3), (byte)((packed >> 2) & 3), (byte)(packed & 3));

    /// <summary>The hash <see cref="Lookup(ReadOnlySpan{char}, uint)"/> and <see cref="MayBeName(ReadOnlySpan{char}, uint)"/> take (also <see cref="AsciiWordSet.Hash"/>).</summary>
    public static uint HashOf(ReadOnlySpan<char> word) => Hash(word);

    /// <summary>FNV-1a over the ASCII-lower-cased characters (non-ASCII characters never match a key anyway).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c)) * 16777619;
        }
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsLower(ReadOnlySpan<char> word, ReadOnlySpan<char> key)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != key[i])
            {
                return false;
            }
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PhiLexicon Load()
    {
        using var stream = typeof(PhiLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The PHI lexicon resource '{ResourceName}' is missing from MedDocs.Core; rebuild the assembly.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var bytes = new MemoryStream(4 << 20);
        gzip.CopyTo(bytes);
        string data = System.Text.Encoding.ASCII.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
        int capacity = data.AsSpan().Count('\n');
        var starts = new int[capacity];
        var lengths = new byte[capacity];
        var levels = new byte[capacity];
        int count = 0;
        int position = 0;
        while (position < data.Length)
        {
            int lineEnd = data.IndexOf('\n', position);
            if (lineEnd < 0)
            {
                lineEnd = data.Length;
            }
            int tab = data.IndexOf('\t', position, lineEnd - position);
            if (tab <= position || lineEnd - tab != 5 || tab - position > byte.MaxValue)
            {
                throw new InvalidDataException($"The PHI lexicon resource is damaged near offset {position}; regenerate it with Phi/Lexicons/build_lexicon.py.");
            }
            starts[count] = position;
            lengths[count] = (byte)(tab - position);
            levels[count] = (byte)(((data[tab + 1] - '0') << 6) | ((data[tab + 2] - '0') << 4) | ((data[tab + 3] - '0') << 2) | (data[tab + 4] - '0'));
            count++;
            position = lineEnd + 1;
        }
        return new PhiLexicon(data, starts, lengths, levels, count);
    }
}
