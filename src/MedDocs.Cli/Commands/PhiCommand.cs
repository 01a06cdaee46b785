using System.CommandLine;
using System.Globalization;
using MedDocs.Core;
using MedDocs.Core.Cache;
using MedDocs.Core.Documents;
using MedDocs.Core.Phi;
using MedDocs.Core.Providers;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs phi`: PHI with exact offsets, or redacted text (Find-Phi's twin).</summary>
public static class PhiCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var paths = DocumentInputs.Paths();
        var text = DocumentInputs.Text();
        var engine = new Option<string?>("--engine") { Description = "rules, llm or hybrid (default: hybrid with a server, rules offline)" };
        engine.AcceptOnlyFromAmong("rules", "llm", "hybrid");
        var types = new Option<string[]>("--type") { Description = "Only these types, e.g. --type Name --type Date (repeatable); Year (years standing alone, not a Safe Harbor identifier) is found only when named", AllowMultipleArgumentsPerToken = true };
        var minimum = new Option<double?>("--min-confidence") { Description = "Leave out findings below this confidence (0..1)" };
        var redact = new Option<bool>("--redact") { Description = "Print each document's redacted text with [TYPE] tags instead of findings" };
        var surrogate = new Option<bool>("--surrogate") { Description = "Redact with consistent fake values instead of tags (implies --redact)" };
        var seed = new Option<int?>("--seed") { Description = "Make surrogates reproducible" };
        var verbose = new Option<bool>("--verbose") { Description = "Counts per document and engine on stderr (never the identifiers)" };
        var throttle = DocumentInputs.ThrottleLimit();
        var command = new Command("phi", "Find protected health information with exact offsets, or redact it.")
        {
            paths, text, engine, types, minimum, redact, surrogate, seed, verbose, throttle,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, globals);
            if (cli.TryLoadSettings() is not { } effective)
            {
                return CliRunner.UsageError;
            }
            if (!TryParseTypes(cli, parse.GetValue(types), out var typeFilter))
            {
                return CliRunner.UsageError;
            }
            var settings = effective.Settings;
            var options = new FindPhiOptions
            {
                Engine = parse.GetValue(engine) is { } name ? Enum.Parse<PhiEngine>(name, ignoreCase: true) : null,
                Types = typeFilter,
                MinimumConfidence = parse.GetValue(minimum) ?? 0,
                Redaction = parse.GetValue(surrogate) ? RedactionMode.Surrogate : parse.GetValue(redact) ? RedactionMode.Tags : null,
                Seed = parse.GetValue(seed),
            };
            FindPhiOperation operation;
            ResultCache? cache = null;
            try
            {
                var provider = options.Engine == PhiEngine.Rules
                    ? new ResolvedProvider(Core.Configuration.ProviderKind.Builtin, null, "Engine rules: no server is contacted.")
                    : await ResolveAsync(settings, cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(verbose) || provider.FellBackToBuiltin)
                {
                    cli.ItemError(null, provider.Note);
                }
                // Only the model's answers are cached (and only with CachePhi): a rules-only run opens no cache.
                cache = FindPhiOperation.ChooseEngine(options.Engine, provider) == PhiEngine.Rules ? null : CacheCli.Open(cli, settings);
                operation = FindPhiOperation.Create(settings, provider, options, cache);
            }
            catch (Exception ex) when (ex is MedDocsException or Core.Configuration.SettingsException or LlmException)
            {
                cache?.Dispose();
                cli.ItemError(null, ex);
                // A server that does not answer is a failure of the run, not of the command line.
                return ex is LlmException ? CliRunner.SomeFailed : CliRunner.UsageError;
            }
            var (sources, missing) = DocumentInputs.Resolve(cli, parse.GetValue(paths), parse.GetValue(text));
            var loader = cli.Loader(settings);
            bool log = parse.GetValue(verbose);
            try
            {
                int exit = await BatchCommandRunner.RunAsync(cli, sources, missing, parse.GetValue(throttle) ?? settings.ThrottleLimit,
                    async (source, ct) => await operation.FindAsync(await source.LoadAsync(loader, ct).ConfigureAwait(false), ct).ConfigureAwait(false),
                    result =>
                    {
                        // On the consuming thread, like the records: the writers are not thread-safe.
                        if (log)
                        {
                            cli.ItemError(result.Document.Path ?? result.Document.DisplayName, PhiOperationStats.Describe(result));
                        }
                        return operation.Output(result);
                    },
                    cancellationToken).ConfigureAwait(false);
                if (log)
                {
                    cli.ItemError(null, $"engine {operation.Engine}: {operation.Stats}");
                }
                return exit;
            }
            finally
            {
                CacheCli.Finish(cli, cache, settings, log);
            }
        });
        return command;
    }

    private static async Task<ResolvedProvider> ResolveAsync(Core.Configuration.MedDocsSettings settings, CancellationToken cancellationToken)
    {
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(settings.ProbeTimeoutSec));
        return await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, cancellationToken).ConfigureAwait(false);
    }

    private static bool TryParseTypes(CliContext cli, string[]? values, out IReadOnlyCollection<PhiType>? types)
    {
        types = null;
        if (values is null || values.Length == 0)
        {
            return true;
        }
        var parsed = new List<PhiType>();
        foreach (var value in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Enum.TryParse<PhiType>(value, ignoreCase: true, out var type) || int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                cli.ItemError(null, $"unknown PHI type '{value}': use one of {string.Join(", ", Enum.GetNames<PhiType>())}.");
                return false;
            }
            parsed.Add(type);
        }
        types = parsed;
        return true;
    }
}
