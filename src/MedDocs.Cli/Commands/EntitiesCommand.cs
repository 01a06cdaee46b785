using System.CommandLine;
using MedDocs.Core.Cache;
using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;

namespace MedDocs.Cli.Commands;

/// <summary>`meddocs entities`: medical entities with their offsets in each transcript (Get-MedicalEntity's twin).</summary>
public static class EntitiesCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var paths = DocumentInputs.Paths();
        var text = DocumentInputs.Text();
        var speakerMap = ClinicalCli.SpeakerMap();
        var redact = ClinicalCli.RedactPhi();
        var whatIf = ClinicalCli.WhatIf();
        var throttle = DocumentInputs.ThrottleLimit();
        var verbose = CacheCli.Verbose();
        var command = new Command("entities", "Extract diagnoses, medications, procedures, symptoms, vital signs and allergies, with where each is mentioned.")
        {
            paths, text, speakerMap, redact, whatIf, throttle, verbose,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cli = CliContext.From(parse, globals);
            if (cli.TryLoadSettings() is not { } effective)
            {
                return CliRunner.UsageError;
            }
            var settings = effective.Settings;
            if (await ClinicalCli.PrepareAsync(cli, settings, "meddocs entities", parse.GetValue(speakerMap), parse.GetValue(redact), cancellationToken).ConfigureAwait(false) is not { } prepared)
            {
                return CliRunner.UsageError;
            }
            // --what-if sends nothing, so it opens no cache.
            var cache = parse.GetValue(whatIf) ? null : CacheCli.Open(cli, settings);
            try
            {
                var operation = new MedicalEntityOperation(prepared.Client, prepared.Options, cli.Loader(settings), cache);
                var (sources, missing) = DocumentInputs.Resolve(cli, parse.GetValue(paths), parse.GetValue(text));
                if (parse.GetValue(whatIf))
                {
                    return await ClinicalCli.WhatIfAsync(cli, sources, missing, operation.PlanAsync, cancellationToken).ConfigureAwait(false);
                }
                return await BatchCommandRunner.RunAsync(cli, sources, missing, parse.GetValue(throttle) ?? settings.ThrottleLimit,
                    operation.RunAsync, entities => entities, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                CacheCli.Finish(cli, cache, settings, parse.GetValue(verbose));
            }
        });
        return command;
    }
}
