using System.CommandLine;
using System.Globalization;
using MedDocs.Core.Phi;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs phi`: PHI with exact offsets, or redacted text (Find-Phi's twin).</summary>
public static class PhiCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var inputs = new DocumentInputs();
        var engine = new Option<string?>("--engine") { Description = "rules, tagger (rules plus the learned tagger, offline), llm or hybrid (default: hybrid with a server, tagger offline)" };
        engine.AcceptOnlyFromAmong("rules", "tagger", "llm", "hybrid");
        var types = new Option<string[]>("--type") { Description = "Only these types, e.g. --type Name --type Date (repeatable); Year (years standing alone, not a Safe Harbor identifier) is found only when named", AllowMultipleArgumentsPerToken = true };
        var minimum = new Option<double?>("--min-confidence") { Description = "Leave out findings below this confidence (0..1)" };
        var redact = new Option<bool>("--redact") { Description = "Print each document's redacted text with [TYPE] tags instead of findings" };
        var surrogate = new Option<bool>("--surrogate") { Description = "Redact with consistent fake values instead of tags (implies --redact)" };
        var seed = new Option<int?>("--seed") { Description = "Make surrogates reproducible" };
        var command = new Command("phi", "Find protected health information with exact offsets, or redact it.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { engine, types, minimum, redact, surrogate, seed })
        {
            command.Add(option);
        }
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, globals);
            if (cli.TryLoadSettings(inputs.Overrides(cli)) is not { } effective)
            {
                return CliRunner.UsageError;
            }
            if (!TryParseTypes(cli, parse.GetValue(types), out var typeFilter))
            {
                return CliRunner.UsageError;
            }
            var settings = effective.Settings;
            var request = new FindPhiRequest
            {
                Engine = parse.GetValue(engine) is { } name ? Enum.Parse<PhiEngine>(name, ignoreCase: true) : null,
                Types = typeFilter,
                MinimumConfidence = parse.GetValue(minimum) ?? 0,
                Redaction = parse.GetValue(surrogate) ? RedactionMode.Surrogate : parse.GetValue(redact) ? RedactionMode.Tags : null,
                Seed = parse.GetValue(seed),
            };
            var (operation, exit) = await CliOperation.CreateAsync(cli, ct => FindPhiFactory.CreateAsync(settings, request, inputs.Events(cli), ct), cancellationToken).ConfigureAwait(false);
            if (operation is null)
            {
                return exit;
            }
            var verbose = inputs.Verbose(cli);
            exit = await inputs.RunAsync(cli, settings, operation, output =>
            {
                // On the consuming thread, like the records: the writers are not thread-safe. Counts only, never identifiers.
                if (verbose)
                {
                    cli.ItemError(output.Name ?? "text", output.Counts);
                }
                return output.Records;
            }, cancellationToken).ConfigureAwait(false);
            if (verbose)
            {
                cli.ItemError(null, operation.Summary);
            }
            return exit;
        });
        return command;
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
