using System.CommandLine;
using System.Globalization;
using MedDocs.Core.Categorization;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs categorize`: one category record per document (Get-DocumentCategory's twin).</summary>
public static class CategorizeCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var inputs = new DocumentInputs();
        var category = new Option<string[]>("--category")
        {
            Description = "A category as 'Name' or 'Name: one-line description' (repeatable; default: the configured or built-in set)",
            AllowMultipleArgumentsPerToken = false,
        };
        var engine = new Option<string?>("--engine") { Description = "auto (rules, then the model when unsure; default), rules or llm" };
        engine.AcceptOnlyFromAmong("auto", "rules", "llm");
        var threshold = new Option<double?>("--threshold") { Description = "Rules confidence (0-1) at which auto skips the model (default 0.75)" };
        var command = new Command("categorize", "Sort documents into categories: builtin rules for clear cases, the local model for the rest.");
        inputs.AddTo(command);
        command.Add(category);
        command.Add(engine);
        command.Add(threshold);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, globals);
            var extra = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["CategoryThreshold"] = parse.GetValue(threshold)?.ToString("R", CultureInfo.InvariantCulture),
            };
            if (cli.TryLoadSettings(inputs.Overrides(cli) with { Extra = extra }) is not { } effective)
            {
                return CliRunner.UsageError;
            }
            var settings = effective.Settings;
            IReadOnlyList<CategoryDefinition>? categories = null;
            if (parse.GetValue(category) is { Length: > 0 } given && !CategoryList.TryParse(given, out categories, out var problem))
            {
                cli.ItemError(null, $"--category: {problem}.");
                return CliRunner.UsageError;
            }
            var request = new CategorizeRequest { Engine = EngineOf(parse.GetValue(engine)), Categories = categories };
            var (operation, exit) = await CliOperation.CreateAsync(cli, ct => CategorizeFactory.CreateAsync(settings, request, inputs.Events(cli), ct), cancellationToken).ConfigureAwait(false);
            return operation is null ? exit
                : await inputs.RunAsync(cli, settings, operation, result => WarnIfTheModelFailed(cli, result), cancellationToken).ConfigureAwait(false);
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
}
