namespace MedDocs.Core.Configuration;

/// <summary>A setting's text as one layer supplied it, with enough detail to say exactly where.</summary>
/// <param name="Text">Trimmed, non-empty text.</param>
/// <param name="Source">The layer.</param>
/// <param name="Name">As written there: variable name, JSON key or parameter name.</param>
/// <param name="FilePath">The config or .env file, for file layers.</param>
/// <param name="Line">1-based line in a .env file.</param>
internal sealed record RawSetting(string Text, SettingSource Source, string Name, string? FilePath = null, int? Line = null)
{
    /// <summary>What <see cref="SettingEntry.Origin"/> shows: the file for file layers, else the name.</summary>
    public string Origin => FilePath ?? Name;

    /// <summary>"LLM_PROVIDER (environment variable)", "Provider (config file /x/config.json)", ...</summary>
    public string Describe() => Source switch
    {
        SettingSource.Environment => $"{Name} (environment variable)",
        SettingSource.DotEnv => $"{Name} (.env file {FilePath}, line {Line})",
        SettingSource.ConfigFile => $"{Name} (config file {FilePath})",
        SettingSource.Parameter => $"{Name} (parameter)",
        _ => $"{Name} ({Source})",
    };
}
