using System.CommandLine;
using MedDocs.Core.Clinical;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;

namespace MedDocs.Cli;

/// <summary>What `meddocs soap` and `meddocs entities` share: transcript options, the provider, and --what-if.</summary>
public static class ClinicalCli
{
    public static Option<string?> SpeakerMap() => new("--speaker-map") { Description = "Names for WhisperX speakers, e.g. SPEAKER_00=Doctor,SPEAKER_01=Patient" };

    public static Option<bool> RedactPhi() => new("--redact-phi") { Description = "Replace PHI with tags such as [NAME] on this machine before anything is sent" };

    public static Option<bool> WhatIf() => new("--what-if") { Description = "Print what would be sent (characters, chunks, calls, endpoint, model) and send nothing" };

    /// <summary>Options from settings, the server's reported context, and the command line; null (after one stderr line) when unusable.</summary>
    public static async Task<(LlmClient Client, ClinicalOptions Options)?> PrepareAsync(CliContext cli, MedDocsSettings settings, string command, string? speakerMap, bool redactPhi, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, string>? map = null;
        try
        {
            map = speakerMap is null ? null : WhisperXTranscript.ParseSpeakerMap(speakerMap);
        }
        catch (FormatException ex)
        {
            cli.ItemError(null, ex);
            return null;
        }
        ResolvedProvider resolved;
        using (var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(settings.ProbeTimeoutSec)))
        {
            try
            {
                resolved = await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is SettingsException or LlmException)
            {
                cli.ItemError(null, ex);
                return null;
            }
        }
        if (resolved.Target is null)
        {
            cli.ItemError(null, $"{command} needs a language model and no model server is in use. {resolved.Note} Start LM Studio (`lms server start`) or Ollama, or give --provider and --endpoint.");
            return null;
        }
        var options = ClinicalOptions.From(settings, resolved) with { SpeakerMap = map, RedactPhi = redactPhi };
        return (new LlmClient(resolved.Target, LlmClientOptions.From(settings)), options);
    }

    /// <summary>--what-if: one plan record per source, nothing sent to the model.</summary>
    public static async Task<int> WhatIfAsync(CliContext cli, IReadOnlyList<DocumentSource> sources, int missing,
        Func<DocumentSource, CancellationToken, Task<ClinicalPlan>> plan, CancellationToken cancellationToken)
    {
        var failed = missing;
        using var writer = cli.Records();
        foreach (var source in sources)
        {
            try
            {
                writer.Write(await plan(source, cancellationToken).ConfigureAwait(false));
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
