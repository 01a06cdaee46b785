namespace MedDocs.Core.Configuration;

/// <summary>The loaded settings plus, for each one, where it came from.</summary>
/// <param name="Settings">The typed settings every operation reads.</param>
/// <param name="Entries">One entry per setting, in <see cref="SettingsCatalog"/> order, secrets masked.</param>
public sealed record EffectiveSettings(MedDocsSettings Settings, IReadOnlyList<SettingEntry> Entries)
{
    /// <summary>The JSON config file that was read, or null when none was.</summary>
    public string? ConfigFilePath { get; init; }

    /// <summary>The .env file that was read, or null when the working folder has none.</summary>
    public string? DotEnvFilePath { get; init; }

    /// <summary>Things worth telling the user that do not stop loading, e.g. a misspelt MEDDOCS_* variable.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The entry for a setting name (case-insensitive), or null.</summary>
    public SettingEntry? Find(string name) =>
        Entries.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
