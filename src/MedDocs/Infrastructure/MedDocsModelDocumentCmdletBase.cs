using System.Management.Automation;
using MedDocs.Core.Cache;

namespace MedDocs.Infrastructure;

/// <summary>
/// Document cmdlets that use a model: the document inputs plus the shared provider parameters
/// (the same five as <see cref="MedDocsProviderCmdletBase"/>; C# allows one base class, so they
/// are declared here too and mapped by the same <see cref="ProviderOverrides"/>), and the result cache with -NoCache.
/// </summary>
public abstract class MedDocsModelDocumentCmdletBase<TOut> : MedDocsDocumentCmdletBase<TOut>
{
    private CmdletCache? _cache;

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

    /// <summary>Sends every document to the model: the result cache is neither read nor written (MEDDOCS_CACHE=false does this for every run).</summary>
    [Parameter]
    public SwitchParameter NoCache { get; set; }

    protected override Dictionary<string, string?> ParameterOverrides()
    {
        var overrides = ProviderOverrides.From(Provider, Endpoint, Model, MyInvocation.BoundParameters.ContainsKey(nameof(TimeoutSec)) ? TimeoutSec : null, AllowRemote.IsPresent);
        if (NoCache.IsPresent)
        {
            overrides["Cache"] = "false";
        }
        return overrides;
    }

    /// <summary>The result cache for this invocation, opened once (call from Prepare); null with -NoCache or MEDDOCS_CACHE=false.</summary>
    protected ResultCache? OpenCache() => (_cache ??= CmdletCache.Open(this, Settings)).Cache;

    /// <summary>Work that must finish after the last item and before the cache closes (Get-Embedding's last requests).</summary>
    protected virtual void CompleteWork()
    {
    }

    protected override void EndProcessing()
    {
        base.EndProcessing();
        CompleteWork();
        _cache?.Finish(this);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _cache?.Dispose();
        }
        base.Dispose(disposing);
    }
}
