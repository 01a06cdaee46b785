using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Providers.ProviderTestKit;

namespace MedDocs.Core.Tests.Providers;

/// <summary>Auto selection (LM Studio, then Ollama, then builtin), explicit providers, and model auto-pick.</summary>
public sealed class ProviderResolverTests
{
    private static async Task<ResolvedProvider> ResolveAsync(MedDocsSettings settings)
    {
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5));
        return await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
    }

    [Fact]
    public async Task AutoPicksLmStudioWhenItAnswers()
    {
        await using var lmStudio = await StartAsync();
        await using var ollama = await StartAsync(SimulatorKind.Ollama);

        var resolved = await ResolveAsync(new MedDocsSettings { LMStudioEndpoint = lmStudio.V1, OllamaEndpoint = ollama.V1 });

        Assert.Equal(ProviderKind.LMStudio, resolved.Kind);
        Assert.Equal(lmStudio.V1, resolved.Target!.Endpoint);
        Assert.False(resolved.FellBackToBuiltin);
        Assert.Contains("LM Studio", resolved.Note, StringComparison.Ordinal);
        Assert.Equal(0, Received(ollama, "GET /v1/models"));
    }

    [Fact]
    public async Task AutoFallsBackToOllama()
    {
        await using var ollama = await StartAsync(SimulatorKind.Ollama);

        var resolved = await ResolveAsync(new MedDocsSettings { LMStudioEndpoint = ClosedEndpoint(), OllamaEndpoint = ollama.V1 });

        Assert.Equal(ProviderKind.Ollama, resolved.Kind);
        Assert.Equal(ollama.V1, resolved.Target!.Endpoint);
        Assert.Equal("llama3.2:3b", resolved.Target.ChatModel);
        Assert.Equal("nomic-embed-text:latest", resolved.Target.EmbeddingModel);
        Assert.Contains("Ollama", resolved.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutoWithAnExplicitEndpointRecognisesOllama()
    {
        await using var ollama = await StartAsync(SimulatorKind.Ollama);

        var resolved = await ResolveAsync(new MedDocsSettings { Endpoint = ollama.V1, OllamaModel = "llama3.2:3b" });

        Assert.Equal(ProviderKind.Ollama, resolved.Kind);
        Assert.Equal("llama3.2:3b", resolved.Target!.ChatModel);
    }

    [Fact]
    public async Task AutoFallsBackToBuiltinWithANote()
    {
        var resolved = await ResolveAsync(new MedDocsSettings { LMStudioEndpoint = ClosedEndpoint(), OllamaEndpoint = ClosedEndpoint() });

        Assert.Equal(ProviderKind.Builtin, resolved.Kind);
        Assert.True(resolved.IsBuiltin);
        Assert.True(resolved.FellBackToBuiltin);
        Assert.Contains("builtin", resolved.Note, StringComparison.Ordinal);
        Assert.Contains("lms server start", resolved.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutoSkipsAServerThatIsUpButNotTheApi()
    {
        await using var broken = await StartAsync();
        broken.Faults.UnknownRouteEverywhere = true;
        await using var ollama = await StartAsync(SimulatorKind.Ollama);

        var resolved = await ResolveAsync(new MedDocsSettings { LMStudioEndpoint = broken.V1, OllamaEndpoint = ollama.V1 });

        Assert.Equal(ProviderKind.Ollama, resolved.Kind);
    }

    [Fact]
    public async Task ExplicitProviderNeverSwitches()
    {
        await using var lmStudio = await StartAsync();
        var closed = ClosedEndpoint();

        // A down server is said as such, with Ollama's own remedy: not "no model loaded … lms load" later.
        var error = await Assert.ThrowsAsync<LlmException>(() => ResolveAsync(new MedDocsSettings { Provider = ProviderKind.Ollama, OllamaEndpoint = closed, LMStudioEndpoint = lmStudio.V1 }));

        Assert.Equal(LlmErrorKind.NoServer, error.Kind);
        Assert.Equal(closed, error.Endpoint);
        Assert.Contains("refused the connection", error.Message, StringComparison.Ordinal);
        Assert.Contains("ollama serve", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lms", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Received(lmStudio, "GET /v1/models"));
    }

    [Fact]
    public async Task ExplicitBuiltinContactsNoServer()
    {
        var resolved = await ResolveAsync(new MedDocsSettings { Provider = ProviderKind.Builtin });

        Assert.True(resolved.IsBuiltin);
        Assert.False(resolved.FellBackToBuiltin);
    }

    [Fact]
    public async Task ModelsArePickedAndConfiguredNamesMatchedToServerIds()
    {
        await using var lmStudio = await StartAsync();

        var resolved = await ResolveAsync(new MedDocsSettings
        {
            Provider = ProviderKind.LMStudio,
            LMStudioEndpoint = lmStudio.V1,
            EmbeddingModel = "nomic-embed-text-v1.5",
            VisionModel = "qwen2.5-vl-3b-instruct",
        });

        Assert.Equal("qwen2.5-7b-instruct", resolved.Target!.ChatModel);
        Assert.Equal("text-embedding-nomic-embed-text-v1.5", resolved.Target.EmbeddingModel);
        Assert.Equal("qwen2.5-vl-3b-instruct", resolved.Target.VisionModel);
        Assert.Equal(4, resolved.Models!.Count);
    }

    [Fact]
    public async Task FirstLoadedChatModelWinsOverAnEarlierUnloadedOne()
    {
        await using var lmStudio = await StartAsync();
        lmStudio.Models.SetLoaded("qwen2.5-7b-instruct", false);
        lmStudio.Models.SetLoaded("meditron-7b", true);

        var resolved = await ResolveAsync(new MedDocsSettings { Provider = ProviderKind.LMStudio, LMStudioEndpoint = lmStudio.V1 });

        Assert.Equal("meditron-7b", resolved.Target!.ChatModel);
    }

    [Fact]
    public async Task ContextLengthComesFromTheServerList()
    {
        await using var ollama = await StartAsync(SimulatorKind.Ollama);

        var resolved = await ResolveAsync(new MedDocsSettings { Provider = ProviderKind.Ollama, OllamaEndpoint = ollama.V1 });

        Assert.Equal(4096, resolved.ContextLengthOf("llama3.2:3b", 1234));
        Assert.Equal(1234, resolved.ContextLengthOf("no-such-model", 1234));
    }
}
