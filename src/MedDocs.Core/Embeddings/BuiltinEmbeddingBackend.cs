using System.Diagnostics;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Embeddings;

/// <summary>The builtin embedder: all-MiniLM-L6-v2 in-process on the CPU (no server). Semantic, 384 dimensions, 256-token window.</summary>
public sealed class BuiltinEmbeddingBackend : IEmbeddingBackend
{
    private readonly MiniLmEmbedder _embedder;

    public BuiltinEmbeddingBackend(MiniLmEmbedder embedder) => _embedder = embedder;

    public string Model => MiniLmEmbedder.ModelName;
    public string Provider => ProviderNames.Format(ProviderKind.Builtin);

    /// <summary>"onnx": a neural model run in-process (servers' models are "llm", the hashing embedder "rules").</summary>
    public string Engine => "onnx";

    /// <summary>Word pieces of a text, to check it fits the model's window before it is sent.</summary>
    public int CountTokens(string text) => _embedder.Tokenizer.CountTokens(text);

    public Task<EmbeddingBatch> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var watch = Stopwatch.StartNew();
        var vectors = _embedder.Embed(texts, cancellationToken);
        return Task.FromResult(new EmbeddingBatch(vectors, Model, 0, watch.Elapsed));
    }
}
