using MedDocs.Core.Providers;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Providers.ProviderTestKit;

namespace MedDocs.Core.Tests.Providers;

/// <summary>Embeddings: one request per batch, vectors back in input order, clear errors for the wrong model.</summary>
public sealed class LlmClientEmbeddingTests
{
    [Theory]
    [InlineData(SimulatorKind.LMStudio, 768)]
    [InlineData(SimulatorKind.Ollama, 768)]
    [InlineData(SimulatorKind.OpenAI, 1536)]
    public async Task BatchIsOneRequestWithVectorsInInputOrder(SimulatorKind kind, int dimensions)
    {
        await using var server = await StartAsync(kind);
        var inputs = Enumerable.Range(1, 9).Select(i => $"Synthetic chunk {i}: follow-up visit, knee range of motion {90 + i} degrees.").ToList();

        var batch = await ClientFor(server).EmbedAsync(inputs, null, CancellationToken.None);

        Assert.Equal(1, Received(server, EmbeddingsPath));
        Assert.Equal(inputs.Count, server.Stats.Snapshot().EmbeddingInputs);
        Assert.Equal(inputs.Count, batch.Vectors.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var expected = DeterministicEmbedding.Create(inputs[i], dimensions);
            Assert.Equal(dimensions, batch.Vectors[i].Length);
            Assert.Equal(expected[0], batch.Vectors[i][0], 5);
            Assert.Equal(expected[^1], batch.Vectors[i][^1], 5);
        }
    }

    [Theory]
    [InlineData(SimulatorKind.LMStudio)]
    [InlineData(SimulatorKind.Ollama)]
    [InlineData(SimulatorKind.OpenAI)]
    public async Task ChatModelUsedForEmbeddingsIsAClearError(SimulatorKind kind)
    {
        await using var server = await StartAsync(kind);

        var error = await Assert.ThrowsAsync<LlmException>(() =>
            ClientFor(server).EmbedAsync(["Synthetic chunk"], ChatModelOf(kind), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ModelNotFound, error.Kind);
        Assert.Contains("embeddings", error.Problem, StringComparison.Ordinal);
        Assert.Contains("MEDDOCS_EMBEDDING_MODEL", error.Remedy.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoEmbeddingModelConfiguredIsAClearError()
    {
        await using var server = await StartAsync();
        var client = new LlmClient(TargetFor(server) with { EmbeddingModel = null }, FastOptions());

        var error = await Assert.ThrowsAsync<LlmException>(() => client.EmbedAsync(["Synthetic chunk"], null, CancellationToken.None));

        Assert.Equal(LlmErrorKind.ModelNotFound, error.Kind);
        Assert.Contains("MEDDOCS_EMBEDDING_MODEL", error.Remedy.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, Received(server, EmbeddingsPath));
    }
}
