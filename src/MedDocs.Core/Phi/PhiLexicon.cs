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
    private readonly int[] _keyStarts;
    private readonly byte[] _keyLengths;
    private readonly byte[] _levels;
    private readonly int[] _table;
    private readonly int _mask;

    private PhiLexicon(string data, int[] keyStarts, byte[] keyLengths, byte[] levels, int count)
    {
        _data = data;
        _keyStarts = keyStarts;
        _keyLengths = keyLengths;
        _levels = levels;
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        _table = new int[size];
        _mask = size - 1;
        for (int i = 0; i < count; i++)
        {
            int slot = (int)Hash(data.AsSpan(keyStarts[i], keyLengths[i])) & _mask;
            while (_table[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _table[slot] = i + 1;
        }
        Count = count;
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
        var entry = Find(word);
        // "ostrowski's", "St. Mary's": the possessive of a listed word.
        if (!entry.IsKnown && word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’')
        {
            entry = Find(word[..^2]);
        }
        return entry;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LexiconEntry Find(ReadOnlySpan<char> word)
    {
        int slot = (int)Hash(word) & _mask;
        while (true)
        {
            int entry = _table[slot];
            if (entry == 0)
            {
                return default;
            }
            int index = entry - 1;
            if (_keyLengths[index] == word.Length && EqualsLower(word, _data.AsSpan(_keyStarts[index], word.Length)))
            {
                byte packed = _levels[index];
                return new LexiconEntry((byte)(packed >> 6), (byte)((packed >> 4) & 3), (byte)((packed >> 2) & 3), (byte)(packed & 3));
            }
            slot = (slot + 1) & _mask;
        }
    }

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
