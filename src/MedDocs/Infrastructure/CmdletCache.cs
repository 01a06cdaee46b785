using System.Management.Automation;
using MedDocs.Core.Cache;

namespace MedDocs.Infrastructure;

/// <summary>The end of a cmdlet's use of the result cache: its run closed (size cap; a damaged file moved aside), its warnings written, its counts on the verbose stream.</summary>
internal static class CmdletCache
{
    public static void Finish(PSCmdlet cmdlet, ResultCache? cache)
    {
        if (cache is null)
        {
            return;
        }
        cache.Dispose();
        foreach (var warning in cache.TakeWarnings())
        {
            cmdlet.WriteWarning(warning);
        }
        cmdlet.WriteVerbose($"Cache: {cache.Counters} ({cache.Path}).");
    }
}
