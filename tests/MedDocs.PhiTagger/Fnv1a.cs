namespace MedDocs.PhiTagger;

/// <summary>
/// 64-bit FNV-1a over UTF-16 chars, continued part by part: hashing the parts of a feature name one after the other
/// gives the hash of the joined name (<see cref="FeatureWriter.HashOf"/>), so the model's table, built from names,
/// is found without ever building a name.
/// </summary>
internal static class Fnv1a
{
    public const ulong Empty = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(ReadOnlySpan<char> part) => Then(Empty, part);

    public static ulong Then(ulong hash, ReadOnlySpan<char> part)
    {
        foreach (char ch in part)
        {
            hash = (hash ^ ch) * Prime;
        }
        return hash;
    }

    public static ulong Then(ulong hash, char ch) => (hash ^ ch) * Prime;
}
