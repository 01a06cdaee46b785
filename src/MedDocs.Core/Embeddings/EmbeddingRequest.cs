namespace MedDocs.Core.Embeddings;

/// <summary>What Get-Embedding / <c>meddocs embed</c> (and Measure-EmbeddingSimilarity's query) ask for.</summary>
public sealed record EmbeddingRequest
{
    /// <summary>Split long inputs into overlapping passages sized to the model's context.</summary>
    public bool Chunk { get; init; }

    /// <summary>The task prefix for models that need one.</summary>
    public EmbeddingTask Task { get; init; } = EmbeddingTask.Document;

    /// <summary>Cut vectors to this many dimensions (null: the model's own size).</summary>
    public int? Dimensions { get; init; }

    /// <summary>Put the embedded passage in each record.</summary>
    public bool IncludeText { get; init; }

    /// <summary>The builtin model to use with the builtin provider; null takes the EmbeddingModel setting.</summary>
    public string? BuiltinModel { get; init; }

    /// <summary>Server vectors may be cached (a query alone is not worth a cache).</summary>
    public bool UseCache { get; init; } = true;
}
