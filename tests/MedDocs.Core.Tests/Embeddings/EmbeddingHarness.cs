using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Embeddings;

/// <summary>Builds embedding operations against a simulator (or a closed port) the way the hosts do.</summary>
internal static class EmbeddingHarness
{
    public static MedDocsSettings SettingsFor(SimulatorServer server, string? embeddingModel = null) => new()
    {
        Provider = server.Kind == SimulatorKind.Ollama ? ProviderKind.Ollama : ProviderKind.LMStudio,
        LMStudioEndpoint = server.V1,
        OllamaEndpoint = server.V1,
        EmbeddingModel = embeddingModel,
        MaxRetries = 0,
    };

    public static async Task<ResolvedProvider> ResolveAsync(MedDocsSettings settings)
    {
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(settings.ProbeTimeoutSec));
        return await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
    }

    public static async Task<EmbeddingOperation> CreateAsync(MedDocsSettings settings, EmbeddingOptions options) =>
        EmbeddingOperation.Create(await ResolveAsync(settings), LlmClientOptions.From(settings) with { RetryBaseDelay = TimeSpan.FromMilliseconds(10) },
            options, CancellationToken.None);

    public static IReadOnlyList<Document> Texts(int count) =>
        Enumerable.Range(0, count).Select(i => Document.FromText($"Progress note {i}: patient stable, vitals within normal limits, plan unchanged.", $"note-{i}")).ToList();

    /// <summary>The "input" strings of every embeddings request the server received.</summary>
    public static List<string> SentInputs(SimulatorServer server) =>
        server.Requests.Where(r => r.Path == "/v1/embeddings")
            .SelectMany(r =>
            {
                using var body = JsonDocument.Parse(r.Body);
                var input = body.RootElement.GetProperty("input");
                return input.ValueKind == JsonValueKind.String
                    ? [input.GetString()!]
                    : input.EnumerateArray().Select(e => e.GetString()!).ToList();
            })
            .ToList();

    /// <summary>The "model" of every embeddings request the server received.</summary>
    public static List<string> SentModels(SimulatorServer server) =>
        server.Requests.Where(r => r.Path == "/v1/embeddings")
            .Select(r =>
            {
                using var body = JsonDocument.Parse(r.Body);
                return body.RootElement.GetProperty("model").GetString()!;
            })
            .ToList();

    /// <summary>A loopback URL where nothing listens (the port was just released).</summary>
    public static Uri ClosedEndpoint()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1");
    }

    public static double Norm(float[] vector) => Math.Sqrt(vector.Sum(x => (double)x * x));
}
