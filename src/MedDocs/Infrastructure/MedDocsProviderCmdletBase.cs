using System.Globalization;
using System.Management.Automation;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Infrastructure;

/// <summary>
/// Adds the provider parameters every model-using cmdlet shares (-Provider, -Endpoint, -Model,
/// -TimeoutSec, -AllowRemote) and loads the effective settings once, in BeginProcessing.
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

    protected MedDocsSettings Settings { get; private set; } = new();

    protected override void BeginProcessing() => Settings = LoadSettings(ParameterOverrides()).Settings;

    /// <summary>The parameters the user actually bound, as setting overrides.</summary>
    protected virtual Dictionary<string, string?> ParameterOverrides()
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (Provider is not null)
        {
            overrides["Provider"] = Provider;
        }
        if (Endpoint is not null)
        {
            overrides["Endpoint"] = Endpoint;
        }
        if (Model is not null)
        {
            overrides["Model"] = Model;
        }
        if (MyInvocation.BoundParameters.ContainsKey(nameof(TimeoutSec)))
        {
            overrides["TimeoutSec"] = TimeoutSec.ToString(CultureInfo.InvariantCulture);
        }
        if (AllowRemote.IsPresent)
        {
            overrides["AllowRemote"] = "true";
        }
        return overrides;
    }

    /// <summary>Resolves auto and the models, once per invocation, and says which provider was picked.</summary>
    protected ResolvedProvider ResolveProvider()
    {
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(Settings.ProbeTimeoutSec));
        var resolver = new ProviderResolver(new ServerProbe(http));
        try
        {
            var resolved = resolver.ResolveAsync(Settings, CancellationToken).GetAwaiter().GetResult();
            if (resolved.FellBackToBuiltin)
            {
                WriteWarning(resolved.Note);
            }
            else
            {
                WriteVerbose(resolved.Note);
            }
            return resolved;
        }
        catch (SettingsException ex)
        {
            ThrowTerminatingError(new ErrorRecord(ex, "InvalidSetting", ErrorCategory.InvalidArgument, ex.Setting));
            throw;
        }
    }
}
