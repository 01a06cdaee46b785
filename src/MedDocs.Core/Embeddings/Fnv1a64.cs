namespace MedDocs.Core.Embeddings;

/// <summary>
/// 64-bit FNV-1a over UTF-16 code units (low byte, then high byte), plus the SplitMix64 finalizer as a second,
/// independent hash. Fixed and documented so vectors are identical across processes, machines and .NET versions
/// (unlike string.GetHashCode, which is randomised per process).
/// </summary>
internal static class Fnv1a64
{
    public const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Append(ulong hash, char ch)
    {
        hash = (hash ^ (byte)ch) * Prime;
        return (hash ^ (byte)(ch >> 8)) * Prime;
    }

    public static ulong Append(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            hash = Append(hash, ch);
        }

        return hash;
    }

    /// <summary>SplitMix64's finalizer: mixes all 64 bits, so its top bit is independent of the bucket index.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
