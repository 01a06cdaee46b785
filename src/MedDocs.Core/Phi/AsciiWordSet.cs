namespace MedDocs.Core.Phi;

/// <summary>
/// A small set of ASCII words looked up case-insensitively from a span without allocating (net8.0 has no
/// span lookup on frozen sets): bucketed by length and lower-cased initial.
/// </summary>
internal sealed class AsciiWordSet
{
    private const int MaxLength = 32;

    private readonly string[]?[] _buckets = new string[]?[MaxLength * 26];

    /// <summary>The words of the set (to build unions).</summary>
    public IReadOnlyList<string> Words { get; }

    public AsciiWordSet(IEnumerable<string> words)
    {
        Words = words.ToArray();
        foreach (var group in Words.GroupBy(w => BucketOf(w.Length, w[0])))
        {
            if (group.Key < 0)
            {
                throw new ArgumentException("Words must start with an ASCII letter and be shorter than 32 characters.", nameof(words));
            }
            _buckets[group.Key] = group.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool Contains(ReadOnlySpan<char> word)
    {
        int bucket = word.IsEmpty ? -1 : BucketOf(word.Length, word[0]);
        if (bucket < 0 || _buckets[bucket] is not { } candidates)
        {
            return false;
        }
        foreach (var candidate in candidates)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Start offsets of the ASCII-letter runs in <paramref name="text"/> that are in the set, ascending.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public List<int> FindWordStarts(string text, bool allowPossessive = false)
    {
        var starts = new List<int>();
        int i = 0;
        while (i < text.Length)
        {
            int offset = text.AsSpan(i).IndexOfAnyInRange('A', 'z');
            if (offset < 0)
            {
                break;
            }
            i += offset;
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }
            if (allowPossessive && i < text.Length - 1 && text[i] == '\'' && text[i + 1] == 's')
            {
                i += 2;
            }
            if (Contains(text.AsSpan(start, i - start)))
            {
                starts.Add(start);
            }
        }
        return starts;
    }

    private static int BucketOf(int length, char initial)
    {
        char lower = (char)(initial | 0x20);
        return length is > 0 and < MaxLength && lower is >= 'a' and <= 'z' ? (length * 26) + (lower - 'a') : -1;
    }
}
