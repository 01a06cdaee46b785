namespace MedDocs.Core.Embeddings;

/// <summary>What came back for one source: a record, or the failure of the request that carried its text.</summary>
public sealed record EmbeddingOutcome(int SourceId, string? SourceName, EmbeddingRecord? Record, Exception? Error)
{
    public bool Succeeded => Record is not null;
}
