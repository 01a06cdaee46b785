using System.Management.Automation;
using MedDocs.Core.Configuration;

namespace MedDocs.Infrastructure;

/// <summary>
/// The provider parameters (-Provider, -Endpoint, -Model, -TimeoutSec, -AllowRemote), declared once for every cmdlet
/// that talks to a model server; the document cmdlets get them through <see cref="MedDocsDocumentCmdletBase{TResult}"/>.
/// </summary>
public abstract class MedDocsProviderCmdletBase : MedDocsCmdletBase
{
    /// <summary>The model server: Auto (LM Studio, else Ollama, else builtin), LMStudio, Ollama, OpenAI, OpenAICompatible or Builtin. Overrides LLM_PROVIDER / MEDDOCS_PROVIDER.</summary>
    [Parameter]
    [ValidateSet("Auto", "LMStudio", "Ollama", "OpenAI", "OpenAICompatible", "Builtin", IgnoreCase = true)]
    public string? Provider { get; set; }

    /// <summary>The server's base URL, e.g. http://localhost:1234/v1. Non-loopback hosts also need -AllowRemote.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Endpoint { get; set; }

    /// <summary>The model id as the server lists it (tab completion asks the server).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ModelNameCompleter))]
    public string? Model { get; set; }

    /// <summary>Network timeout in seconds for a model request; a timed-out generation is never re-sent.</summary>
    [Parameter]
    [ValidateRange(1, 86400)]
    public int TimeoutSec { get; set; }

    /// <summary>Allows sending document text to a server that is not on this machine (patient data stays local otherwise).</summary>
    [Parameter]
    public SwitchParameter AllowRemote { get; set; }

    protected override SettingOverrides Overrides() => new()
    {
        Provider = Provider,
        Endpoint = Endpoint,
        Model = Model,
        TimeoutSec = MyInvocation.BoundParameters.ContainsKey(nameof(TimeoutSec)) ? TimeoutSec : null,
        AllowRemote = AllowRemote.IsPresent,
    };
}
