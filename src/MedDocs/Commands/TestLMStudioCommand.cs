using System.Management.Automation;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>
/// <para type="synopsis">Tests whether the model server is up and which models it has, loaded or not.</para>
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "LMStudio", DefaultParameterSetName = "Status")]
[OutputType(typeof(ServerStatus), ParameterSetName = new[] { "Status" })]
[OutputType(typeof(bool), ParameterSetName = new[] { "Quiet" })]
public sealed class TestLMStudioCommand : MedDocsProviderCmdletBase
{
    /// <summary>Models that must be present and loaded.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string[] RequiredModel { get; set; } = Array.Empty<string>();

    /// <summary>Return only $true (ready) or $false.</summary>
    [Parameter(ParameterSetName = "Quiet", Mandatory = true)]
    public SwitchParameter Quiet { get; set; }

    /// <summary>Also time one tiny generation: time to first token and tokens/s.</summary>
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
