namespace MedDocs.Core.Embeddings;

/// <summary>One ranked match of a similarity query: where the passage is, and its cosine score (1 = same direction).</summary>
public sealed record SimilarityRecord
{
    public int Rank { get; init; }
    public float Score { get; init; }
    public string? Path { get; init; }
    public string? Label { get; init; }
    public int ChunkIndex { get; init; }
    public int Start { get; init; }
    public int Length { get; init; }

    /// <summary>The passage, when the embedding record carried it (-IncludeText).</summary>
    public string? Text { get; init; }
    public string? Model { get; init; }
}
