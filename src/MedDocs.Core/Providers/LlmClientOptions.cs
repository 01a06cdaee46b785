using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>How the client talks to the server: timeouts, retries and generation defaults.</summary>
public sealed record LlmClientOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(600);
    public int MaxRetries { get; init; } = 3;
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);
    public int MaxTokens { get; init; } = 2048;
    public double Temperature { get; init; } = 0.1;
    public bool AllowRemote { get; init; }

    public static LlmClientOptions From(MedDocsSettings settings) => new()
    {
        Timeout = TimeSpan.FromSeconds(settings.TimeoutSec),
        MaxRetries = settings.MaxRetries,
        MaxTokens = settings.MaxTokens,
        Temperature = settings.Temperature,
        AllowRemote = settings.AllowRemote,
    };
}
