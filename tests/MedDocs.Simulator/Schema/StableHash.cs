namespace MedDocs.Simulator;

/// <summary>FNV-1a (64-bit): stable across processes and runtimes, unlike string.GetHashCode.</summary>
public static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string text) => Combine(OffsetBasis, text);

    public static ulong Combine(ulong seed, string text)
    {
        ulong hash = seed;
        foreach (char c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
