using System.CommandLine;
using System.Globalization;
using MedDocs.Core.Categorization;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs categorize`: one category record per document (Get-DocumentCategory's twin).</summary>
public static class CategorizeCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var paths = DocumentInputs.Paths();
        var text = DocumentInputs.Text();
        var throttle = DocumentInputs.ThrottleLimit();
        var verbose = CacheCli.Verbose();
        var category = new Option<string[]>("--category")
        {
            Description = "A category as 'Name' or 'Name: one-line description' (repeatable; default: the configured or built-in set)",
            AllowMultipleArgumentsPerToken = false,
        };
        var engine = new Option<string?>("--engine") { Description = "auto (rules, then the model when unsure; default), rules or llm" };
        engine.AcceptOnlyFromAmong("auto", "rules", "llm");
        var threshold = new Option<double?>("--threshold") { Description = "Rules confidence (0-1) at which auto skips the model (default 0.75)" };
        var command = new Command("categorize", "Sort documents into categories: builtin rules for clear cases, the local model for the rest.")
        {
            paths, text, category, engine, threshold, throttle, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, globals);
            var extra = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (parse.GetValue(threshold) is { } value)
            {
                extra["CategoryThreshold"] = value.ToString("R", CultureInfo.InvariantCulture);
            }
            if (cli.TryLoadSettings(extra) is not { } effective)
            {
                return CliRunner.UsageError;
            }
            var settings = effective.Settings;
            var options = CategorizeOptions.From(settings) with { Engine = EngineOf(parse.GetValue(engine)) };
            if (parse.GetValue(category) is { Length: > 0 } given)
            {
                if (!CategoryList.TryParse(given, out var categories, out var problem))
                {
                    cli.ItemError(null, $"--category: {problem}.");
                    return CliRunner.UsageError;
                }
                options = options with { Categories = categories };
            }

            ResolvedProvider provider;
            try
            {
                provider = await ResolveAsync(settings, options.Engine, cancellationToken).ConfigureAwait(false);
            }
            catch (Core.Configuration.SettingsException ex)
            {
                cli.ItemError(null, ex);
                return CliRunner.UsageError;
            }
            catch (LlmException ex)
            {
                cli.ItemError(null, ex);
                return CliRunner.SomeFailed;
            }
            if (provider.FellBackToBuiltin)
            {
                cli.Err.WriteLine($"meddocs: note: {provider.Note}");
            }
            // Rules-only runs send nothing, so there is nothing to cache.
            var cache = provider.IsBuiltin || options.Engine == CategorizationEngine.Rules ? null : CacheCli.Open(cli, settings);
            try
            {
                CategorizeOperation operation;
                try
                {
                    operation = new CategorizeOperation(options, provider, settings, cli.Loader(settings), cache);
                }
                catch (LlmException ex)
                {
                    cli.ItemError(null, ex);
                    return CliRunner.UsageError;
                }
                var (sources, missing) = DocumentInputs.Resolve(cli, parse.GetValue(paths), parse.GetValue(text));
                return await BatchCommandRunner.RunAsync(cli, sources, missing, parse.GetValue(throttle) ?? settings.ThrottleLimit,
                    operation.RunAsync, result => WarnIfTheModelFailed(cli, result), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                CacheCli.Finish(cli, cache, settings, parse.GetValue(verbose));
            }
        });
        return command;
    }

    /// <summary>
    /// The record, after one stderr warning when the model call failed and the rules' guess was kept: the item is not an
    /// error (it has a category), but the user should know it was not confirmed. The cause names the failure, never text.
    /// </summary>
    private static IEnumerable<object> WarnIfTheModelFailed(CliContext cli, CategoryResult result)
    {
        if (result.ModelError is not null)
        {
            cli.Err.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"meddocs: warning: {result.Path ?? "(text)"}: the model call failed ({result.ModelError}); kept the rules' best guess {result.Category} at confidence {result.Confidence:0.##}."));
        }
        return [result];
    }

    private static CategorizationEngine EngineOf(string? value) => value switch
    {
        "rules" => CategorizationEngine.Rules,
        "llm" => CategorizationEngine.Llm,
        _ => CategorizationEngine.Auto,
    };

    /// <summary>Rules-only runs never probe a server: triage works offline without waiting for probe timeouts.</summary>
    private static async Task<ResolvedProvider> ResolveAsync(Core.Configuration.MedDocsSettings settings, CategorizationEngine engine, CancellationToken cancellationToken)
    {
        if (engine == CategorizationEngine.Rules)
        {
            return new ResolvedProvider(Core.Configuration.ProviderKind.Builtin, null, "Engine rules: no server is contacted.");
        }
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(settings.ProbeTimeoutSec));
        return await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, cancellationToken).ConfigureAwait(false);
    }
}
