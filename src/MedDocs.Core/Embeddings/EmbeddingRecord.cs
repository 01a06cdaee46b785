namespace MedDocs.Core.Embeddings;

/// <summary>
/// One vector: for a whole input (ChunkIndex 0, Start 0, Length = its text length) or one chunk of it.
/// <c>documentText.Substring(Start, Length)</c> is the embedded passage (without any task prefix).
/// Text is null unless asked for, so records can be stored without document text.
/// </summary>
public sealed record EmbeddingRecord
{
    /// <summary>The file it came from; null for raw text.</summary>
    public string? Path { get; init; }

    /// <summary>The raw text's label (e.g. "text", "stdin") when there is no path.</summary>
    public string? Label { get; init; }

    public int ChunkIndex { get; init; }
    public int Start { get; init; }
    public int Length { get; init; }

    /// <summary>
    /// True when the passage was longer than the model's context and only its start (Start, Length) was embedded.
    /// Use chunking (-Chunk / --chunk) to embed all of a long document.
    /// </summary>
    public bool Truncated { get; init; }

    /// <summary>The embedded passage; only with -IncludeText (PHI stays out of stored vectors otherwise).</summary>
    public string? Text { get; init; }

    public required float[] Vector { get; init; }
    public int Dimensions => Vector.Length;

    /// <summary>The model as the server named it, or "meddocs-hashing-v1" for the builtin embedder.</summary>
    public required string Model { get; init; }
    public required string Provider { get; init; }

    /// <summary>The server that made the vector (null for the builtin embedder): queries are embedded there too.</summary>
    public string? Endpoint { get; init; }

    /// <summary>llm for a server model, rules for the builtin (lexical) embedder.</summary>
    public required string Engine { get; init; }

    /// <summary>The task prefix applied, or null when the model takes none.</summary>
    public string? Task { get; init; }

    /// <summary>Wall time of the request that carried this text (shared by the texts of one batch); 0 when cached.</summary>
    public double ElapsedMs { get; init; }

    /// <summary>True when the vector came from the result cache: no request carried this text.</summary>
    public bool Cached { get; init; }
}
