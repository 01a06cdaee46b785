using System.Reflection;
using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

public sealed class SettingsCatalogTests
{
    [Fact]
    public void EverySettingsPropertyHasExactlyOneDefinition()
    {
        var properties = typeof(MedDocsSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != "EqualityContract")
            .Select(p => p.Name);

        Assert.Equal(properties.Order(), SettingsCatalog.Definitions.Select(d => d.Name).Order());
    }

    [Fact]
    public void DefaultsComeFromMedDocsSettings()
    {
        Assert.Equal("auto", SettingsCatalog.Find("Provider")!.DefaultValue);
        Assert.Equal(MedDocsSettings.DefaultOllamaEndpoint.AbsoluteUri, SettingsCatalog.Find("OllamaEndpoint")!.DefaultValue);
        Assert.Equal("0.1", SettingsCatalog.Find("Temperature")!.DefaultValue);
        Assert.Equal("false", SettingsCatalog.Find("AllowRemote")!.DefaultValue);
        Assert.Null(SettingsCatalog.Find("ApiKey")!.DefaultValue);
    }

    [Fact]
    public void EnvironmentNamesAreUniqueAcrossSettings()
    {
        var names = SettingsCatalog.Definitions.SelectMany(d => d.EnvironmentNames).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(SettingsCatalog.ConfigFileVariable, names);
    }

    [Fact]
    public void FindByEnvironmentNameKnowsAliases() =>
        Assert.Equal("OllamaEndpoint", SettingsCatalog.FindByEnvironmentName("OLLAMA_HOST")!.Name);

    [Fact]
    public void MarkdownTableHasOneRowPerSettingWithVariablesDefaultAndAllowedValues()
    {
        var lines = SettingsCatalog.RenderMarkdownTable().TrimEnd('\n').Split('\n');

        Assert.Equal("| Setting | Environment variables | Default | Description |", lines[0]);
        Assert.Equal(SettingsCatalog.Definitions.Count + 2, lines.Length);
        // Four cells means five unescaped '|' on every line.
        Assert.All(lines, line => Assert.Equal(5, line.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|')));
        Assert.Contains("| MaxTokens | `MEDDOCS_MAX_TOKENS`, `LMSTUDIO_MAX_TOKENS`, `LM_STUDIO_MAX_TOKENS` | `2048` |", lines[14], StringComparison.Ordinal);
        Assert.Contains("Allowed range is 1 to 1,000,000 (whole number).", lines[14], StringComparison.Ordinal);
        Assert.Contains("| ApiKey | `MEDDOCS_API_KEY`, `OPENAI_API_KEY` | (none) |", lines[13], StringComparison.Ordinal);
    }
}
