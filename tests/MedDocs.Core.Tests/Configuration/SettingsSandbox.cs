using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

/// <summary>
/// A temp folder holding a working directory and a per-user config folder, plus an explicit
/// environment dictionary that points at them — so no test reads the real user's files or
/// touches the process environment.
/// </summary>
internal sealed class SettingsSandbox : IDisposable
{
    public SettingsSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "meddocs-settings-" + Guid.NewGuid().ToString("N"));
        WorkingDirectory = Directory.CreateDirectory(Path.Combine(Root, "work")).FullName;
        ConfigHome = Directory.CreateDirectory(Path.Combine(Root, "config-home")).FullName;
        Environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["XDG_CONFIG_HOME"] = ConfigHome,
            ["APPDATA"] = ConfigHome,
            ["HOME"] = Path.Combine(Root, "home"),
        };
    }

    public string Root { get; }
    public string WorkingDirectory { get; }
    public string ConfigHome { get; }
    public Dictionary<string, string?> Environment { get; }
    public Dictionary<string, string?> Parameters { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the loader looks when MEDDOCS_CONFIG is not set.</summary>
    public string DefaultConfigPath => OperatingSystem.IsWindows()
        ? Path.Combine(ConfigHome, "MedDocs", "config.json")
        : Path.Combine(ConfigHome, "meddocs", "config.json");

    public string DotEnvPath => Path.Combine(WorkingDirectory, ".env");

    public string WriteDefaultConfig(string json) => WriteFile(DefaultConfigPath, json);

    public string WriteDotEnv(string content) => WriteFile(DotEnvPath, content);

    public string WriteFile(string path, string content)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public SettingsRequest Request() => new()
    {
        Environment = Environment,
        WorkingDirectory = WorkingDirectory,
        Parameters = Parameters,
    };

    public EffectiveSettings Load() => SettingsLoader.Load(Request());

    public SettingsException LoadFails() => Assert.Throws<SettingsException>(Load);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
