namespace MedDocs.Core.Embeddings;

/// <summary>One candidate of a similarity ranking: the item, its cosine score, and its rank (1 = best).</summary>
public sealed record RankedItem<T>(T Item, float Score, int Rank);
