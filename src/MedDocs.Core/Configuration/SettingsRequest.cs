namespace MedDocs.Core.Configuration;

/// <summary>
/// Everything the loader reads, passed in explicitly so tests (and parallel runspaces) never
/// depend on process-wide state.
/// </summary>
public sealed record SettingsRequest
{
    /// <summary>Environment variables (name → value). Hosts pass the process environment.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Folder whose .env file is read.</summary>
    public string WorkingDirectory { get; init; } = System.Environment.CurrentDirectory;

    /// <summary>
    /// Explicit cmdlet/CLI parameters, keyed by setting name (e.g. "Provider", "Endpoint",
    /// "Model", "TimeoutSec", "AllowRemote"); values are parsed and validated like any other source.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Parameters { get; init; } = new Dictionary<string, string?>();

    /// <summary>The current process environment, for hosts.</summary>
    public static IReadOnlyDictionary<string, string?> ProcessEnvironment()
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            result[(string)entry.Key] = entry.Value as string;
        }
        return result;
    }
}
