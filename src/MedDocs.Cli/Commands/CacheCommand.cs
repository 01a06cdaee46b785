using System.CommandLine;
using MedDocs.Core;
using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs cache stats` and `meddocs cache clear [--what-if]` (Get-MedDocsCache and Clear-MedDocsCache's twins).</summary>
public static class CacheCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("cache", "Inspect or clear the result cache that lets re-runs skip documents the model has already answered.");
        command.Add(Stats(globals));
        command.Add(Clear(globals));
        return command;
    }

    private static Command Stats(GlobalOptions globals)
    {
        var stats = new Command("stats", "Where the cache is, how many answers it holds per operation, and its size (never any content).");
        stats.SetAction(parse =>
        {
            var cli = CliContext.From(parse, globals);
            if (Locate(cli) is not { } located)
            {
                return CliRunner.UsageError;
            }
            try
            {
                var statistics = CacheMaintenance.Statistics(located.Options, located.Settings.Cache, message => Warn(cli, message));
                using var writer = cli.Records();
                writer.Write(statistics);
                return CliRunner.Success;
            }
            catch (MedDocsException ex)
            {
                cli.ItemError(null, ex);
                return CliRunner.SomeFailed;
            }
        });
        return stats;
    }

    private static Command Clear(GlobalOptions globals)
    {
        var operation = new Option<string[]>("--operation")
        {
            Description = "Clear only these operations: " + string.Join(", ", CacheScope.All.Select(s => s.Operation)) + " (repeatable; default all)",
            AllowMultipleArgumentsPerToken = true,
        };
        operation.AcceptOnlyFromAmong(CacheScope.All.Select(s => s.Operation).ToArray());
        var phiOnly = new Option<bool>("--phi-only") { Description = "Clear only entries that hold PHI (phi, soap, entities), e.g. after turning MEDDOCS_CACHE_PHI off" };
        var whatIf = new Option<bool>("--what-if") { Description = "Print what would be removed and remove nothing" };
        var clear = new Command("clear", "Remove cached answers (all by default), so the next run asks the model again. Document text is never in the cache.")
        {
            operation, phiOnly, whatIf,
        };
        clear.SetAction(parse =>
        {
            var cli = CliContext.From(parse, globals);
            if (Locate(cli) is not { } located)
            {
                return CliRunner.UsageError;
            }
            var filter = new CacheClearFilter
            {
                Operations = (parse.GetValue(operation) ?? []).Select(name => CacheScope.Find(name)!).Distinct().ToList(),
                PhiOnly = parse.GetValue(phiOnly),
            };
            try
            {
                var result = CacheMaintenance.Clear(located.Options, filter, parse.GetValue(whatIf), message => Warn(cli, message));
                using var writer = cli.Records();
                writer.Write(result);
                return CliRunner.Success;
            }
            catch (MedDocsException ex)
            {
                cli.ItemError(null, ex);
                return CliRunner.SomeFailed;
            }
        });
        return clear;
    }

    /// <summary>The configured cache (even when runs have it turned off); null after one stderr line when settings are unusable.</summary>
    private static (CacheOptions Options, MedDocsSettings Settings)? Locate(CliContext cli)
    {
        if (cli.TryLoadSettings() is not { } effective)
        {
            return null;
        }
        try
        {
            return (CacheOptions.For(effective.Settings, SettingsRequest.ProcessEnvironment()), effective.Settings);
        }
        catch (MedDocsException ex)
        {
            cli.ItemError(null, ex);
            return null;
        }
    }

    private static void Warn(CliContext cli, string message) => cli.Err.WriteLine($"meddocs: warning: {message}");
}
