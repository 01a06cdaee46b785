using System.CommandLine;
using MedDocs.Core;
using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;

namespace MedDocs.Cli;

/// <summary>
/// The result cache for one command run: opened from settings (none with --no-cache or MEDDOCS_CACHE=false),
/// its warnings on stderr, and with --verbose its counts. The cache never fails a run.
/// </summary>
public static class CacheCli
{
    public static Option<bool> Verbose() => new("--verbose") { Description = "Counts on stderr: answers reused from the cache and requests sent (never document text)" };

    /// <summary>The cache the settings ask for, or null; problems are warnings and the run goes on without it.</summary>
    public static ResultCache? Open(CliContext cli, MedDocsSettings settings)
    {
        ResultCache? cache;
        try
        {
            cache = ResultCache.OpenFor(settings, SettingsRequest.ProcessEnvironment());
        }
        catch (MedDocsException ex)
        {
            Warn(cli, CliVocabulary.Instance.Message(ex));
            return null;
        }
        WriteWarnings(cli, cache);
        return cache;
    }

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
