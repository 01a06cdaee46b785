using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Servers;

/// <summary>
/// A llama.cpp server as users run it: `llama-server -m model.gguf -c 2048 --parallel 4` gives each request 512
/// tokens; an embedding server is a second llama-server started with --embeddings. Settings name only the endpoint:
/// no context length is set by hand, so everything MedDocs knows of the context it has learned from the server.
/// </summary>
internal static class LlamaCppServer
{
    public const int ContextSize = 2048;
    public const int Parallel = 4;
    public const int PerSlot = ContextSize / Parallel;

    public static Task<SimulatorServer> StartChatAsync(double charsPerToken = 4) => SimulatorServer.StartAsync(new SimulatorOptions
    {
        Kind = SimulatorKind.LlamaCpp,
        ContextSize = ContextSize,
        Slots = Parallel,
        CharsPerToken = charsPerToken,
    });

    public static Task<SimulatorServer> StartEmbeddingsAsync(double charsPerToken = 4) => SimulatorServer.StartAsync(new SimulatorOptions
    {
        Kind = SimulatorKind.LlamaCpp,
        ContextSize = ContextSize,
        Slots = Parallel,
        CharsPerToken = charsPerToken,
        Models = DefaultCatalogs.LlamaCppEmbeddings(),
    });

    /// <summary>openai-compatible at the server's endpoint, nothing else: the defaults would assume a 4096-token context.</summary>
    public static MedDocsSettings Settings(SimulatorServer server) => new()
    {
        Provider = ProviderKind.OpenAICompatible,
        Endpoint = server.V1,
        MaxRetries = 0,
    };

    public static async Task<ResolvedProvider> ResolveAsync(MedDocsSettings settings)
    {
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5));
        return await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
    }

    /// <summary>Server errors counted by the simulator: a context overflow would be one.</summary>
    public static long Errors(SimulatorServer server) => server.Stats.Snapshot().Errors;
}
