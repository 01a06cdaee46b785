namespace MedDocs.Core.Embeddings;

/// <summary>One text waiting to be embedded: a chunk of a source, and the prefixed form the model is sent.</summary>
public sealed record EmbeddingInput(int SourceId, string? SourceName, string? Path, string? Label, TextChunk Chunk, string ModelText)
{
    /// <summary>The vector the result cache already holds for <see cref="ModelText"/>: then no request carries it.</summary>
    public Cache.CachedVector? Cached { get; init; }
}
