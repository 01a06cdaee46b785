namespace MedDocs.Core.Configuration;

/// <summary>Checks that need more than one setting: a provider that cannot work as configured is an error now, not at the first request.</summary>
internal static class SettingsConsistency
{
    public static void Check(MedDocsSettings settings, IReadOnlyDictionary<SettingDefinition, RawSetting> winners)
    {
        var provider = SettingsCatalog.Find(nameof(MedDocsSettings.Provider))!;
        var providerRaw = winners.GetValueOrDefault(provider);
        // The provider choice is what makes the missing value necessary, so the error points at it.
        var source = providerRaw?.Source ?? SettingSource.Default;
        var origin = providerRaw?.Origin;
        var providerOrigin = providerRaw?.Describe() ?? "the default";
        if (settings.Provider == ProviderKind.OpenAICompatible && settings.Endpoint is null)
        {
            var endpoint = SettingsCatalog.Find(nameof(MedDocsSettings.Endpoint))!;
            throw new SettingsException(endpoint.Name, source, origin,
                HostMessage.Of($"Provider is openai-compatible (from {providerOrigin}) but no Endpoint is set: set {endpoint.EnvironmentVariable}, \"Endpoint\" in the config file or {HostOption.Setting("Endpoint")} to the server's base URL, e.g. http://localhost:8000/v1."));
        }
        if (settings.Provider == ProviderKind.OpenAI && settings.ApiKey is null)
        {
            var apiKey = SettingsCatalog.Find(nameof(MedDocsSettings.ApiKey))!;
            throw new SettingsException(apiKey.Name, source, origin,
                $"Provider is openai (from {providerOrigin}) but no API key is set: set OPENAI_API_KEY (or {apiKey.EnvironmentVariable}, or \"ApiKey\" in the config file).");
        }
    }
}
