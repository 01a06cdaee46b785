using MedDocs.Core.Embeddings;

namespace MedDocs.Core.Tests.Embeddings;

public sealed class VectorMathTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(33)]
    [InlineData(768)]
    public void DotMatchesTheNaiveSumForAnyLength(int length)
    {
        var random = new Random(length);
        var a = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var b = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var naive = a.Zip(b, (x, y) => (double)x * y).Sum();
        Assert.Equal(naive, VectorMath.Dot(a, b), 4);
    }

    [Fact]
    public void CosineOfIdenticalOppositeAndOrthogonalVectors()
    {
        float[] a = [1, 2, 3, 0];
        Assert.Equal(1f, VectorMath.Cosine(a, [2, 4, 6, 0]), 5);
        Assert.Equal(-1f, VectorMath.Cosine(a, [-1, -2, -3, 0]), 5);
        Assert.Equal(0f, VectorMath.Cosine([1, 0, 0, 0], [0, 0, 0, 5]), 5);
        Assert.Equal(0f, VectorMath.Cosine(a, new float[4]));
    }

    [Fact]
    public void DifferentLengthsAreAnError() =>
        Assert.Contains("differ in length", Assert.Throws<ArgumentException>(() => VectorMath.Cosine(new float[3], new float[4])).Message, StringComparison.Ordinal);

    [Fact]
    public void NormalizeScalesToUnitLengthAndReturnsTheOldNorm()
    {
        float[] v = [3, 4];
        Assert.Equal(5f, VectorMath.Normalize(v), 5);
        Assert.Equal(0.6f, v[0], 5);
        Assert.Equal(0.8f, v[1], 5);
        var zero = new float[3];
        Assert.Equal(0f, VectorMath.Normalize(zero));
        Assert.True(VectorMath.IsZero(zero));
    }

    [Theory]
    [InlineData(512)]
    [InlineData(256)]
    [InlineData(128)]
    [InlineData(64)]
    public void TruncateAndRenormalizeKeepsThePrefixDirection(int dimensions)
    {
        var full = new HashingEmbedder().Embed("Operative report: open reduction and internal fixation of the distal radius.");
        var copy = (float[])full.Clone();
        var truncated = VectorMath.TruncateAndRenormalize(full, dimensions);
        Assert.Equal(dimensions, truncated.Length);
        Assert.Equal(1.0, Math.Sqrt(VectorMath.Dot(truncated, truncated)), 4);
        Assert.Equal(1f, VectorMath.Cosine(truncated, full.AsSpan(0, dimensions)), 5);
        Assert.Equal(copy, full);
    }

    [Fact]
    public void TruncatingBeyondTheLengthIsAnError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VectorMath.TruncateAndRenormalize(new float[64], 128));
}
