namespace MedDocs.Core.Configuration;

/// <summary>
/// Builds <see cref="MedDocsSettings"/> from, lowest first: built-in defaults &lt; JSON config
/// file &lt; .env in the working folder &lt; environment variables &lt; explicit parameters.
/// For each setting the highest layer that gives a non-empty value wins, and only that value is
/// parsed: an overridden value cannot break anything. An invalid winning value is an error —
/// never a silent fallback.
/// </summary>
public static class SettingsLoader
{
    /// <summary>Loads settings from exactly what <paramref name="request"/> holds (plus the files it points at).</summary>
    /// <exception cref="SettingsException">A file is unreadable or malformed, a value is invalid, or settings contradict each other.</exception>
    public static EffectiveSettings Load(SettingsRequest request)
    {
        var warnings = new List<string>();
        var dotEnvPath = DotEnvPath(request.WorkingDirectory);
        var dotEnv = dotEnvPath is null ? null : DotEnvFile.Read(dotEnvPath);
        var configPath = ResolveConfigFile(request, dotEnv, dotEnvPath);

        var layers = new[]
        {
            configPath is null ? Empty : JsonConfigFile.Read(configPath),
            dotEnv is null ? Empty : FromDotEnv(dotEnv, dotEnvPath!, warnings),
            FromEnvironment(request.Environment, warnings),
            FromParameters(request.Parameters),
        };

        var settings = new MedDocsSettings();
        var winners = new Dictionary<SettingDefinition, RawSetting>();
        foreach (var definition in SettingsCatalog.Definitions)
        {
            // Layers are ordered lowest first, so the last layer holding a value wins.
            var winner = layers.Select(layer => layer.GetValueOrDefault(definition)).LastOrDefault(raw => raw is not null);
            if (winner is null)
            {
                continue;
            }
            if (!definition.TryApply(settings, winner.Text, out settings))
            {
                throw InvalidValue(definition, winner);
            }
            winners[definition] = winner;
        }

        SettingsConsistency.Check(settings, winners);

        var entries = SettingsCatalog.Definitions
            .Select(d => winners.TryGetValue(d, out var raw)
                ? new SettingEntry(d.Name, d.Display(settings), raw.Source, raw.Origin)
                : new SettingEntry(d.Name, d.Display(settings), SettingSource.Default, null))
            .ToArray();

        return new EffectiveSettings(settings, entries)
        {
            ConfigFilePath = configPath,
            DotEnvFilePath = dotEnvPath,
            Warnings = warnings,
        };
    }

    /// <summary>For hosts: the process environment, the process's current directory and the given parameters.</summary>
    public static EffectiveSettings LoadForHost(IReadOnlyDictionary<string, string?> parameters) =>
        LoadForHost(parameters, Environment.CurrentDirectory);

    /// <summary>
    /// For hosts whose notion of "current folder" differs from the process's — PowerShell's
    /// current location is not <see cref="Environment.CurrentDirectory"/>.
    /// </summary>
    public static EffectiveSettings LoadForHost(IReadOnlyDictionary<string, string?> parameters, string workingDirectory) =>
        Load(new SettingsRequest
        {
            Environment = SettingsRequest.ProcessEnvironment(),
            WorkingDirectory = workingDirectory,
            Parameters = parameters,
        });

    /// <summary>
    /// The per-user config file: $XDG_CONFIG_HOME/meddocs/config.json or ~/.config/meddocs/config.json
    /// on Unix, %APPDATA%\MedDocs\config.json on Windows. Read from <paramref name="environment"/>
    /// first (so tests and runspaces stay independent of the process), then the OS. Null when no
    /// such folder is known.
    /// </summary>
    public static string? DefaultConfigFilePath(IReadOnlyDictionary<string, string?> environment)
    {
        if (OperatingSystem.IsWindows())
        {
            var appData = Rooted(environment, "APPDATA") ?? NonEmpty(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData));
            return appData is null ? null : Path.Combine(appData, "MedDocs", "config.json");
        }
        var configHome = Rooted(environment, "XDG_CONFIG_HOME")
            ?? (Rooted(environment, "HOME") is { } home ? Path.Combine(home, ".config") : null)
            ?? NonEmpty(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData));
        return configHome is null ? null : Path.Combine(configHome, "meddocs", "config.json");
    }

    private static readonly IReadOnlyDictionary<SettingDefinition, RawSetting> Empty = new Dictionary<SettingDefinition, RawSetting>();

    private static string? DotEnvPath(string? workingDirectory)
    {
        if (string.IsNullOrWhiteSpace(workingDirectory))
        {
            return null;
        }
        var path = Path.Combine(Path.GetFullPath(workingDirectory), DotEnvFile.FileName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>MEDDOCS_CONFIG from the environment, else from .env, else the per-user file if it exists.</summary>
    private static string? ResolveConfigFile(
        SettingsRequest request,
        IReadOnlyDictionary<string, DotEnvFile.Variable>? dotEnv,
        string? dotEnvPath)
    {
        var fromEnvironment = NonEmpty(request.Environment.GetValueOrDefault(SettingsCatalog.ConfigFileVariable));
        var fromDotEnv = NonEmpty(dotEnv?.GetValueOrDefault(SettingsCatalog.ConfigFileVariable)?.Value);
        var explicitPath = fromEnvironment ?? fromDotEnv;
        if (explicitPath is null)
        {
            var defaultPath = DefaultConfigFilePath(request.Environment);
            return defaultPath is not null && File.Exists(defaultPath) ? defaultPath : null;
        }

        var baseDirectory = string.IsNullOrWhiteSpace(request.WorkingDirectory) ? Environment.CurrentDirectory : request.WorkingDirectory;
        var path = Path.GetFullPath(explicitPath, baseDirectory);
        if (!File.Exists(path))
        {
            var where = fromEnvironment is not null ? "environment variable" : $".env file {dotEnvPath}";
            throw new SettingsException(SettingsCatalog.ConfigFileVariable,
                fromEnvironment is not null ? SettingSource.Environment : SettingSource.DotEnv,
                fromEnvironment is not null ? SettingsCatalog.ConfigFileVariable : dotEnvPath,
                $"{SettingsCatalog.ConfigFileVariable} ({where}) points to {path}, which does not exist. Create the file or correct the path; unset {SettingsCatalog.ConfigFileVariable} to use the default location.");
        }
        return path;
    }

    private static Dictionary<SettingDefinition, RawSetting> FromDotEnv(
        IReadOnlyDictionary<string, DotEnvFile.Variable> variables, string path, List<string> warnings)
    {
        WarnAboutUnknownMedDocsNames(variables.Keys, $".env file {path}", warnings);
        return FromVariables(name => variables.GetValueOrDefault(name) is { } v
            ? new RawSetting(v.Value.Trim(), SettingSource.DotEnv, name, path, v.Line)
            : null);
    }

    private static Dictionary<SettingDefinition, RawSetting> FromEnvironment(
        IReadOnlyDictionary<string, string?> environment, List<string> warnings)
    {
        WarnAboutUnknownMedDocsNames(environment.Keys, "environment variable", warnings);
        return FromVariables(name => NonEmpty(environment.GetValueOrDefault(name)) is { } value
            ? new RawSetting(value.Trim(), SettingSource.Environment, name)
            : null);
    }

    /// <summary>Per setting, the first of its names (MEDDOCS_* then aliases in order) with a non-empty value.</summary>
    private static Dictionary<SettingDefinition, RawSetting> FromVariables(Func<string, RawSetting?> lookup)
    {
        var values = new Dictionary<SettingDefinition, RawSetting>();
        foreach (var definition in SettingsCatalog.Definitions)
        {
            var raw = definition.EnvironmentNames.Select(lookup).FirstOrDefault(r => r is not null && r.Text.Length > 0);
            if (raw is not null)
            {
                values[definition] = raw;
            }
        }
        return values;
    }

    private static Dictionary<SettingDefinition, RawSetting> FromParameters(IReadOnlyDictionary<string, string?> parameters)
    {
        var values = new Dictionary<SettingDefinition, RawSetting>();
        foreach (var (name, value) in parameters)
        {
            // Hosts build this dictionary; an unknown name is a bug there, so say so loudly.
            var definition = SettingsCatalog.Find(name) ?? throw new SettingsException(name, SettingSource.Parameter, name,
                $"'{name}' is not a MedDocs setting.{NameSuggestion.Hint(name, SettingsCatalog.Definitions.Select(d => d.Name))} Valid names are: {SettingsCatalog.NameList}.");
            if (NonEmpty(value) is { } text)
            {
                values[definition] = new RawSetting(text.Trim(), SettingSource.Parameter, name);
            }
        }
        return values;
    }

    /// <summary>A misspelt MEDDOCS_* variable would otherwise be ignored without a word.</summary>
    private static void WarnAboutUnknownMedDocsNames(IEnumerable<string> names, string where, List<string> warnings)
    {
        var known = SettingsCatalog.Definitions.Select(d => d.EnvironmentVariable).Append(SettingsCatalog.ConfigFileVariable).ToArray();
        foreach (var name in names.Where(n => n.StartsWith(SettingDefinition.EnvironmentPrefix, StringComparison.Ordinal) && !known.Contains(n, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
        {
            warnings.Add($"{name} ({where}) is not a MedDocs setting and is ignored.{NameSuggestion.Hint(name, known)}");
        }
    }

    private static SettingsException InvalidValue(SettingDefinition definition, RawSetting raw)
    {
        var shown = definition.IsSecret ? "set to a value that is not valid (not shown: it is secret)" : $"is '{raw.Text}'";
        return new SettingsException(definition.Name, raw.Source, raw.Origin,
            $"Invalid setting {definition.Name}: {raw.Describe()} {shown}: {definition.Allowed}.");
    }

    private static string? Rooted(IReadOnlyDictionary<string, string?> environment, string name) =>
        NonEmpty(environment.GetValueOrDefault(name)) is { } value && Path.IsPathRooted(value) ? value : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
