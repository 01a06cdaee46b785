namespace MedDocs.Core.Phi;

/// <summary>
/// The words of names already found in a text, asked whether a token equals one of them (ordinal, ignoring case).
/// Words are kept by initial and length, so a token is compared with the few words sharing both: a long document with
/// hundreds of names used to compare every token of that length with every name word (a quarter of the engine's time
/// on a 110 KB text).
/// </summary>
internal sealed class NameWordIndex
{
    // An ASCII letter folded to lower case, or one slot for any other ASCII character.
    private const int AsciiSlots = 27;
    private const int MaximumLength = 64;

    private readonly List<string> _inOrder = [];
    private readonly Dictionary<int, List<string>> _byInitialAndLength = [];
    // Words whose initial is not ASCII, also compared with tokens starting in ASCII: .NET's ordinal case folding keeps
    // ASCII apart (ı is not I, ſ is not S), but the list before this index compared every word, and so does this.
    private readonly List<string> _nonAsciiInitial = [];
    private ulong _lengths;
    // Per ASCII initial slot, a bit per length of a word held: most tokens are answered by this alone, with no lookup.
    private readonly ulong[] _lengthsByInitial = new ulong[AsciiSlots];

    public int Count => _inOrder.Count;

    // One index for the name words and one for the lower-case ones per thread, cleared and reused by each Find:
    // building a new one (a dictionary and its lists) per text was about 1 % of the engine's time.
    [ThreadStatic] private static NameWordIndex? t_words;
    [ThreadStatic] private static NameWordIndex? t_lowerWords;

    /// <summary>This thread's index for a text's name words, emptied: valid until the next call on the thread.</summary>
    public static NameWordIndex ThreadWords() => (t_words ??= new NameWordIndex()).Cleared();

    /// <summary>This thread's second index (a text's lower-case name words), emptied: valid until the next call on the thread.</summary>
    public static NameWordIndex ThreadLowerWords() => (t_lowerWords ??= new NameWordIndex()).Cleared();

    /// <summary>
    /// Forgets every word, keeping the buckets' lists for the next text: an empty bucket answers as a missing one (the
    /// length bits, cleared too, keep tokens from looking in it at all).
    /// </summary>
    public NameWordIndex Cleared()
    {
        if (_inOrder.Count == 0)
        {
            return this;
        }
        foreach (var bucket in _byInitialAndLength.Values)
        {
            bucket.Clear();
        }
        _inOrder.Clear();
        _nonAsciiInitial.Clear();
        _lengths = 0;
        Array.Clear(_lengthsByInitial);
        return this;
    }

    /// <summary>Adds a word of 1–63 characters; a word already held (ignoring case) is not added twice.</summary>
    public void Add(string word)
    {
        if (word.Length is 0 or >= MaximumLength)
        {
            return;
        }
        // A word equal to one held (ignoring case) has its initial and length: its bucket is where it would be.
        if (char.IsAscii(word[0]))
        {
            int key = Key(word[0], word.Length);
            if (!_byInitialAndLength.TryGetValue(key, out var bucket))
            {
                _byInitialAndLength[key] = bucket = [];
            }
            else if (AnyEqual(bucket, word))
            {
                return;
            }
            bucket.Add(word);
            _lengthsByInitial[Slot(word[0])] |= 1UL << word.Length;
        }
        else if (AnyEqual(_inOrder, word))
        {
            return;
        }
        else
        {
            _nonAsciiInitial.Add(word);
        }
        _inOrder.Add(word);
        _lengths |= 1UL << word.Length;
    }

    /// <summary>Whether <paramref name="token"/> equals a word held, ignoring case (ordinal).</summary>
    public bool Contains(ReadOnlySpan<char> token)
    {
        if (token.Length is 0 or >= MaximumLength || (_lengths & (1UL << token.Length)) == 0)
        {
            return false;
        }
        if (!char.IsAscii(token[0]))
        {
            // Rare: a token starting outside ASCII may equal a word of any initial.
            return AnyEqual(_inOrder, token);
        }
        return (_lengthsByInitial[Slot(token[0])] & (1UL << token.Length)) != 0
                && _byInitialAndLength.TryGetValue(Key(token[0], token.Length), out var bucket) && AnyEqual(bucket, token)
            || _nonAsciiInitial.Count > 0 && AnyEqual(_nonAsciiInitial, token);
    }

    private static bool AnyEqual(List<string> words, ReadOnlySpan<char> token)
    {
        foreach (var word in words)
        {
            if (token.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static int Key(char asciiInitial, int length) => Slot(asciiInitial) * MaximumLength + length;

    private static int Slot(char asciiInitial) => char.IsAsciiLetter(asciiInitial) ? (asciiInitial | 0x20) - 'a' : AsciiSlots - 1;
}
