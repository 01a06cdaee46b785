namespace MedDocs.Core.Providers;

/// <summary>What a server probe should check beyond reachability.</summary>
public sealed record ProbeOptions
{
    /// <summary>Models that must be present and loaded for the server to count as healthy.</summary>
    public IReadOnlyList<string> RequiredModels { get; init; } = Array.Empty<string>();

    /// <summary>Run one tiny generation to measure time to first token and tokens/s.</summary>
    public bool Detailed { get; init; }

    /// <summary>Client settings for the detailed generation.</summary>
    public LlmClientOptions ClientOptions { get; init; } = new();
}
