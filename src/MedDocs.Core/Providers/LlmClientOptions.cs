using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>How the client talks to the server: timeouts, retries, generation defaults and the context fallback.</summary>
public sealed record LlmClientOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(600);
    public int MaxRetries { get; init; } = 3;
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);
    public int MaxTokens { get; init; } = 2048;
    public double Temperature { get; init; } = 0.1;
    public bool AllowRemote { get; init; }

    /// <summary>Context (tokens per request) assumed for a chat model the server reports nothing about.</summary>
    public int ContextLength { get; init; } = 4096;

    /// <summary>Context assumed for an embedding model the server reports nothing about.</summary>
    public int EmbeddingContextLength { get; init; } = 2048;

    /// <summary>
    /// The server's parallel slots: the size of the endpoint's request gate (ServerSlots setting). Null leaves the
    /// gate as it is (a new one gets <see cref="Requests.RequestGates.DefaultSize"/>).
    /// </summary>
    public int? ServerSlots { get; init; }

    /// <summary>Told of every TCP connection before it is opened (tests prove with it that refused hosts see none).</summary>
    public ConnectObserver? ConnectObserver { get; init; }

    public static LlmClientOptions From(MedDocsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new()
        {
            Timeout = TimeSpan.FromSeconds(settings.TimeoutSec),
            MaxRetries = settings.MaxRetries,
            MaxTokens = settings.MaxTokens,
            Temperature = settings.Temperature,
            AllowRemote = settings.AllowRemote,
            ContextLength = settings.ContextLength,
            EmbeddingContextLength = settings.EmbeddingContextLength,
            ServerSlots = settings.ServerSlots,
        };
    }
}
