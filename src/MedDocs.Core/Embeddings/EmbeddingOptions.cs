namespace MedDocs.Core.Embeddings;

/// <summary>How documents are embedded: per document or per chunk, task prefix, output dimensions, batching.</summary>
public sealed record EmbeddingOptions
{
    /// <summary>Dimensions nomic-embed-text v1.5 was trained to be cut to (Matryoshka).</summary>
    public static readonly IReadOnlyList<int> MatryoshkaDimensions = [768, 512, 256, 128, 64];

    /// <summary>Fallback context (tokens) when the server does not report the model's: nomic GGUF builds report 2048.</summary>
    public const int DefaultContextTokens = 2048;

    /// <summary>Split documents into overlapping passages sized to the model's context (one record per chunk).</summary>
    public bool Chunk { get; init; }

    /// <summary>The task prefix for documents (applied only for models that need one).</summary>
    public EmbeddingTask Task { get; init; } = EmbeddingTask.Document;

    /// <summary>Cut vectors to this many leading components and re-normalise (null = the model's own size).</summary>
    public int? Dimensions { get; init; }

    /// <summary>Put the embedded text in each record (off by default: records then carry no document text).</summary>
    public bool IncludeText { get; init; }

    /// <summary>Texts per request.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>
    /// The configured embedding model, for the builtin provider: "meddocs-hashing-v1" chooses the lexical hashing
    /// embedder; anything else (or null) means all-MiniLM-L6-v2 — a server model name set for auto's fallback is ignored.
    /// </summary>
    public string? BuiltinModel { get; init; }

    /// <summary>Context (tokens) when the server does not report one; null takes the EmbeddingContextLength setting.</summary>
    public int? ContextTokens { get; init; }
}
