using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Servers;

/// <summary>
/// Issue 13, items 2 and 3: what each server reports is what MedDocs reads — the server program, each model's type
/// (never guessed from its name), loaded state and the context one request gets.
/// </summary>
public sealed class ServerDetectionTests
{
    [Fact]
    public async Task LlamaCppIsRecognisedAndItsPerSlotContextLearned()
    {
        await using var server = await LlamaCppServer.StartChatAsync();

        var status = await HealthCheck.RunAsync(LlamaCppServer.Settings(server), new ProbeOptions(), CancellationToken.None);

        Assert.True(status.Healthy, status.Message);
        Assert.Equal(ServerSoftware.LlamaCpp, status.Software);
        Assert.Equal("llama.cpp", status.Server);
        var model = Assert.Single(status.Models);
        Assert.Equal(LlamaCppServer.PerSlot, model.EffectiveContextLength);
        Assert.Equal(32768, model.MaxContextLength); // meta.n_ctx_train
        Assert.True(model.Loaded);
        Assert.Equal(ModelTypes.Unknown, model.Type); // llama-server does not say chat or embeddings
    }

    [Fact]
    public async Task LlamaCppStillLoadingIsNotHealthy()
    {
        await using var server = await LlamaCppServer.StartChatAsync();
        server.Faults.NoModelLoaded = true;

        var status = await HealthCheck.RunAsync(LlamaCppServer.Settings(server), new ProbeOptions(), CancellationToken.None);

        Assert.False(status.Healthy);
        Assert.Contains("loading", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VllmIsRecognisedAndMaxModelLenLearned()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Vllm, ContextSize = 3000 });

        var provider = await LlamaCppServer.ResolveAsync(LlamaCppServer.Settings(server));

        Assert.Equal(ServerSoftware.Vllm, provider.Target!.Software);
        Assert.Equal("vLLM", provider.Target.Label);
        Assert.Equal("Qwen/Qwen2.5-7B-Instruct", provider.Target.ChatModel);
        Assert.Equal(3000, provider.ContextLengthOf(provider.Target.ChatModel, 4096));
    }

    [Fact]
    public async Task OllamaTypesComeFromCapabilitiesAndContextFromPsOrNumCtx()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Ollama });
        server.Models.Upsert(new SimulatedModel("my-embedder", SimulatedModelType.Embeddings, "library", "bert", ModelFormat.Gguf, "F16", 512));
        server.Models.Upsert(new SimulatedModel("gte-small", SimulatedModelType.Llm, "library", "llama", ModelFormat.Gguf, "Q4_K_M", 131072) { NumCtxParameter = 8192 });

        var status = await HealthCheck.RunAsync(new MedDocsSettings { Provider = ProviderKind.Ollama, OllamaEndpoint = server.V1 }, new ProbeOptions(), CancellationToken.None);

        var models = status.Models.ToDictionary(m => m.Id);
        Assert.Equal(ModelTypes.Llm, models["llama3.2:3b"].Type);
        Assert.Equal(ModelTypes.Vlm, models["qwen2.5vl:3b"].Type);
        Assert.Equal(ModelTypes.Embeddings, models["nomic-embed-text:latest"].Type);
        // Names mislead both ways: the server's word decides.
        Assert.Equal(ModelTypes.Embeddings, models["my-embedder"].Type);
        Assert.Equal(ModelTypes.Llm, models["gte-small"].Type);
        Assert.Equal(4096, models["llama3.2:3b"].ContextFor(99_999));       // /api/ps: loaded with 4096
        Assert.Equal(8192, models["gte-small"].ContextFor(4096));           // /api/show: PARAMETER num_ctx 8192
        Assert.Equal(4096, models["qwen2.5vl:3b"].ContextFor(4096));        // not loaded, no num_ctx: the setting, not 128000
        Assert.Equal(128000, models["qwen2.5vl:3b"].MaxContextLength);
    }

    [Fact]
    public async Task AnOpenAiCompatibleServerThatSaysNothingKeepsTypesUnknownAndUsesTheSetting()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.OpenAI, ApiKey = "sk-test" });
        var settings = new MedDocsSettings { Provider = ProviderKind.OpenAICompatible, Endpoint = server.V1, ApiKey = "sk-test", ContextLength = 3072 };

        var provider = await LlamaCppServer.ResolveAsync(settings);

        Assert.Equal(ServerSoftware.Unknown, provider.Target!.Software);
        Assert.All(provider.Models!, m => Assert.Equal(ModelTypes.Unknown, m.Type));
        Assert.Equal(3072, provider.ContextLengthOf(provider.Target.ChatModel, settings.ContextLength));
    }

    [Theory]
    [InlineData("OpenAICompatible")]
    [InlineData("openai-compatible")]
    [InlineData("compatible")]
    public void TheCmdletsSpellingOfOpenAiCompatibleIsAccepted(string name)
    {
        // -Provider OpenAICompatible is how the cmdlets offer llama.cpp and vLLM endpoints.
        Assert.True(ProviderNames.TryParse(name, out var kind));
        Assert.Equal(ProviderKind.OpenAICompatible, kind);
    }
}
