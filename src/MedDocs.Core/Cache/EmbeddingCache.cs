using System.Runtime.InteropServices;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Cache;

/// <summary>
/// Vectors in the result cache, one entry per input text (a whole document or one chunk, with its task prefix), for
/// one server and embedding model: a batch of 1,000 texts with one new one sends one request carrying that text.
/// Vectors are stored as float32 bytes; the text only as part of the key's hash. Thread-safe.
/// </summary>
public sealed class EmbeddingCache
{
    private readonly ResultCache _cache;
    private readonly ServerTarget _target;
    private readonly string _model;

    public EmbeddingCache(ResultCache cache, ServerTarget target, string model)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(model);
        _cache = cache;
        _target = target;
        _model = model;
    }

    /// <summary>The stored vector for this exact text (as sent to the model), or null; counted as a hit or a miss.</summary>
    public CachedVector? Find(string text)
    {
        if (!_cache.IsAvailable)
        {
            return null;
        }
        if (_cache.Find(CacheKeys.ForEmbedding(_target, _model, text)) is { } stored && stored.Value.Length % sizeof(float) == 0 && stored.Value.Length > 0)
        {
            _cache.Counters.Hit();
            return new CachedVector(MemoryMarshal.Cast<byte, float>(stored.Value).ToArray(), stored.Model);
        }
        _cache.Counters.Miss();
        return null;
    }

    /// <summary>
    /// The chunk length a text was cut to after the server refused it as too long (see <see cref="RememberCut"/>), or
    /// null. Not counted as a hit or a miss: the vector lookup that follows is.
    /// </summary>
    public int? FindCut(string text)
    {
        if (!_cache.IsAvailable)
        {
            return null;
        }
        return _cache.Find(CacheKeys.ForEmbeddingCut(_target, _model, text)) is { } stored && stored.Value.Length == sizeof(int)
            ? BitConverter.ToInt32(stored.Value)
            : null;
    }

    /// <summary>Remembers that the server refused <paramref name="refusedText"/> as too long and took its first <paramref name="keptLength"/> characters.</summary>
    public void RememberCut(string refusedText, int keptLength)
    {
        ArgumentNullException.ThrowIfNull(refusedText);
        if (!_cache.IsAvailable)
        {
            return;
        }
        _cache.Store(CacheScope.Embeddings, [new CacheWrite(CacheKeys.ForEmbeddingCut(_target, _model, refusedText), _model, BitConverter.GetBytes(keptLength))]);
    }

    /// <summary>Stores the vectors a request returned (in one transaction).</summary>
    public void Store(IReadOnlyList<string> texts, EmbeddingBatch batch)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(batch);
        if (!_cache.IsAvailable)
        {
            return;
        }
        var writes = new List<CacheWrite>(texts.Count);
        for (var i = 0; i < texts.Count && i < batch.Vectors.Count; i++)
        {
            writes.Add(new CacheWrite(CacheKeys.ForEmbedding(_target, _model, texts[i]), batch.Model, MemoryMarshal.AsBytes(batch.Vectors[i].AsSpan()).ToArray()));
        }
        _cache.Store(CacheScope.Embeddings, writes);
    }
}
