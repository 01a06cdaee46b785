using System.CommandLine;
using MedDocs.Core.Documents;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs text`: the text MedDocs extracts from documents (Get-DocumentText's twin).</summary>
public static class TextCommand
{
    public static Command Create(GlobalOptions options)
    {
        var inputs = new DocumentInputs(acceptsText: false);
        var perPage = new Option<bool>("--per-page") { Description = "One record per page instead of per document" };
        var command = new Command("text", "Show the text MedDocs extracts from documents: exactly what a model would see.");
        inputs.AddTo(command);
        command.Add(perPage);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, options);
            if (cli.TryLoadSettings(inputs.Overrides(cli)) is not { } effective)
            {
                return CliRunner.UsageError;
            }
            var operation = DocumentTextFactory.Create(effective.Settings, new DocumentTextRequest { PerPage = parse.GetValue(perPage) }, inputs.Events(cli));
            return await inputs.RunAsync(cli, effective.Settings, operation, records => records, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
