using System.CommandLine;
using MedDocs.Core.Clinical;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;
using MedDocs.Core.Providers;

namespace MedDocs.Cli;

/// <summary>What `meddocs soap` and `meddocs entities` share: the document inputs plus transcript options and --what-if.</summary>
public sealed class ClinicalCli
{
    private readonly Option<string?> _speakerMap = new("--speaker-map") { Description = "Names for WhisperX speakers, e.g. SPEAKER_00=Doctor,SPEAKER_01=Patient" };
    private readonly Option<bool> _redactPhi = new("--redact-phi") { Description = "Replace PHI with tags such as [NAME] on this machine before anything is sent" };
    private readonly Option<bool> _whatIf = new("--what-if") { Description = "Print what would be sent (characters, chunks, calls, endpoint, model) and send nothing" };

    public DocumentInputs Inputs { get; } = new();

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Inputs.AddTo(command);
        command.Add(_speakerMap);
        command.Add(_redactPhi);
        command.Add(_whatIf);
    }

    /// <summary>The request from the command line; null (after one stderr line) when the speaker map is malformed.</summary>
    public ClinicalRequest? Request(CliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        try
        {
            return new ClinicalRequest
            {
                SpeakerMap = cli.Parse.GetValue(_speakerMap) is { } map ? WhisperXTranscript.ParseSpeakerMap(map) : null,
                RedactPhi = cli.Parse.GetValue(_redactPhi),
                PlanOnly = cli.Parse.GetValue(_whatIf),
            };
        }
        catch (FormatException ex)
        {
            cli.ItemError(null, ex);
            return null;
        }
    }

    /// <summary>Loads the settings, builds the operation with <paramref name="factory"/>, and runs it (or with --what-if, plans it).</summary>
    public async Task<int> RunAsync<TOperation, TOut>(CliContext cli, Func<MedDocsSettings, ClinicalRequest, OperationEvents, CancellationToken, Task<TOperation>> factory,
        Func<ClinicalRequest, ClinicalRequest> customize, Func<TOut, IEnumerable<object>> records, CancellationToken cancellationToken)
        where TOperation : class, IDocumentOperation<TOut>, IPlannedOperation
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(customize);
        if (cli.TryLoadSettings(Inputs.Overrides(cli)) is not { } effective)
        {
            return CliRunner.UsageError;
        }
        if (Request(cli) is not { } request)
        {
            return CliRunner.UsageError;
        }
        var settings = effective.Settings;
        var (operation, exit) = await CliOperation.CreateAsync(cli, ct => factory(settings, customize(request), Inputs.Events(cli), ct), cancellationToken).ConfigureAwait(false);
        if (operation is null)
        {
            return exit;
        }
        if (!request.PlanOnly)
        {
            return await Inputs.RunAsync(cli, settings, operation, records, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            var (sources, missing) = Inputs.Resolve(cli);
            return await WhatIfAsync(cli, sources, missing, operation, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Inputs.Finish(cli, settings, operation);
        }
    }

    /// <summary>--what-if: one plan record per source, nothing sent to the model.</summary>
    private static async Task<int> WhatIfAsync(CliContext cli, IReadOnlyList<DocumentSource> sources, int missing, IPlannedOperation operation, CancellationToken cancellationToken)
    {
        var failed = missing;
        using var writer = cli.Records();
        foreach (var source in sources)
        {
            try
            {
                writer.Write(await operation.PlanAsync(source, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is MedDocs.Core.MedDocsException or LlmException)
            {
                failed++;
                cli.ItemError(source.Name, ex);
            }
        }
        return failed == 0 ? CliRunner.Success : CliRunner.SomeFailed;
    }
}
