using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Providers;

/// <summary>Shared set-up for provider tests: targets and clients for a running simulator, and a closed port.</summary>
internal static class ProviderTestKit
{
    public const string ChatPath = "POST /v1/chat/completions";
    public const string EmbeddingsPath = "POST /v1/embeddings";
    public const string OpenAiKey = "sk-test-key";

    /// <summary>A small schema with an enum, so invalid answers ("Recipe") are detectable.</summary>
    public const string CategorySchema = """
        {"type":"object","properties":{"category":{"type":"string","enum":["LabReport","Invoice","Letter"]},"confidence":{"type":"number","minimum":0,"maximum":1}},"required":["category","confidence"],"additionalProperties":false}
        """;

    public static readonly string[] Categories = ["LabReport", "Invoice", "Letter"];

    public static ProviderKind KindOf(SimulatorKind kind) => kind switch
    {
        SimulatorKind.Ollama => ProviderKind.Ollama,
        SimulatorKind.OpenAI => ProviderKind.OpenAI,
        _ => ProviderKind.LMStudio,
    };

    public static string ChatModelOf(SimulatorKind kind) => kind switch
    {
        SimulatorKind.Ollama => "llama3.2:3b",
        SimulatorKind.OpenAI => "gpt-4o-mini",
        _ => "qwen2.5-7b-instruct",
    };

    public static string EmbeddingModelOf(SimulatorKind kind) => kind switch
    {
        SimulatorKind.Ollama => "nomic-embed-text:latest",
        SimulatorKind.OpenAI => "text-embedding-3-small",
        _ => "text-embedding-nomic-embed-text-v1.5",
    };

    public static Task<SimulatorServer> StartAsync(SimulatorKind kind = SimulatorKind.LMStudio, LmStudioApiVersion api = LmStudioApiVersion.V1) =>
        SimulatorServer.StartAsync(new SimulatorOptions
        {
            Kind = kind,
            LmStudioApiVersion = api,
            ApiKey = kind == SimulatorKind.OpenAI ? OpenAiKey : null,
        });

    public static ServerTarget TargetFor(SimulatorServer server) =>
        new(KindOf(server.Kind), server.V1, server.Kind == SimulatorKind.OpenAI ? OpenAiKey : null)
        {
            ChatModel = ChatModelOf(server.Kind),
            EmbeddingModel = EmbeddingModelOf(server.Kind),
        };

    /// <summary>Fast retries so fault tests stay quick; the policy is the production one.</summary>
    public static LlmClientOptions FastOptions(int maxRetries = 3, TimeSpan? timeout = null) => new()
    {
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        Timeout = timeout ?? TimeSpan.FromSeconds(30),
    };

    public static LlmClient ClientFor(SimulatorServer server, LlmClientOptions? options = null) =>
        new(TargetFor(server), options ?? FastOptions());

    public static ChatRequest Ask(string text) => new([ChatMessage.System("You sort documents."), ChatMessage.User(text)]);

    /// <summary>How many requests of a route the simulator received (faulted ones included).</summary>
    public static long Received(SimulatorServer server, string methodAndPath) =>
        server.Stats.Snapshot().ByPath.TryGetValue(methodAndPath, out var count) ? count : 0;

    /// <summary>The last chat request body as the server received it.</summary>
    public static JsonElement LastChatBody(SimulatorServer server)
    {
        var request = server.Requests.Last(r => r.Method == "POST" && r.Path == "/v1/chat/completions");
        using var doc = JsonDocument.Parse(request.Body);
        return doc.RootElement.Clone();
    }

    /// <summary>A loopback port nobody listens on: bound once to get a free number, then released.</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static Uri ClosedEndpoint() => new($"http://127.0.0.1:{ClosedPort()}/v1");
}
