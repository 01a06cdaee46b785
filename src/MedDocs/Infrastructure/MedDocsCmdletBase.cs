using System.Management.Automation;
using MedDocs.Core.Configuration;

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

    protected override void StopProcessing() => _cancellation.Cancel();

    /// <summary>Settings from every layer plus the given parameter overrides; a bad value stops the command.</summary>
    protected EffectiveSettings LoadSettings(IReadOnlyDictionary<string, string?> parameters)
    {
        try
        {
            return SettingsLoader.Load(new SettingsRequest
            {
                Environment = SettingsRequest.ProcessEnvironment(),
                WorkingDirectory = SessionState.Path.CurrentFileSystemLocation.ProviderPath,
                Parameters = parameters,
            });
        }
        catch (SettingsException ex)
        {
            ThrowTerminatingError(new ErrorRecord(ex, "InvalidSetting", ErrorCategory.InvalidArgument, ex.Setting));
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
