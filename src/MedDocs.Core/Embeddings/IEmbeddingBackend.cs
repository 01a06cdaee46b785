using MedDocs.Core.Providers;

namespace MedDocs.Core.Embeddings;

/// <summary>Something that turns a batch of texts into vectors: a model server, or the builtin hashing embedder.</summary>
public interface IEmbeddingBackend
{
    /// <summary>The model name requests use (and prefix rules look at).</summary>
    string Model { get; }

    /// <summary>Provider name as records carry it ("lmstudio", "ollama", "builtin").</summary>
    string Provider { get; }

    /// <summary>"llm" for a server model, "rules" for the builtin embedder.</summary>
    string Engine { get; }

    /// <summary>One vector per text, in order.</summary>
    Task<EmbeddingBatch> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
