namespace MedDocs.Core.Configuration;

/// <summary>
/// Builds <see cref="MedDocsSettings"/> from: defaults &lt; JSON config file &lt; .env &lt;
/// environment variables &lt; explicit parameters. (Placeholder: defaults only, replaced by the
/// configuration work.)
/// </summary>
public static class SettingsLoader
{
    public static EffectiveSettings Load(SettingsRequest request)
    {
        var settings = new MedDocsSettings();
        return new EffectiveSettings(settings, Array.Empty<SettingEntry>());
    }

    public static EffectiveSettings LoadForHost(IReadOnlyDictionary<string, string?> parameters) =>
        Load(new SettingsRequest { Environment = SettingsRequest.ProcessEnvironment(), Parameters = parameters });
}
