using System.CommandLine;
using MedDocs.Core.Clinical;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs soap`: a SOAP note or structured clinical document from each transcript (New-SoapNote's twin).</summary>
public static class SoapCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var clinical = new ClinicalCli();
        var template = new Option<string>("--template") { Description = "soap (default) or structured (nine sections)", DefaultValueFactory = _ => "soap" };
        template.AcceptOnlyFromAmong("soap", "structured");
        var markdown = new Option<bool>("--markdown") { Description = "Print each note as Markdown (for pasting into an EHR) instead of records" };
        var command = new Command("soap", "Draft a SOAP note (or a structured clinical document) from consultation transcripts or WhisperX JSON.");
        clinical.AddTo(command);
        command.Add(template);
        command.Add(markdown);
        command.SetAction((parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, globals);
            var structured = parse.GetValue(template) == "structured";
            var asMarkdown = parse.GetValue(markdown);
            return clinical.RunAsync<SoapNoteOperation, SoapNoteRecord>(cli, ClinicalFactory.CreateSoapNoteAsync,
                request => request with { Template = structured ? SoapTemplate.Structured : SoapTemplate.Soap },
                note => asMarkdown ? WriteMarkdown(cli, note) : [note], cancellationToken);
        });
        return command;
    }

    /// <summary>Markdown goes straight to stdout (runs on the single consumer thread), not through the record writer.</summary>
    private static IEnumerable<object> WriteMarkdown(CliContext cli, SoapNoteRecord note)
    {
        cli.Out.WriteLine(note.ToMarkdown());
        cli.Out.Flush();
        return [];
    }
}
