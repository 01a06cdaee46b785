using MedDocs.Core.Embeddings;

namespace MedDocs.Core.Tests.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 gives the reference model's vectors to 1e-4. Two independent references
/// (Fixtures/minilm_reference.json): leading values printed by the Python sentence-transformers model (sources in the
/// fixture), and full 384-value vectors from transformers.js (its own tokenizer and pooling, generate.mjs) for medical,
/// legal, accented, code-laden and over-long (truncated) texts.
/// </summary>
public sealed class MiniLmReferenceTests
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void LeadingValuesMatchThePythonReference()
    {
        var published = MiniLmFixtures.Reference().Published;
        Assert.Equal(5, published.Count);
        var vectors = MiniLmFixtures.Embedder.Embed(published.Select(p => p.Text).ToList());

        for (var i = 0; i < published.Count; i++)
        {
            for (var k = 0; k < published[i].Prefix.Length; k++)
            {
                Assert.True(Math.Abs(vectors[i][k] - published[i].Prefix[k]) <= Tolerance,
                    $"'{published[i].Text}' value {k}: {vectors[i][k]} vs {published[i].Prefix[k]} ({published[i].Source})");
            }
        }
    }

    [Fact]
    public void WholeVectorsMatchTheIndependentImplementation()
    {
        var computed = MiniLmFixtures.Reference().Computed;
        Assert.True(computed.Count >= 15);
        Assert.Contains(computed, c => c.Ids.Length == MiniLmEmbedder.MaxTokens); // one text is cut to the window
        var vectors = MiniLmFixtures.Embedder.Embed(computed.Select(c => c.Text).ToList());

        for (var i = 0; i < computed.Count; i++)
        {
            Assert.Equal(MiniLmEmbedder.Dimensions, vectors[i].Length);
            var worst = vectors[i].Zip(computed[i].Vector, (a, b) => Math.Abs(a - b)).Max();
            Assert.True(worst <= Tolerance, $"text {i} differs by {worst}");
        }
    }

    [Fact]
    public void VectorsAreUnitLengthAndIndependentOfTheirBatch()
    {
        var texts = new[] { "Short.", "A much longer sentence about a distal radius fracture treated with open reduction and internal fixation.", "" };

        var together = MiniLmFixtures.Embedder.Embed(texts);
        var alone = texts.Select(t => MiniLmFixtures.Embedder.Embed([t])[0]).ToList();

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(1.0, EmbeddingHarness.Norm(together[i]), 5);
            Assert.True(together[i].Zip(alone[i], (a, b) => Math.Abs(a - b)).Max() < 1e-5, "padding changed a vector");
        }
    }

    [Fact]
    public async Task ManyThreadsShareOneModel()
    {
        var texts = Enumerable.Range(0, 24).Select(i => $"Visit {i}: patient reports wrist pain after a fall.").ToList();
        var expected = MiniLmFixtures.Embedder.Embed(texts);

        var parallel = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => MiniLmFixtures.Embedder.Embed(texts))));

        Assert.All(parallel, result => Assert.All(Enumerable.Range(0, texts.Count), i => Assert.Equal(expected[i], result[i])));
        Assert.Same(MiniLmEmbedder.Shared, MiniLmFixtures.Embedder);
    }
}
