using System.Globalization;
using System.Management.Automation;
using MedDocs.Core;
using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Removes cached model answers, so that the next run asks the model again.</summary>
/// <remarks>
/// Clears every entry of the result cache, or only those of the operations named by -Operation (categorize, phi,
/// soap, entities, embed), or with -PhiOnly only the entries that hold PHI (e.g. after turning MEDDOCS_CACHE_PHI off).
/// Removed entries are overwritten, not just unlinked, and the write-ahead log is emptied. Clearing everything also
/// deletes a damaged cache that was moved aside earlier (cache.db.corrupt). -WhatIf says how many entries would go,
/// and removes nothing. Writes one record: Path, Operations, PhiOnly, Entries, Bytes, WhatIf, CorruptCopyRemoved.
/// </remarks>
/// <example>
/// <code>Clear-MedDocsCache -WhatIf</code>
/// <para>Shows how many cached answers would be removed, and removes none.</para>
/// </example>
/// <example>
/// <code>Clear-MedDocsCache -Operation categorize, embed</code>
/// <para>Forgets cached categories and vectors (e.g. after changing the categories' descriptions by hand).</para>
/// </example>
/// <example>
/// <code>Clear-MedDocsCache -PhiOnly</code>
/// <para>Removes every cached answer that holds PHI (PHI findings, SOAP notes, medical entities).</para>
/// </example>
[Cmdlet(VerbsCommon.Clear, "MedDocsCache", SupportsShouldProcess = true)]
[OutputType(typeof(CacheClearRecord))]
public sealed class ClearMedDocsCacheCommand : MedDocsCmdletBase
{
    /// <summary>Only the entries of these operations: categorize, phi, soap, entities, embed (default: all).</summary>
    [Parameter(Position = 0)]
    [ValidateSet("categorize", "phi", "soap", "entities", "embed", IgnoreCase = true)]
    public string[] Operation { get; set; } = [];

    /// <summary>Only the entries that hold PHI (the phi, soap and entities operations' answers).</summary>
    [Parameter]
    public SwitchParameter PhiOnly { get; set; }

    protected override void EndProcessing()
    {
        var filter = new CacheClearFilter
        {
            Operations = Operation.Select(name => CacheScope.Find(name)!).Distinct().ToList(),
            PhiOnly = PhiOnly.IsPresent,
        };
        try
        {
            var options = CacheOptions.For(Settings, SettingsRequest.ProcessEnvironment());
            var found = CacheMaintenance.Clear(options, filter, whatIf: true, WriteWarning);
            var action = string.Create(CultureInfo.InvariantCulture,
                $"Remove {found.Entries:N0} cached answer(s) ({found.Operations}{(filter.PhiOnly ? ", PHI-bearing only" : string.Empty)}, {found.Bytes:N0} bytes)");
            if (ShouldProcess(options.Path, action))
            {
                WriteObject(CacheMaintenance.Clear(options, filter, whatIf: false, WriteWarning));
            }
        }
        catch (MedDocsException ex)
        {
            ThrowTerminatingError(ErrorRecords.Worded(new ErrorRecord(ex, ex.ErrorId, ErrorCategory.ResourceUnavailable, Settings.CachePath)));
        }
    }
}
