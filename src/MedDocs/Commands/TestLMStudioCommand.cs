using System.Management.Automation;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Tests whether the model server is up and which models it has, loaded or not.</summary>
/// <remarks>
/// Probes the configured server (LM Studio by default, http://localhost:1234/v1): reachability, latency,
/// server kind and the model list with type (llm, vlm, embeddings), loaded state, format, quantization and
/// context length. LM Studio's /v1/models lists every downloaded model, so the loaded state is read from its
/// REST API (/api/v1/models or /api/v0/models); Ollama's from /api/tags and /api/ps. A server that answers
/// with an error (such as LM Studio's "Unexpected endpoint") is never reported healthy. Every failure says
/// what to do. No document text is sent.
/// </remarks>
/// <example>
/// <code>Test-LMStudio</code>
/// <para>Shows whether LM Studio is ready and lists its models with their loaded state.</para>
/// </example>
/// <example>
/// <code>if (-not (Test-LMStudio -RequiredModel qwen2.5-7b-instruct -Quiet)) { lms load qwen2.5-7b-instruct }</code>
/// <para>In a scheduled task: loads the model the job needs when it is missing or not loaded.</para>
/// </example>
/// <example>
/// <code>Test-LMStudio -Detailed | Select-Object DetailedModel, TimeToFirstTokenMs, TokensPerSecond</code>
/// <para>Times one tiny generation: time to first token and tokens per second.</para>
/// </example>
/// <example>
/// <code>(Test-LMStudio -Provider Ollama).Models | Where-Object Loaded</code>
/// <para>Lists the models Ollama has loaded right now.</para>
/// </example>
[Cmdlet(VerbsDiagnostic.Test, "LMStudio", DefaultParameterSetName = "Status")]
[OutputType(typeof(ServerStatus), ParameterSetName = new[] { "Status" })]
[OutputType(typeof(bool), ParameterSetName = new[] { "Quiet" })]
public sealed class TestLMStudioCommand : MedDocsProviderCmdletBase
{
    /// <summary>Models that must be present and loaded; the result lists which are missing or not loaded. Names are matched loosely ("qwen2.5-7b-instruct" finds "lmstudio-community/Qwen2.5-7B-Instruct-GGUF").</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string[] RequiredModel { get; set; } = Array.Empty<string>();

    /// <summary>Returns only $true (the server is ready and every required model is loaded) or $false, for scripts.</summary>
    [Parameter(ParameterSetName = "Quiet", Mandatory = true)]
    public SwitchParameter Quiet { get; set; }

    /// <summary>Also runs one tiny generation (no document text) and reports time to first token and tokens per second.</summary>
    [Parameter(ParameterSetName = "Status")]
    public SwitchParameter Detailed { get; set; }

    private readonly List<string> _required = new();

    protected override void ProcessRecord() => _required.AddRange(RequiredModel);

    protected override void EndProcessing()
    {
        var status = HealthCheck.RunAsync(Settings, new ProbeOptions
        {
            RequiredModels = _required,
            Detailed = Detailed.IsPresent,
            ClientOptions = LlmClientOptions.From(Settings),
        }, CancellationToken).GetAwaiter().GetResult();

        if (Quiet.IsPresent)
        {
            WriteObject(status.Healthy);
            return;
        }
        if (!status.Healthy)
        {
            WriteWarning(status.Message);
        }
        WriteObject(status);
    }
}
