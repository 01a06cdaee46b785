using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;

namespace MedDocs.Cli;

/// <summary>
/// The end of a command run's use of the result cache (the factories open it): its warnings on stderr, and with
/// --verbose its counts. The cache never fails a run.
/// </summary>
public static class CacheCli
{
    /// <summary>Ends the cache's run (size cap, moving a damaged file aside), then prints its warnings and, when asked, its counts.</summary>
    public static void Finish(CliContext cli, ResultCache? cache, MedDocsSettings settings, bool verbose)
    {
        if (cache is null)
        {
            if (verbose && !settings.Cache)
            {
                cli.Err.WriteLine("meddocs: cache: off (--no-cache or MEDDOCS_CACHE=false): every request was sent.");
            }
            return;
        }
        cache.Dispose();
        WriteWarnings(cli, cache);
        if (verbose)
        {
            cli.Err.WriteLine($"meddocs: cache: {cache.Counters} ({cache.Path}).");
        }
    }

    private static void WriteWarnings(CliContext cli, ResultCache? cache)
    {
        foreach (var warning in cache?.TakeWarnings() ?? [])
        {
            Warn(cli, warning);
        }
    }

    private static void Warn(CliContext cli, string message) => cli.Err.WriteLine($"meddocs: warning: {message}");
}
