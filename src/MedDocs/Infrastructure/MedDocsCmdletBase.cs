using System.Collections.Concurrent;
using System.Management.Automation;
using MedDocs.Core;
using MedDocs.Core.Configuration;
using MedDocs.Core.Operations;
using MedDocs.Core.Providers;

namespace MedDocs.Infrastructure;

/// <summary>
/// What every MedDocs cmdlet needs: a cancellation token cancelled by Ctrl+C (StopProcessing), disposed through
/// IDisposable because EndProcessing is skipped on Ctrl+C; settings loaded once with clear terminating errors;
/// the core's messages (<see cref="CoreEvents"/>, raised on any thread) queued and written on the pipeline thread; and
/// uniform per-item error records.
/// </summary>
public abstract class MedDocsCmdletBase : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly ConcurrentQueue<(bool Verbose, string Message)> _messages = new();
    private bool _disposed;

    protected MedDocsCmdletBase()
    {
        CoreEvents = new OperationEvents
        {
            Warning = message => _messages.Enqueue((false, message)),
            Notice = message => _messages.Enqueue((false, message)),
            Verbose = message => _messages.Enqueue((true, message)),
        };
    }

    protected CancellationToken CancellationToken => _cancellation.Token;

    /// <summary>The effective settings, loaded once in BeginProcessing.</summary>
    protected MedDocsSettings Settings { get; private set; } = new();

    /// <summary>Where the core's operations report warnings and detail; written by <see cref="WritePendingMessages"/>.</summary>
    protected OperationEvents CoreEvents { get; }

    protected override void BeginProcessing() => Settings = LoadSettings(Overrides().ToDictionary()).Settings;

    /// <summary>The parameters the user bound that override settings (none by default).</summary>
    protected virtual SettingOverrides Overrides() => new();

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

    /// <summary>
    /// Runs a core factory on the pipeline thread and writes what it said; a failure stops the command (no input
    /// could succeed without the operation): a bad setting, a server that does not answer, an engine without a server.
    /// </summary>
    protected T CreateOperation<T>(Func<CancellationToken, Task<T>> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        try
        {
            return factory(CancellationToken).GetAwaiter().GetResult();
        }
        catch (SettingsException ex)
        {
            WritePendingMessages();
            ThrowTerminatingError(ErrorRecords.Worded(new ErrorRecord(ex, "InvalidSetting", ErrorCategory.InvalidArgument, ex.Setting)));
            throw;
        }
        catch (Exception ex) when (ex is LlmException or MedDocsException)
        {
            WritePendingMessages();
            ThrowTerminatingError(ErrorRecords.For(ex, (ex as LlmException)?.Endpoint));
            throw;
        }
        finally
        {
            WritePendingMessages();
        }
    }

    /// <summary>Writes the messages the core queued (pipeline thread only).</summary>
    protected void WritePendingMessages()
    {
        while (_messages.TryDequeue(out var message))
        {
            if (message.Verbose)
            {
                WriteVerbose(message.Message);
            }
            else
            {
                WriteWarning(message.Message);
            }
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
