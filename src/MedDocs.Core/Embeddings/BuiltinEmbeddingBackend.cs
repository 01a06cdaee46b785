using System.Diagnostics;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Embeddings;

/// <summary>The builtin hashing embedder behind the same interface: no server, lexical (not semantic) vectors.</summary>
public sealed class BuiltinEmbeddingBackend : IEmbeddingBackend
{
    private readonly HashingEmbedder _embedder;

    public BuiltinEmbeddingBackend(HashingEmbedder? embedder = null) => _embedder = embedder ?? new HashingEmbedder();

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
