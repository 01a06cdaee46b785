using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

public sealed class LayerPrecedenceTests : IDisposable
{
    private readonly SettingsSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public void NothingSetGivesDefaultsWithDefaultSource()
    {
        var effective = sandbox.Load();

        Assert.Equal(new MedDocsSettings(), effective.Settings);
        Assert.All(effective.Entries, e => Assert.Equal(nameof(SettingSource.Default), e.Source));
        Assert.All(effective.Entries, e => Assert.Null(e.Origin));
        Assert.Null(effective.ConfigFilePath);
        Assert.Null(effective.DotEnvFilePath);
    }

    [Fact]
    public void EntriesListEverySettingInTableOrder()
    {
        var effective = sandbox.Load();

        Assert.Equal(SettingsCatalog.Definitions.Select(d => d.Name), effective.Entries.Select(e => e.Name));
        Assert.Equal("auto", effective.Find("provider")!.Value);
        Assert.Equal("600", effective.Find("TimeoutSec")!.Value);
        Assert.Null(effective.Find("Model")!.Value);
    }

    [Fact]
    public void ConfigFileOverridesDefaults()
    {
        var path = sandbox.WriteDefaultConfig("""{"Provider":"lmstudio","LMStudioEndpoint":"http://localhost:1234/v1","TimeoutSec":900}""");

        var effective = sandbox.Load();

        Assert.Equal(ProviderKind.LMStudio, effective.Settings.Provider);
        Assert.Equal(900, effective.Settings.TimeoutSec);
        Assert.Equal(path, effective.ConfigFilePath);
        var entry = effective.Find("TimeoutSec")!;
        Assert.Equal(nameof(SettingSource.ConfigFile), entry.Source);
        Assert.Equal(path, entry.Origin);
        Assert.Equal(nameof(SettingSource.Default), effective.Find("MaxTokens")!.Source);
    }

    [Fact]
    public void DotEnvOverridesConfigFile()
    {
        sandbox.WriteDefaultConfig("""{"TimeoutSec":900,"MaxTokens":100}""");
        var dotEnv = sandbox.WriteDotEnv("MEDDOCS_TIMEOUT_SEC=120\n");

        var effective = sandbox.Load();

        Assert.Equal(120, effective.Settings.TimeoutSec);
        Assert.Equal(100, effective.Settings.MaxTokens);
        Assert.Equal(new SettingEntry("TimeoutSec", "120", SettingSource.DotEnv, dotEnv), effective.Find("TimeoutSec"));
        Assert.Equal(dotEnv, effective.DotEnvFilePath);
    }

    [Fact]
    public void EnvironmentOverridesDotEnv()
    {
        sandbox.WriteDotEnv("LLM_PROVIDER=ollama\nMEDDOCS_MAX_RETRIES=5\n");
        sandbox.Environment["LLM_PROVIDER"] = "builtin";

        var effective = sandbox.Load();

        Assert.Equal(ProviderKind.Builtin, effective.Settings.Provider);
        Assert.Equal(5, effective.Settings.MaxRetries);
        Assert.Equal(new SettingEntry("Provider", "builtin", SettingSource.Environment, "LLM_PROVIDER"), effective.Find("Provider"));
    }

    [Fact]
    public void ParametersOverrideEnvironment()
    {
        sandbox.Environment["MEDDOCS_MODEL"] = "qwen2.5-7b-instruct";
        sandbox.Parameters["Model"] = "llama-3.1-8b-instruct";

        var effective = sandbox.Load();

        Assert.Equal("llama-3.1-8b-instruct", effective.Settings.Model);
        Assert.Equal(new SettingEntry("Model", "llama-3.1-8b-instruct", SettingSource.Parameter, "Model"), effective.Find("Model"));
    }

    [Fact]
    public void AllFiveLayersTogetherEachWinTheirOwnSetting()
    {
        sandbox.WriteDefaultConfig("""{"MaxTokens":111,"TimeoutSec":222,"MaxRetries":3,"ThrottleLimit":8}""");
        sandbox.WriteDotEnv("MEDDOCS_TIMEOUT_SEC=333\nMEDDOCS_MAX_RETRIES=4\nMEDDOCS_THROTTLE_LIMIT=9\n");
        sandbox.Environment["MEDDOCS_MAX_RETRIES"] = "5";
        sandbox.Environment["MEDDOCS_THROTTLE_LIMIT"] = "10";
        sandbox.Parameters["ThrottleLimit"] = "11";

        var settings = sandbox.Load().Settings;

        Assert.Equal((111, 333, 5, 11), (settings.MaxTokens, settings.TimeoutSec, settings.MaxRetries, settings.ThrottleLimit));
        Assert.Equal(new MedDocsSettings().ContextLength, settings.ContextLength);
    }

    [Fact]
    public void EmptyValuesCountAsUnset()
    {
        sandbox.WriteDefaultConfig("""{"Model":"from-file","TimeoutSec":null}""");
        sandbox.WriteDotEnv("MEDDOCS_MODEL=\n");
        sandbox.Environment["MEDDOCS_MODEL"] = "   ";
        sandbox.Parameters["Model"] = "";

        var effective = sandbox.Load();

        Assert.Equal("from-file", effective.Settings.Model);
        Assert.Equal(nameof(SettingSource.ConfigFile), effective.Find("Model")!.Source);
        Assert.Equal(nameof(SettingSource.Default), effective.Find("TimeoutSec")!.Source);
    }

    [Fact]
    public void AnInvalidValueThatIsOverriddenIsNotAnError()
    {
        // LLM_PROVIDER may belong to another tool; MedDocs' own variable wins and is all that counts.
        sandbox.Environment["LLM_PROVIDER"] = "some-other-tool";
        sandbox.Environment["MEDDOCS_PROVIDER"] = "ollama";

        Assert.Equal(ProviderKind.Ollama, sandbox.Load().Settings.Provider);
    }

    [Fact]
    public void MedDocsConfigPointsAtAnotherFileRelativeToTheWorkingDirectory()
    {
        sandbox.WriteDefaultConfig("""{"MaxTokens":1}""");
        var custom = sandbox.WriteFile(Path.Combine(sandbox.WorkingDirectory, "conf", "team.json"), """{"MaxTokens":4096}""");
        sandbox.Environment["MEDDOCS_CONFIG"] = Path.Combine("conf", "team.json");

        var effective = sandbox.Load();

        Assert.Equal(4096, effective.Settings.MaxTokens);
        Assert.Equal(custom, effective.ConfigFilePath);
    }

    [Fact]
    public void MedDocsConfigMayComeFromDotEnv()
    {
        var custom = sandbox.WriteFile("project.json", """{"OllamaModel":"llama3.2"}""");
        sandbox.WriteDotEnv($"MEDDOCS_CONFIG={custom}\n");

        Assert.Equal("llama3.2", sandbox.Load().Settings.OllamaModel);
    }

    [Fact]
    public void DotEnvInAParentFolderIsNotRead()
    {
        sandbox.WriteFile(Path.Combine(sandbox.Root, ".env"), "MEDDOCS_MAX_TOKENS=7\n");
        var child = Directory.CreateDirectory(Path.Combine(sandbox.WorkingDirectory, "child")).FullName;
        sandbox.WriteFile(Path.Combine(sandbox.WorkingDirectory, ".env"), "MEDDOCS_MAX_TOKENS=8\n");

        var effective = SettingsLoader.Load(sandbox.Request() with { WorkingDirectory = child });

        Assert.Equal(new MedDocsSettings().MaxTokens, effective.Settings.MaxTokens);
        Assert.Null(effective.DotEnvFilePath);
    }

    [Fact]
    public void UnknownParameterNameIsAnError()
    {
        sandbox.Parameters["TimeOutSecs"] = "5";

        var error = sandbox.LoadFails();

        Assert.Contains("'TimeOutSecs' is not a MedDocs setting", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'TimeoutSec'?", error.Message, StringComparison.Ordinal);
        Assert.Equal(SettingSource.Parameter, error.SettingSource);
    }

    [Fact]
    public void MisspeltMedDocsVariableIsAWarningWithASuggestion()
    {
        sandbox.Environment["MEDDOCS_PROVDER"] = "ollama";
        sandbox.WriteDotEnv("MEDDOCS_TIMEOUT=5\n");

        var warnings = sandbox.Load().Warnings;

        Assert.Contains(warnings, w => w.StartsWith("MEDDOCS_PROVDER (environment variable) is not a MedDocs setting", StringComparison.Ordinal)
            && w.Contains("MEDDOCS_PROVIDER", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("MEDDOCS_TIMEOUT (.env file", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("XDG", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadForHostReadsDotEnvFromTheGivenFolderAndAppliesParameters()
    {
        sandbox.WriteDotEnv("MEDDOCS_PROBE_TIMEOUT_SEC=17\n");

        // The process environment is read, never written; parameters win over it whatever it holds.
        var effective = SettingsLoader.LoadForHost(new Dictionary<string, string?> { ["Provider"] = "builtin" }, sandbox.WorkingDirectory);

        Assert.Equal(new SettingEntry("Provider", "builtin", SettingSource.Parameter, "Provider"), effective.Find("Provider"));
        Assert.Equal(sandbox.DotEnvPath, effective.DotEnvFilePath);
    }

    [Theory]
    [InlineData(ProviderKind.Auto)]
    [InlineData(ProviderKind.LMStudio)]
    [InlineData(ProviderKind.Ollama)]
    [InlineData(ProviderKind.OpenAI)]
    [InlineData(ProviderKind.OpenAICompatible)]
    [InlineData(ProviderKind.Builtin)]
    public void ProviderNamesRoundTrip(ProviderKind provider)
    {
        Assert.True(ProviderNames.TryParse(ProviderNames.Format(provider), out var parsed));
        Assert.Equal(provider, parsed);
    }
}
