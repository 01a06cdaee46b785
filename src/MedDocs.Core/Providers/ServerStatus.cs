namespace MedDocs.Core.Providers;

/// <summary>What Test-LMStudio / `meddocs health` reports about one server.</summary>
public sealed record ServerStatus
{
    public required string Endpoint { get; init; }
    public required string Provider { get; init; }
    /// <summary>"LM Studio", "Ollama 0.12.3", "OpenAI-compatible", … once identified.</summary>
    public string? Server { get; init; }
    /// <summary>The server program identified (llama.cpp, vLLM, …); Unknown when it could not be told apart.</summary>
    public ServerSoftware Software { get; init; }
    /// <summary>Not contacted: the endpoint policy refused the host (before connecting, or when its name resolved off this machine).</summary>
    public bool RefusedByPolicy { get; init; }
    /// <summary>Something answered on the port.</summary>
    public bool Reachable { get; init; }
    /// <summary>The API answered properly and the required models are loaded.</summary>
    public bool Healthy { get; init; }
    public double? LatencyMs { get; init; }
    public IReadOnlyList<ModelInfo> Models { get; init; } = Array.Empty<ModelInfo>();
    public int ModelCount => Models.Count;
    public int LoadedCount => Models.Count(m => m.Loaded == true);
    public IReadOnlyList<string> MissingModels { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> NotLoadedModels { get; init; } = Array.Empty<string>();
    /// <summary>One line: what is wrong and what to do, or a short all-clear.</summary>
    public required string Message { get; init; }
    public string? DetailedModel { get; init; }
    public double? TimeToFirstTokenMs { get; init; }
    public double? TokensPerSecond { get; init; }
}
