using System.Management.Automation;
using MedDocs.Core.Configuration;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Shows the effective MedDocs settings and where each one came from; secrets are masked.</summary>
/// <remarks>
/// Settings are layered: built-in defaults, then the JSON config file (MEDDOCS_CONFIG, else the user's config
/// folder), then .env in the current folder, then environment variables (MEDDOCS_* and the seed names such as
/// LMSTUDIO_HOST and LLM_PROVIDER), then parameters. Each entry names the winning source and exactly where it
/// came from. An invalid value stops the command with an error naming the setting, its source and the allowed values.
/// </remarks>
/// <example>
/// <code>Get-MedDocsConfiguration</code>
/// <para>Lists every setting with its value, source and origin.</para>
/// </example>
/// <example>
/// <code>Get-MedDocsConfiguration *Model* -Provider Ollama</code>
/// <para>Shows the model settings as they would be with -Provider Ollama on the command line.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "MedDocsConfiguration")]
[OutputType(typeof(SettingEntry))]
public sealed class GetMedDocsConfigurationCommand : MedDocsProviderCmdletBase
{
    /// <summary>Only the settings whose name matches one of these patterns (wildcards allowed).</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = new[] { "*" };

    protected override void BeginProcessing()
    {
        var entries = LoadSettings(Overrides().ToDictionary()).Entries;
        var patterns = Name.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
        foreach (var entry in entries)
        {
            if (patterns.Any(p => p.IsMatch(entry.Name)))
            {
                WriteObject(entry);
            }
        }
        // As Get-Variable does: a pattern that matches nothing is quiet, a plain name that matches nothing is an error.
        foreach (var name in Name.Where(n => !WildcardPattern.ContainsWildcardCharacters(n)))
        {
            if (!entries.Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                WriteError(new ErrorRecord(
                    new ItemNotFoundException($"No MedDocs setting is named '{name}'.{NameSuggestion.Hint(name, entries.Select(e => e.Name))} Run Get-MedDocsConfiguration to list them all."),
                    "SettingNotFound", ErrorCategory.ObjectNotFound, name));
            }
        }
    }
}
