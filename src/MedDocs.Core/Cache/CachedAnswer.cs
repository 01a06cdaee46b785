using MedDocs.Core.Providers;

namespace MedDocs.Core.Cache;

/// <summary>A schema-checked answer, and whether it came from the cache (then no request was sent: Attempts and tokens are 0).</summary>
public sealed record CachedAnswer<T>(StructuredAnswer<T> Answer, bool Cached)
{
    public T Value => Answer.Value;
}
