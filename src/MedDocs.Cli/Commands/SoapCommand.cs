using System.CommandLine;
using MedDocs.Core.Cache;
using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs soap`: a SOAP note or structured clinical document from each transcript (New-SoapNote's twin).</summary>
public static class SoapCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var paths = DocumentInputs.Paths();
        var text = DocumentInputs.Text();
        var speakerMap = ClinicalCli.SpeakerMap();
        var template = new Option<string>("--template") { Description = "soap (default) or structured (nine sections)", DefaultValueFactory = _ => "soap" };
        template.AcceptOnlyFromAmong("soap", "structured");
        var markdown = new Option<bool>("--markdown") { Description = "Print each note as Markdown (for pasting into an EHR) instead of records" };
        var redact = ClinicalCli.RedactPhi();
        var whatIf = ClinicalCli.WhatIf();
        var throttle = DocumentInputs.ThrottleLimit();
        var verbose = CacheCli.Verbose();
        var command = new Command("soap", "Draft a SOAP note (or a structured clinical document) from consultation transcripts or WhisperX JSON.")
        {
            paths, text, speakerMap, template, markdown, redact, whatIf, throttle, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, globals);
            if (cli.TryLoadSettings() is not { } effective)
            {
                return CliRunner.UsageError;
            }
            var settings = effective.Settings;
            if (await ClinicalCli.PrepareAsync(cli, settings, "meddocs soap", parse.GetValue(speakerMap), parse.GetValue(redact), cancellationToken).ConfigureAwait(false) is not { } prepared)
            {
                return CliRunner.UsageError;
            }
            var options = prepared.Options with { Template = parse.GetValue(template) == "structured" ? SoapTemplate.Structured : SoapTemplate.Soap };
            // --what-if sends nothing, so it opens no cache.
            var cache = parse.GetValue(whatIf) ? null : CacheCli.Open(cli, settings);
            try
            {
                var operation = new SoapNoteOperation(prepared.Client, options, cli.Loader(settings), cache);
                var (sources, missing) = DocumentInputs.Resolve(cli, parse.GetValue(paths), parse.GetValue(text));
                if (parse.GetValue(whatIf))
                {
                    return await ClinicalCli.WhatIfAsync(cli, sources, missing, operation.PlanAsync, cancellationToken).ConfigureAwait(false);
                }
                var asMarkdown = parse.GetValue(markdown);
                return await BatchCommandRunner.RunAsync(cli, sources, missing, parse.GetValue(throttle) ?? settings.ThrottleLimit,
                    operation.RunAsync,
                    note => asMarkdown ? WriteMarkdown(cli, note) : [note], cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                CacheCli.Finish(cli, cache, settings, parse.GetValue(verbose));
            }
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
