namespace MedDocs.Core.Embeddings;

/// <summary>Top-k nearest candidates by cosine similarity, in one pass with a bounded heap (O(n log k)).</summary>
public static class SimilarityRanker
{
    /// <summary>
    /// The <paramref name="k"/> candidates most similar to <paramref name="query"/>, best first. Ties keep input order,
    /// so the result is deterministic.
    /// </summary>
    public static IReadOnlyList<RankedItem<T>> TopK<T>(float[] query, IEnumerable<(T Item, float[] Vector)> candidates, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);

        // Min-heap on (score, -position): the root is the weakest kept candidate, and among equal scores the latest.
        var heap = new PriorityQueue<(T Item, float Score, long Position), (float Score, long NegativePosition)>(k + 1);
        long position = 0;
        foreach (var (item, vector) in candidates)
        {
            if (vector is null || vector.Length != query.Length)
            {
                throw new ArgumentException(
                    $"Candidate {position} has {vector?.Length ?? 0} dimensions but the query has {query.Length}; embed both with the same model.",
                    nameof(candidates));
            }

            var score = VectorMath.Cosine(query, vector);
            heap.Enqueue((item, score, position), (score, -position));
            if (heap.Count > k)
            {
                heap.Dequeue();
            }

            position++;
        }

        var kept = new List<(T Item, float Score, long Position)>(heap.Count);
        while (heap.TryDequeue(out var entry, out _))
        {
            kept.Add(entry);
        }

        return [.. kept
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.Position)
            .Select((e, i) => new RankedItem<T>(e.Item, e.Score, i + 1))];
    }
}
