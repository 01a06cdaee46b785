using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Providers;
using MedDocs.Core.Tests.Embeddings;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Servers;

/// <summary>
/// Issue 13, items 2 and 5: the embedding context comes from the server or the EmbeddingContextLength setting (no
/// longer a fixed 2048), inputs are cut to it, one oversized input no longer fails the rest of its request, and a
/// model the user named is used even when its name says nothing about embeddings.
/// </summary>
public sealed class EmbeddingContextTests
{
    [Fact]
    public async Task TheSettingSizesInputsWhenTheServerSaysNothing()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.OpenAI, ApiKey = "sk-test" });
        var settings = new MedDocsSettings
        {
            Provider = ProviderKind.OpenAICompatible, Endpoint = server.V1, ApiKey = "sk-test", EmbeddingModel = "text-embedding-3-small", EmbeddingContextLength = 128,
        };
        using var operation = EmbeddingOperation.Create(await LlamaCppServer.ResolveAsync(settings), LlmClientOptions.From(settings), new EmbeddingOptions(), CancellationToken.None);

        var record = Assert.Single(await operation.RunAsync([Document.FromText(new string('a', 40) + " " + string.Join(' ', Enumerable.Repeat("word", 400)), "x")], CancellationToken.None)).Record!;

        Assert.Equal(128, operation.ContextTokens);
        Assert.True(record.Truncated);
        Assert.True(EmbeddingHarness.SentInputs(server).Single().Length <= (128 - 16) * 4);
    }

    [Theory]
    [InlineData("gte-small")]
    [InlineData("e5-base")]
    [InlineData("my-embedder")]
    public async Task AModelTheUserNamedIsUsedWhateverItsName(string name)
    {
        // llama-server serves its one model under whatever name a request gives (an alias, say): nothing to refuse.
        await using var server = await LlamaCppServer.StartEmbeddingsAsync();
        var settings = LlamaCppServer.Settings(server) with { EmbeddingModel = name };
        using var operation = EmbeddingOperation.Create(await LlamaCppServer.ResolveAsync(settings), LlmClientOptions.From(settings), new EmbeddingOptions(), CancellationToken.None);

        var outcome = Assert.Single(await operation.RunAsync(EmbeddingHarness.Texts(1), CancellationToken.None));

        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        Assert.Equal(name, Assert.Single(EmbeddingHarness.SentModels(server)));
    }

    [Fact]
    public async Task ALlamaCppChatServerAskedForEmbeddingsSaysToStartOneWithEmbeddings()
    {
        await using var server = await LlamaCppServer.StartChatAsync();
        var settings = LlamaCppServer.Settings(server) with { EmbeddingModel = "nomic-embed-text" };
        using var operation = EmbeddingOperation.Create(await LlamaCppServer.ResolveAsync(settings), LlmClientOptions.From(settings), new EmbeddingOptions(), CancellationToken.None);

        var outcome = Assert.Single(await operation.RunAsync(EmbeddingHarness.Texts(1), CancellationToken.None));

        var error = Assert.IsType<LlmException>(outcome.Error);
        Assert.Contains("--embeddings", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lms ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneOversizedInputNoLongerFailsTheOthersInItsRequest()
    {
        // The server's tokenizer is denser than MedDocs' estimate (3 characters a token, not 4): a text MedDocs cut to
        // "fit" is still over llama.cpp's 512-token batch, and llama.cpp fails the whole request with HTTP 500.
        await using var server = await LlamaCppServer.StartEmbeddingsAsync(charsPerToken: 3);
        var settings = LlamaCppServer.Settings(server);
        using var operation = EmbeddingOperation.Create(await LlamaCppServer.ResolveAsync(settings), LlmClientOptions.From(settings), new EmbeddingOptions { BatchSize = 8 }, CancellationToken.None);
        var documents = EmbeddingHarness.Texts(7).Append(Document.FromText(string.Join(' ', Enumerable.Repeat("Oversized discharge summary text.", 200)), "big")).ToList();

        var outcomes = await operation.RunAsync(documents, CancellationToken.None);

        Assert.Equal(documents.Count, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.Message));
        Assert.True(Assert.Single(outcomes, o => o.SourceName == "big").Record!.Truncated);
        Assert.True(server.Stats.Snapshot().Errors > 0, "the server did refuse the first request");
        Assert.True(operation.Requests > 1);
    }
}
