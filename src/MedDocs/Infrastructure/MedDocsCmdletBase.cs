using System.Management.Automation;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Infrastructure;

/// <summary>
/// What every MedDocs cmdlet needs: a cancellation token cancelled by Ctrl+C (StopProcessing),
/// disposed through IDisposable because EndProcessing is skipped on Ctrl+C, settings loading
/// with clear terminating errors, and uniform per-item error records.
/// </summary>
public abstract class MedDocsCmdletBase : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private bool _disposed;

    protected CancellationToken CancellationToken => _cancellation.Token;

    /// <summary>The effective settings, loaded once in BeginProcessing.</summary>
    protected MedDocsSettings Settings { get; private set; } = new();

    protected override void BeginProcessing() => Settings = LoadSettings(ParameterOverrides()).Settings;

    /// <summary>The parameters the user bound that override settings (none by default).</summary>
    protected virtual Dictionary<string, string?> ParameterOverrides() => new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Resolves auto and the models, once per invocation, and says which provider was picked.</summary>
    /// <param name="settings">Settings to resolve with, when not the invocation's own (e.g. a model taken from input records).</param>
    protected ResolvedProvider ResolveProvider(MedDocsSettings? settings = null)
    {
        settings ??= Settings;
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(settings.ProbeTimeoutSec));
        try
        {
            var resolved = new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken).GetAwaiter().GetResult();
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
            ThrowTerminatingError(ErrorRecords.Worded(new ErrorRecord(ex, "InvalidSetting", ErrorCategory.InvalidArgument, ex.Setting)));
            throw;
        }
        catch (LlmException ex)
        {
            // The chosen server does not answer: no item could succeed.
            ThrowTerminatingError(ErrorRecords.For(ex, ex.Endpoint));
            throw;
        }
    }

    protected override void StopProcessing() => _cancellation.Cancel();

    /// <summary>Settings from every layer plus the given parameter overrides; a bad value stops the command.</summary>
    protected EffectiveSettings LoadSettings(IReadOnlyDictionary<string, string?> parameters)
    {
        try
        {
            // PowerShell's current location, not the process's, decides which .env is read.
            return SettingsLoader.LoadForHost(parameters, SessionState.Path.CurrentFileSystemLocation.ProviderPath);
        }
        catch (SettingsException ex)
        {
            ThrowTerminatingError(ErrorRecords.Worded(new ErrorRecord(ex, "InvalidSetting", ErrorCategory.InvalidArgument, ex.Setting)));
            throw; // not reached: ThrowTerminatingError always throws
        }
    }

    /// <summary>A non-terminating error for one item, with a stable id and fitting category.</summary>
    protected void WriteItemError(Exception exception, object? target) => WriteError(ErrorRecords.For(exception, target));

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }
        if (disposing)
        {
            _cancellation.Dispose();
        }
        _disposed = true;
    }
}
