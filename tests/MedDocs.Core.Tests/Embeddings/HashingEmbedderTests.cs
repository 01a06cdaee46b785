using MedDocs.Core.Embeddings;

namespace MedDocs.Core.Tests.Embeddings;

public sealed class HashingEmbedderTests
{
    private readonly HashingEmbedder _embedder = new();

    [Fact]
    public void FnvMatchesAnIndependentReferenceImplementation()
    {
        // Reference value computed outside .NET (Python FNV-1a 64 over the UTF-16LE bytes of "ab").
        Assert.Equal(0xab40d7820d408076UL, Fnv1a64.Append(Fnv1a64.OffsetBasis, "ab"));
    }

    [Fact]
    public void NameVersionAndDefaultsDescribeTheModel()
    {
        Assert.Equal("meddocs-hashing-v1", _embedder.ModelName);
        Assert.Equal(768, _embedder.Dimensions);
        Assert.Equal(768, _embedder.Embed("lumbar strain").Length);
    }

    [Theory]
    [InlineData(256)]
    [InlineData(1024)]
    [InlineData(4096)]
    public void DimensionsAreConfigurableAndVectorsAreUnitLength(int dimensions)
    {
        var vector = new HashingEmbedder(dimensions).Embed("Patient reports neck pain after a rear-end collision.");
        Assert.Equal(dimensions, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(VectorMath.Dot(vector, vector)), 4);
    }

    [Theory]
    [InlineData(255)]
    [InlineData(4097)]
    [InlineData(0)]
    public void DimensionsOutsideTheRangeAreRejected(int dimensions)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new HashingEmbedder(dimensions));
        Assert.Contains("between 256 and 4096", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameTextGivesTheSameVectorAcrossInstances() =>
        Assert.Equal(new HashingEmbedder().Embed("Case No. 2024-CA-1234 complaint"), new HashingEmbedder().Embed("Case No. 2024-CA-1234 complaint"));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("--- ... !!!")]
    public void TextWithoutWordsGivesAZeroVectorAndFalse(string text)
    {
        Assert.False(_embedder.TryEmbed(text, out var vector));
        Assert.True(VectorMath.IsZero(vector));
        Assert.Equal(0f, VectorMath.Cosine(vector, _embedder.Embed("anything")));
    }

    [Fact]
    public void CaseAndUnicodeWidthDoNotMatter()
    {
        // Full-width letters (common in OCR output of some scanners) normalise to plain ones under NFKC.
        Assert.Equal(1f, VectorMath.Cosine(_embedder.Embed("MRI LUMBAR SPINE"), _embedder.Embed("ＭＲＩ lumbar spine")), 5);
    }

    [Fact]
    public void SharedWordsAndSpellingsScoreHigherThanUnrelatedText()
    {
        var query = _embedder.Embed("MRI of the lumbar spine shows an L4-L5 disc herniation.");
        var misspelled = _embedder.Embed("MRl of the lumbar spinc shows an L4-L5 disk hemiation.");
        var unrelated = _embedder.Embed("Defendant served interrogatories and a request for production.");
        Assert.True(VectorMath.Cosine(query, misspelled) > 0.5f);
        Assert.True(VectorMath.Cosine(query, misspelled) > VectorMath.Cosine(query, unrelated) + 0.3f);
    }

    [Fact]
    public void BatchEmbeddingEqualsOneByOneAndIsThreadSafe()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Progress note {i}: cervical strain, visit {i * 7}.").ToList();
        var batch = _embedder.Embed(texts);
        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(_embedder.Embed).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(_embedder.Embed(texts[i]), batch[i]);
            Assert.Equal(batch[i], parallel[i]);
        }
    }
}
