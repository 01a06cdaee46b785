using MedDocs.Core.Providers;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Providers.ProviderTestKit;

namespace MedDocs.Core.Tests.Providers;

/// <summary>Servers' error answers (both JSON shapes, and 200-with-error) become one clear LlmException.</summary>
public sealed class LlmClientErrorTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NoModelLoadedInEitherErrorShapeSaysLmsLoad(bool plainString)
    {
        await using var server = await StartAsync();
        server.Faults.NoModelLoaded = true;
        server.Faults.PlainStringErrorNext = plainString ? 1 : 0;
        var client = ClientFor(server);

        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.NoModelLoaded, error.Kind);
        Assert.Contains("lms load", error.Remedy.ToString(), StringComparison.Ordinal);
        Assert.Contains("No models loaded", error.Message, StringComparison.Ordinal);
        Assert.Contains(server.V1.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Faults.PlainStringErrorNext);
    }

    [Fact]
    public async Task OllamaMissingModelSaysOllamaPull()
    {
        // Ollama loads on demand; its "nothing there" is a 404 model-not-found.
        await using var server = await StartAsync(SimulatorKind.Ollama);

        var error = await Assert.ThrowsAsync<LlmException>(() =>
            ClientFor(server).CompleteAsync(Ask("Synthetic note") with { Model = "biomistral:7b" }, CancellationToken.None));

        Assert.Equal(LlmErrorKind.ModelNotFound, error.Kind);
        Assert.Contains("ollama pull", error.Remedy.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SimulatorKind.LMStudio, "text-embedding-nomic-embed-text-v1.5")]
    [InlineData(SimulatorKind.Ollama, "nomic-embed-text:latest")]
    [InlineData(SimulatorKind.OpenAI, "text-embedding-3-small")]
    public async Task EmbeddingModelUsedForChatIsAClearError(SimulatorKind kind, string model)
    {
        await using var server = await StartAsync(kind);

        var error = await Assert.ThrowsAsync<LlmException>(() =>
            ClientFor(server).CompleteAsync(Ask("Synthetic note") with { Model = model }, CancellationToken.None));

        Assert.Equal(LlmErrorKind.ModelNotFound, error.Kind);
        Assert.Contains("chat model", error.Remedy.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ServerFailureTextReachesTheMessageInEitherShape(bool plainString)
    {
        await using var server = await StartAsync();
        server.Faults.FailNextRequests = 1;
        server.Faults.FailStatus = 500;
        server.Faults.PlainStringErrorNext = plainString ? 1 : 0;
        var client = ClientFor(server);

        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ServerError, error.Kind);
        Assert.Matches("HTTP 500[^:]*: \"", error.Message);
        Assert.DoesNotContain("{", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SimulatorKind.LMStudio, "meditron-7b", "lms load meditron-7b --context-length")]
    [InlineData(SimulatorKind.OpenAI, "gpt-4o-mini", "larger context")]
    public async Task PromptLongerThanTheContextIsContextOverflow(SimulatorKind kind, string model, string remedy)
    {
        await using var server = await StartAsync(kind);
        var client = ClientFor(server);
        var longText = string.Join(' ', Enumerable.Repeat("Synthetic progress note, patient ambulating well.", 12_000));

        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Ask(longText) with { Model = model }, CancellationToken.None));

        Assert.Equal(LlmErrorKind.ContextOverflow, error.Kind);
        Assert.Contains(remedy, error.Remedy.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ambulating", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoHundredWithUnexpectedEndpointIsNotAnApiServer()
    {
        await using var server = await StartAsync();
        server.Faults.UnknownRouteEverywhere = true;

        var error = await Assert.ThrowsAsync<LlmException>(() => ClientFor(server).CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.NotAnApiServer, error.Kind);
        Assert.Contains("/v1", error.Remedy.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SimulatorKind.LMStudio)]
    [InlineData(SimulatorKind.Ollama)]
    [InlineData(SimulatorKind.OpenAI)]
    public async Task UnknownModelIsModelNotFound(SimulatorKind kind)
    {
        await using var server = await StartAsync(kind);

        var error = await Assert.ThrowsAsync<LlmException>(() =>
            ClientFor(server).CompleteAsync(Ask("Synthetic note") with { Model = "no-such-model-9b" }, CancellationToken.None));

        Assert.Equal(LlmErrorKind.ModelNotFound, error.Kind);
        Assert.Contains("no-such-model-9b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongApiKeyIsUnauthorized()
    {
        await using var server = await StartAsync(SimulatorKind.OpenAI);
        var client = new LlmClient(TargetFor(server) with { ApiKey = "sk-wrong" }, FastOptions());

        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.Unauthorized, error.Kind);
        Assert.DoesNotContain("sk-wrong", error.Message, StringComparison.Ordinal);
    }
}
