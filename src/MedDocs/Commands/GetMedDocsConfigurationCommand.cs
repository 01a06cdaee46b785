using System.Management.Automation;
using MedDocs.Core.Configuration;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>
/// <para type="synopsis">Shows the effective MedDocs settings and where each one came from; secrets are masked.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "MedDocsConfiguration")]
[OutputType(typeof(SettingEntry))]
public sealed class GetMedDocsConfigurationCommand : MedDocsProviderCmdletBase
{
    /// <summary>Only settings whose name matches (wildcards allowed).</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = new[] { "*" };

    protected override void BeginProcessing()
    {
        var patterns = Name.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
        foreach (var entry in LoadSettings(ParameterOverrides()).Entries)
        {
            if (patterns.Any(p => p.IsMatch(entry.Name)))
            {
                WriteObject(entry);
            }
        }
    }
}
