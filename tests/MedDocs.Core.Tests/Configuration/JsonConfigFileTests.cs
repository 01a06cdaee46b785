using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

public sealed class JsonConfigFileTests : IDisposable
{
    private readonly SettingsSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public void KeysAreCaseInsensitiveAndValuesMayBeStringsNumbersOrBooleans()
    {
        sandbox.WriteDefaultConfig("""
            {
              // hand-edited: comments and a trailing comma are fine
              "$schema": "https://example.test/meddocs.schema.json",
              "provider": "OLLAMA",
              "ollamaendpoint": "localhost:11434",
              "Temperature": 0.3,
              "MaxTokens": "4096",
              "AllowRemote": true,
            }
            """);

        var settings = sandbox.Load().Settings;

        Assert.Equal(ProviderKind.Ollama, settings.Provider);
        Assert.Equal(new Uri("http://localhost:11434/v1"), settings.OllamaEndpoint);
        Assert.Equal(0.3, settings.Temperature);
        Assert.Equal(4096, settings.MaxTokens);
        Assert.True(settings.AllowRemote);
    }

    [Fact]
    public void UnknownKeyNamesKeyAndFileAndListsValidNames()
    {
        var path = sandbox.WriteDefaultConfig("""{"Provider":"lmstudio","TimeoutSecs":900}""");

        var error = sandbox.LoadFails();

        Assert.Contains($"Config file {path} has an unknown setting 'TimeoutSecs'.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'TimeoutSec'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("Valid names are: Provider, Endpoint, LMStudioEndpoint", error.Message, StringComparison.Ordinal);
        Assert.Equal(("TimeoutSecs", SettingSource.ConfigFile, path), (error.Setting, error.SettingSource, error.Origin));
    }

    [Fact]
    public void InvalidJsonNamesFileAndLine()
    {
        var path = sandbox.WriteDefaultConfig("{\n  \"Provider\": \"lmstudio\"\n  \"TimeoutSec\": 900\n}\n");

        var error = sandbox.LoadFails();

        Assert.Contains($"Config file {path} is not valid JSON at line 3,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileNamedByMedDocsConfigIsAnError()
    {
        var missing = Path.Combine(sandbox.Root, "nowhere", "config.json");
        sandbox.Environment["MEDDOCS_CONFIG"] = missing;

        var error = sandbox.LoadFails();

        Assert.Contains($"MEDDOCS_CONFIG (environment variable) points to {missing}, which does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal(SettingSource.Environment, error.SettingSource);
    }

    [Fact]
    public void MissingDefaultFileIsFine()
    {
        Assert.False(File.Exists(sandbox.DefaultConfigPath));

        Assert.Null(sandbox.Load().ConfigFilePath);
    }

    [Fact]
    public void DefaultFileLivesInTheUserConfigFolder()
    {
        Assert.Equal(sandbox.DefaultConfigPath, SettingsLoader.DefaultConfigFilePath(sandbox.Environment));
    }

    [Fact]
    public void WithoutXdgConfigHomeUnixUsesDotConfigUnderHome()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows has no HOME/.config convention; DefaultFileLivesInTheUserConfigFolder covers APPDATA.
        }
        var home = Path.Combine(sandbox.Root, "home");
        var environment = new Dictionary<string, string?> { ["HOME"] = home };

        Assert.Equal(Path.Combine(home, ".config", "meddocs", "config.json"), SettingsLoader.DefaultConfigFilePath(environment));
    }

    [Theory]
    [InlineData("""["lmstudio"]""", "array")]
    [InlineData("""{"Provider":["lmstudio"]}""", "is a JSON array")]
    [InlineData("""{"Provider":"lmstudio","provider":"ollama"}""", "more than once")]
    public void WrongShapesAreErrors(string json, string expected)
    {
        sandbox.WriteDefaultConfig(json);

        Assert.Contains(expected, sandbox.LoadFails().Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void InvalidValueInConfigFileNamesKeyAndFile()
    {
        var path = sandbox.WriteDefaultConfig("""{"TimeoutSec":900.5}""");

        var error = sandbox.LoadFails();

        Assert.Equal($"Invalid setting TimeoutSec: TimeoutSec (config file {path}) is '900.5': allowed range is 1 to 86,400 (whole number).", error.Message);
    }
}
