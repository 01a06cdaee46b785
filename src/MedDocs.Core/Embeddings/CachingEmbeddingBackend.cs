using MedDocs.Core.Cache;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// A server backend that stores every vector it receives in the result cache (one transaction per request).
/// Lookups happen earlier, in <see cref="EmbeddingOperation.Prepare"/>, so that only texts the cache does not know
/// are batched into requests at all.
/// </summary>
public sealed class CachingEmbeddingBackend : IEmbeddingBackend
{
    private readonly IEmbeddingBackend _inner;
    private readonly EmbeddingCache _cache;

    public CachingEmbeddingBackend(IEmbeddingBackend inner, EmbeddingCache cache)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(cache);
        _inner = inner;
        _cache = cache;
    }

    public string Model => _inner.Model;
    public string Provider => _inner.Provider;
    public string Engine => _inner.Engine;

    public async Task<EmbeddingBatch> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var batch = await _inner.EmbedAsync(texts, cancellationToken).ConfigureAwait(false);
        _cache.Store(texts, batch);
        return batch;
    }
}
