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
    [Parameter]
    [ValidateSet("Auto", "LMStudio", "Ollama", "OpenAI", "OpenAICompatible", "Builtin", IgnoreCase = true)]
    public string? Provider { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Endpoint { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ModelNameCompleter))]
    public string? Model { get; set; }

    [Parameter]
    [ValidateRange(1, 86400)]
    public int TimeoutSec { get; set; }

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
