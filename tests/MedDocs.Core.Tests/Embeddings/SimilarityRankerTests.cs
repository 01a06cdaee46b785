using MedDocs.Core.Embeddings;

namespace MedDocs.Core.Tests.Embeddings;

public sealed class SimilarityRankerTests
{
    [Fact]
    public void ReturnsTheKBestInOrderWithRanks()
    {
        float[] query = [1, 0];
        var candidates = new (string, float[])[] { ("orthogonal", [0, 1]), ("same", [2, 0]), ("near", [1, 0.5f]), ("opposite", [-1, 0]) };
        var top = SimilarityRanker.TopK(query, candidates, 2);
        Assert.Equal(["same", "near"], top.Select(r => r.Item));
        Assert.Equal([1, 2], top.Select(r => r.Rank));
        Assert.True(top[0].Score > top[1].Score);
    }

    [Fact]
    public void TiesKeepInputOrderAndKMayExceedTheCount()
    {
        float[] query = [1, 0];
        var candidates = new (int, float[])[] { (1, [1, 1]), (2, [1, -1]), (3, [1, 1]) };
        var top = SimilarityRanker.TopK(query, candidates, 10);
        Assert.Equal([1, 2, 3], top.Select(r => r.Item));
        var best = SimilarityRanker.TopK(query, candidates, 1);
        Assert.Equal(1, Assert.Single(best).Item);
    }

    [Fact]
    public void MismatchedDimensionsAndBadKAreErrors()
    {
        Assert.Throws<ArgumentException>(() => SimilarityRanker.TopK(new float[2], [("a", new float[3])], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SimilarityRanker.TopK(new float[2], [("a", new float[2])], 0));
    }
}
