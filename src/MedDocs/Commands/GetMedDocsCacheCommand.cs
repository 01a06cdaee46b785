using System.Management.Automation;
using MedDocs.Core;
using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Shows where the result cache is, how many model answers it holds per operation, and how big it is.</summary>
/// <remarks>
/// The result cache keeps the model's answers so that a scheduled re-run never sends the same document twice. This
/// writes one record: Path, Exists, Enabled (MEDDOCS_CACHE), StoresPhi (MEDDOCS_CACHE_PHI), Entries, Bytes and
/// MaxBytes (MEDDOCS_CACHE_MAX_MEGABYTES), FileBytes, entries per operation (Categorize, Phi, Soap, Entities, Embed),
/// PhiBearing, OldestUse and NewestUse, and CorruptCopy when a damaged file was moved aside. Counts only: the cache
/// holds hashes and answers, never document text, and none of it is shown. Nothing is created when no cache exists.
/// </remarks>
/// <example>
/// <code>Get-MedDocsCache</code>
/// <para>Shows the cache's location, size and entries per operation.</para>
/// </example>
/// <example>
/// <code>(Get-MedDocsCache).PhiBearing</code>
/// <para>Counts the cached answers that hold PHI (stored only with MEDDOCS_CACHE_PHI=true).</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "MedDocsCache")]
[OutputType(typeof(CacheStatistics))]
public sealed class GetMedDocsCacheCommand : MedDocsCmdletBase
{
    protected override void EndProcessing()
    {
        try
        {
            var options = CacheOptions.For(Settings, SettingsRequest.ProcessEnvironment());
            WriteObject(CacheMaintenance.Statistics(options, Settings.Cache, WriteWarning));
        }
        catch (MedDocsException ex)
        {
            ThrowTerminatingError(ErrorRecords.Worded(new ErrorRecord(ex, ex.ErrorId, ErrorCategory.ResourceUnavailable, Settings.CachePath)));
        }
    }
}
