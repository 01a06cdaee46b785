using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>
/// One concrete server to talk to: its kind, base URL (ending in /v1), API key and chosen models.
/// Produced by <see cref="ProviderResolver"/>; Auto never appears here.
/// </summary>
public sealed record ServerTarget(ProviderKind Kind, Uri Endpoint, string? ApiKey)
{
    public string? ChatModel { get; init; }
    public string? VisionModel { get; init; }
    public string? EmbeddingModel { get; init; }

    /// <summary>Whether this target may be contacted although it is not loopback (the AllowRemote setting).</summary>
    public bool AllowRemote { get; init; }

    /// <summary>The server program found at the endpoint; until a probe says, the one the provider kind implies.</summary>
    public ServerSoftware Software { get; init; } = SoftwareOf(Kind);

    /// <summary>The server's model list as the probe read it (null when not read): context lengths are looked up here.</summary>
    public IReadOnlyList<ModelInfo>? Models { get; init; }

    /// <summary>Tokens one request to <paramref name="model"/> may use, as the server reports it, else <paramref name="fallback"/>.</summary>
    public int ContextFor(string? model, int fallback) =>
        model is not null && Models is not null && ModelMatcher.Find(Models, model) is { } info ? info.ContextFor(fallback) : fallback;

    /// <summary>What a provider kind means before a probe has looked.</summary>
    public static ServerSoftware SoftwareOf(ProviderKind kind) => kind switch
    {
        ProviderKind.LMStudio => ServerSoftware.LMStudio,
        ProviderKind.Ollama => ServerSoftware.Ollama,
        ProviderKind.OpenAI => ServerSoftware.OpenAI,
        _ => ServerSoftware.Unknown,
    };

    /// <summary>Human name used in messages: "LM Studio", "Ollama", "llama.cpp", "vLLM", "OpenAI", "the server".</summary>
    public string Label => Kind == ProviderKind.Builtin ? "the builtin engine" : Software switch
    {
        ServerSoftware.LMStudio => "LM Studio",
        ServerSoftware.Ollama => "Ollama",
        ServerSoftware.LlamaCpp => "llama.cpp",
        ServerSoftware.Vllm => "vLLM",
        ServerSoftware.OpenAI => "OpenAI",
        _ => "the server",
    };

    /// <summary>The endpoint for messages: scheme, host, port and path, never user-info.</summary>
    public string Where => EndpointPolicy.Printable(Endpoint);

    /// <summary>Lower-case provider name as written in records and settings.</summary>
    public string ProviderName => ProviderNames.Format(Kind);

    /// <summary>The server root (the endpoint without a trailing /v1), where native APIs live.</summary>
    public Uri Root
    {
        get
        {
            var text = Endpoint.AbsoluteUri.TrimEnd('/');
            if (text.EndsWith("/v1", StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^3];
            }
            return new Uri(text + "/");
        }
    }

    /// <summary>Endpoint as a base for relative paths ("models", "chat/completions").</summary>
    public Uri ApiBase => new(Endpoint.AbsoluteUri.TrimEnd('/') + "/");

    /// <summary>Kind and endpoint only: the API key never appears in a printed target.</summary>
    public override string ToString() => $"{ProviderName} {Where}";
}
