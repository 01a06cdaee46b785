namespace MedDocs.Core.Configuration;

/// <summary>
/// One setting: its name, the environment variables that set it, how its text is parsed and
/// how its value is shown. The whole list lives in <see cref="SettingsCatalog"/>.
/// </summary>
public abstract class SettingDefinition
{
    /// <summary>Prefix of MedDocs' own environment variables.</summary>
    public const string EnvironmentPrefix = "MEDDOCS_";

    private protected SettingDefinition(string name, IReadOnlyList<string> aliases, string description, string allowed, bool isSecret)
    {
        Name = name;
        EnvironmentVariable = EnvironmentPrefix + UpperSnakeCase(name);
        Aliases = aliases;
        EnvironmentNames = [EnvironmentVariable, .. aliases];
        Description = description;
        Allowed = allowed;
        IsSecret = isSecret;
    }

    /// <summary>The setting's name: a <see cref="MedDocsSettings"/> property, a config-file key and a parameter name.</summary>
    public string Name { get; }

    /// <summary>MedDocs' own variable, e.g. MEDDOCS_TIMEOUT_SEC.</summary>
    public string EnvironmentVariable { get; }

    /// <summary>Other tools' variable names we honour, in precedence order (first wins).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary><see cref="EnvironmentVariable"/> then <see cref="Aliases"/>: the order in which a layer is searched.</summary>
    public IReadOnlyList<string> EnvironmentNames { get; }

    public string Description { get; }

    /// <summary>What values are accepted, as a phrase, e.g. "allowed range is 1 to 600 (whole number)".</summary>
    public string Allowed { get; }

    /// <summary>Secrets are masked on display and never appear in error messages.</summary>
    public bool IsSecret { get; }

    /// <summary>A list setting: the config file may give it as a JSON array of strings (joined with "; ").</summary>
    public bool IsList { get; internal init; }

    /// <summary>The built-in default as display text; null when the default is "unset".</summary>
    public string? DefaultValue => Display(new MedDocsSettings());

    /// <summary>The setting's value in <paramref name="settings"/> as shown to people (secrets masked).</summary>
    public abstract string? Display(MedDocsSettings settings);

    /// <summary>Parses trimmed, non-empty text and returns settings with this one value replaced.</summary>
    internal abstract bool TryApply(MedDocsSettings settings, string text, out MedDocsSettings updated);

    /// <summary>
    /// "LMStudioEndpoint" → "LMSTUDIO_ENDPOINT", "TimeoutSec" → "TIMEOUT_SEC". Brand names stay one
    /// word (LMSTUDIO, OPENAI) because that is how the seeds' variables spell them.
    /// </summary>
    internal static string UpperSnakeCase(string name)
    {
        var words = name.Replace("LMStudio", "Lmstudio", StringComparison.Ordinal)
                        .Replace("OpenAI", "Openai", StringComparison.Ordinal);
        var builder = new System.Text.StringBuilder(words.Length + 8);
        for (var i = 0; i < words.Length; i++)
        {
            var startsWord = i > 0 && char.IsUpper(words[i])
                && (char.IsLower(words[i - 1]) || (i + 1 < words.Length && char.IsLower(words[i + 1])));
            if (startsWord)
            {
                builder.Append('_');
            }
            builder.Append(char.ToUpperInvariant(words[i]));
        }
        return builder.ToString();
    }
}
