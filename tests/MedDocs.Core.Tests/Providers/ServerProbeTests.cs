using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Providers.ProviderTestKit;

namespace MedDocs.Core.Tests.Providers;

/// <summary>What Test-LMStudio / `meddocs health` learns from each kind of server.</summary>
public sealed class ServerProbeTests
{
    private static async Task<ServerStatus> ProbeAsync(ServerTarget target, ProbeOptions? options = null)
    {
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5));
        return await new ServerProbe(http).ProbeAsync(target, options ?? new ProbeOptions { ClientOptions = FastOptions() }, CancellationToken.None);
    }

    [Theory]
    [InlineData(LmStudioApiVersion.V1)]
    [InlineData(LmStudioApiVersion.V0)]
    public async Task LmStudioListsModelsWithTypeLoadedStateFormatQuantizationAndContext(LmStudioApiVersion api)
    {
        await using var server = await StartAsync(SimulatorKind.LMStudio, api);

        var status = await ProbeAsync(TargetFor(server));

        Assert.True(status.Reachable);
        Assert.True(status.Healthy, status.Message);
        Assert.Equal("LM Studio", status.Server);
        Assert.Equal("lmstudio", status.Provider);
        Assert.Equal(4, status.ModelCount);
        Assert.Equal(2, status.LoadedCount);
        var qwen = Assert.Single(status.Models, m => m.Id == "qwen2.5-7b-instruct");
        Assert.Equal(ModelTypes.Llm, qwen.Type);
        Assert.True(qwen.Loaded);
        Assert.Equal("gguf", qwen.Format);
        Assert.Equal("Q4_K_M", qwen.Quantization);
        Assert.Equal(32768, qwen.MaxContextLength);
        Assert.NotNull(qwen.EffectiveContextLength);
        var vision = Assert.Single(status.Models, m => m.Id == "qwen2.5-vl-3b-instruct");
        Assert.Equal(ModelTypes.Vlm, vision.Type);
        Assert.False(vision.Loaded);
        Assert.Equal("mlx", vision.Format);
        var embed = Assert.Single(status.Models, m => m.Id == "text-embedding-nomic-embed-text-v1.5");
        Assert.Equal(ModelTypes.Embeddings, embed.Type);
        Assert.True(embed.Loaded);
        Assert.False(Assert.Single(status.Models, m => m.Id == "meditron-7b").Loaded);
        Assert.Contains("ready", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OllamaJoinsTagsAndPs()
    {
        await using var server = await StartAsync(SimulatorKind.Ollama);

        var status = await ProbeAsync(TargetFor(server));

        Assert.True(status.Healthy, status.Message);
        Assert.StartsWith("Ollama", status.Server, StringComparison.Ordinal);
        var llama = Assert.Single(status.Models, m => m.Id == "llama3.2:3b");
        Assert.True(llama.Loaded);
        Assert.Equal(4096, llama.LoadedContextLength);
        Assert.Equal("Q4_K_M", llama.Quantization);
        Assert.Equal("gguf", llama.Format);
        var embed = Assert.Single(status.Models, m => m.Id == "nomic-embed-text:latest");
        Assert.Equal(ModelTypes.Embeddings, embed.Type);
        Assert.False(embed.Loaded);
    }

    [Fact]
    public async Task OllamaFoundBehindTheDefaultKindGetsOllamaAdvice()
    {
        // `meddocs health --endpoint http://localhost:11434/v1` probes with the LM Studio kind (provider auto).
        await using var server = await StartAsync(SimulatorKind.Ollama);
        var target = new ServerTarget(ProviderKind.LMStudio, server.V1, null);

        var status = await ProbeAsync(target, new ProbeOptions { RequiredModels = ["nomic-embed-text"] });

        Assert.StartsWith("Ollama", status.Server, StringComparison.Ordinal);
        Assert.Equal("ollama", status.Provider);
        Assert.Equal(["nomic-embed-text:latest"], status.NotLoadedModels);
        Assert.Contains("ollama run nomic-embed-text:latest", status.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lms ", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAiListsIdsWithoutLoadedState()
    {
        await using var server = await StartAsync(SimulatorKind.OpenAI);

        var status = await ProbeAsync(TargetFor(server));

        Assert.True(status.Healthy, status.Message);
        Assert.Equal("OpenAI", status.Server);
        Assert.Contains(status.Models, m => m.Id == "gpt-4o-mini");
        // OpenAI's /v1/models says nothing about what a model is for, and MedDocs does not guess from names.
        Assert.All(status.Models, m => Assert.Equal(ModelTypes.Unknown, m.Type));
        Assert.All(status.Models, m => Assert.Null(m.Loaded));
    }

    [Fact]
    public async Task WrongKeyIsReachableButUnhealthy()
    {
        await using var server = await StartAsync(SimulatorKind.OpenAI);

        var status = await ProbeAsync(TargetFor(server) with { ApiKey = "sk-wrong" });

        Assert.True(status.Reachable);
        Assert.False(status.Healthy);
        Assert.Contains("API_KEY", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiredModelNotLoadedSaysLmsLoad()
    {
        await using var server = await StartAsync();

        var status = await ProbeAsync(TargetFor(server), new ProbeOptions { RequiredModels = ["meditron-7b", "qwen2.5-7b-instruct"] });

        Assert.False(status.Healthy);
        Assert.Equal(["meditron-7b"], status.NotLoadedModels);
        Assert.Empty(status.MissingModels);
        Assert.Contains("lms load meditron-7b", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiredModelMissingIsNamed()
    {
        await using var server = await StartAsync();

        var status = await ProbeAsync(TargetFor(server), new ProbeOptions { RequiredModels = ["biomistral-7b"] });

        Assert.False(status.Healthy);
        Assert.Equal(["biomistral-7b"], status.MissingModels);
        Assert.Contains("biomistral-7b", status.Message, StringComparison.Ordinal);
        Assert.Contains("lms get", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiredModelMatchedByConfiguredNameCountsAsPresent()
    {
        await using var server = await StartAsync();

        var status = await ProbeAsync(TargetFor(server), new ProbeOptions { RequiredModels = ["nomic-embed-text-v1.5"] });

        Assert.True(status.Healthy, status.Message);
    }

    [Fact]
    public async Task NoModelLoadedFaultShowsNothingLoaded()
    {
        await using var server = await StartAsync();
        server.Faults.NoModelLoaded = true;

        var status = await ProbeAsync(TargetFor(server), new ProbeOptions { RequiredModels = ["qwen2.5-7b-instruct"] });

        Assert.False(status.Healthy);
        Assert.Equal(0, status.LoadedCount);
        Assert.Contains("lms load qwen2.5-7b-instruct", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpButNotTheApiIsReachableAndUnhealthy()
    {
        await using var server = await StartAsync();
        server.Faults.UnknownRouteEverywhere = true;

        var status = await ProbeAsync(TargetFor(server));

        Assert.True(status.Reachable);
        Assert.False(status.Healthy);
        Assert.Contains("Unexpected endpoint", status.Message, StringComparison.Ordinal);
        Assert.Contains("/v1", status.Message, StringComparison.Ordinal);
        Assert.Empty(status.Models);
    }

    [Theory]
    [InlineData(ProviderKind.LMStudio, "lms server start")]
    [InlineData(ProviderKind.Ollama, "ollama serve")]
    public async Task ClosedPortIsUnreachableWithAnActionableMessage(ProviderKind kind, string hint)
    {
        var target = new ServerTarget(kind, ClosedEndpoint(), null);

        var status = await ProbeAsync(target);

        Assert.False(status.Reachable);
        Assert.False(status.Healthy);
        Assert.Contains("refused the connection", status.Message, StringComparison.Ordinal);
        Assert.Contains(hint, status.Message, StringComparison.Ordinal);
        Assert.Contains(target.Endpoint.ToString(), status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HangingServerIsUnreachableInTime()
    {
        await using var server = await StartAsync();
        server.Faults.HangMs = 30_000;
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromMilliseconds(500));

        var status = await new ServerProbe(http).ProbeAsync(TargetFor(server), new ProbeOptions(), CancellationToken.None);

        Assert.False(status.Healthy);
        Assert.Contains("did not answer in time", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailedTimesOneGeneration()
    {
        await using var server = await StartAsync();
        server.Responder = _ => "ready and waiting for the synthetic documents";

        var status = await ProbeAsync(TargetFor(server) with { ChatModel = null }, new ProbeOptions { Detailed = true, ClientOptions = FastOptions() });

        Assert.True(status.Healthy, status.Message);
        Assert.Equal("qwen2.5-7b-instruct", status.DetailedModel);
        Assert.NotNull(status.TimeToFirstTokenMs);
        Assert.True(status.TokensPerSecond > 0, $"tokens/s {status.TokensPerSecond}");
        Assert.Equal(1, server.Stats.Snapshot().ChatStream);
    }

    [Fact]
    public async Task DetailedGenerationFailureMakesItUnhealthy()
    {
        await using var server = await StartAsync();
        server.Faults.FailNextRequests = 1;
        server.Faults.FailStatus = 500;

        var status = await ProbeAsync(TargetFor(server), new ProbeOptions { Detailed = true, ClientOptions = FastOptions() });

        Assert.True(status.Reachable);
        Assert.False(status.Healthy);
        Assert.Contains("test generation", status.Message, StringComparison.Ordinal);
    }
}
