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

    /// <summary>Human name used in messages: "LM Studio", "Ollama", "OpenAI", "the server".</summary>
    public string Label => Kind switch
    {
        ProviderKind.LMStudio => "LM Studio",
        ProviderKind.Ollama => "Ollama",
        ProviderKind.OpenAI => "OpenAI",
        ProviderKind.Builtin => "the builtin engine",
        _ => "the server",
    };

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
}
