using System.Globalization;

namespace MedDocs.Core.Configuration;

/// <summary>
/// What a host's command line adds on top of the other setting layers (PowerShell parameters, CLI options): the one
/// place that turns them into setting names, so -Model and --model, -NoCache and --no-cache mean the same setting.
/// Values are parsed and validated like any other source.
/// </summary>
public sealed record SettingOverrides
{
    public string? Provider { get; init; }
    public string? Endpoint { get; init; }
    public string? Model { get; init; }
    public int? TimeoutSec { get; init; }
    public bool AllowRemote { get; init; }
    public bool NoCache { get; init; }

    /// <summary>Secret: the password for encrypted PDFs (PdfPassword).</summary>
    public string? PdfPassword { get; init; }

    /// <summary>The setting the model argument names: the chat model, or EmbeddingModel for the embedding commands.</summary>
    public string ModelSetting { get; init; } = "Model";

    /// <summary>Command-specific settings (e.g. CategoryThreshold), by setting name.</summary>
    public IReadOnlyDictionary<string, string?> Extra { get; init; } = new Dictionary<string, string?>();

    /// <summary>The overrides by setting name, as <see cref="SettingsLoader.LoadForHost"/> takes them.</summary>
    public Dictionary<string, string?> ToDictionary()
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        Add(overrides, "Provider", Provider);
        Add(overrides, "Endpoint", Endpoint);
        Add(overrides, ModelSetting, Model);
        Add(overrides, "TimeoutSec", TimeoutSec?.ToString(CultureInfo.InvariantCulture));
        Add(overrides, "AllowRemote", AllowRemote ? "true" : null);
        Add(overrides, "Cache", NoCache ? "false" : null);
        Add(overrides, "PdfPassword", PdfPassword);
        foreach (var (name, value) in Extra)
        {
            Add(overrides, name, value);
        }
        return overrides;
    }

    private static void Add(Dictionary<string, string?> overrides, string name, string? value)
    {
        if (value is not null)
        {
            overrides[name] = value;
        }
    }
}
