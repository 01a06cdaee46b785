namespace MedDocs.Core.Embeddings;

/// <summary>Ranks embedding records against a query vector (cosine, best first).</summary>
public static class EmbeddingSimilarity
{
    public static IReadOnlyList<SimilarityRecord> Rank(float[] query, IEnumerable<EmbeddingRecord> records, int top)
    {
        ArgumentNullException.ThrowIfNull(records);
        return SimilarityRanker.TopK(query, records.Select(r => (r, r.Vector)), top)
            .Select(ranked => new SimilarityRecord
            {
                Rank = ranked.Rank,
                Score = ranked.Score,
                Path = ranked.Item.Path,
                Label = ranked.Item.Label,
                ChunkIndex = ranked.Item.ChunkIndex,
                Start = ranked.Item.Start,
                Length = ranked.Item.Length,
                Text = ranked.Item.Text,
                Model = ranked.Item.Model,
            })
            .ToList();
    }
}
