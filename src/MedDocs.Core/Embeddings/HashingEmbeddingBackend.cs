using System.Diagnostics;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// The builtin hashing embedder behind the embedding interface (-Model meddocs-hashing-v1): lexical, not semantic
/// vectors, with no model files and no native code — for platforms ONNX Runtime does not serve and for fast
/// near-duplicate screening.
/// </summary>
public sealed class HashingEmbeddingBackend : IEmbeddingBackend
{
    private readonly HashingEmbedder _embedder;

    public HashingEmbeddingBackend(HashingEmbedder? embedder = null) => _embedder = embedder ?? new HashingEmbedder();

    public string Model => _embedder.ModelName;
    public string Provider => ProviderNames.Format(ProviderKind.Builtin);
    public string Engine => "rules";

    public Task<EmbeddingBatch> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var watch = Stopwatch.StartNew();
        var vectors = _embedder.Embed(texts);
        return Task.FromResult(new EmbeddingBatch(vectors, Model, 0, watch.Elapsed));
    }
}
