using System.Management.Automation;
using MedDocs.Core;
using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;

namespace MedDocs.Infrastructure;

/// <summary>
/// The result cache for one cmdlet invocation: opened from settings on the pipeline thread (none with -NoCache or
/// MEDDOCS_CACHE=false), its warnings written as warnings, and at the end its counts on the verbose stream. Problems
/// never stop the command: the cache only saves requests.
/// </summary>
internal sealed class CmdletCache : IDisposable
{
    private readonly ResultCache? _cache;

    private CmdletCache(ResultCache? cache) => _cache = cache;

    public ResultCache? Cache => _cache;

    public static CmdletCache Open(PSCmdlet cmdlet, MedDocsSettings settings)
    {
        try
        {
            var cache = ResultCache.OpenFor(settings, SettingsRequest.ProcessEnvironment());
            var opened = new CmdletCache(cache);
            opened.WriteWarnings(cmdlet);
            return opened;
        }
        catch (MedDocsException ex)
        {
            cmdlet.WriteWarning(PowerShellVocabulary.Instance.Message(ex));
            return new CmdletCache(null);
        }
    }

    /// <summary>Ends the cache's run (size cap; a damaged file is moved aside), then writes its warnings and counts.</summary>
    public void Finish(PSCmdlet cmdlet)
    {
        if (_cache is null)
        {
            return;
        }
        _cache.Dispose();
        WriteWarnings(cmdlet);
        cmdlet.WriteVerbose($"Cache: {_cache.Counters} ({_cache.Path}).");
    }

    private void WriteWarnings(PSCmdlet cmdlet)
    {
        foreach (var warning in _cache?.TakeWarnings() ?? [])
        {
            cmdlet.WriteWarning(warning);
        }
    }

    public void Dispose() => _cache?.Dispose();
}
