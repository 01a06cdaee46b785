using System.Management.Automation;
using MedDocs.Core.Batch;

namespace MedDocs.Infrastructure;

/// <summary>
/// Runs each pipeline item through the core's batch runner: items start as they arrive, with
/// bounded parallelism (-ThrottleLimit); finished results are written on the pipeline thread
/// (the only thread allowed to call Write*) between inputs and at the end, with "i of N" progress.
/// Ctrl+C cancels the runner through the base class's token.
/// </summary>
public abstract class MedDocsBatchCmdletBase<TIn, TOut> : MedDocsCmdletBase
{
    private BatchRunner<TIn, TOut>? _runner;

    /// <summary>How many items are processed at once (default 4, LM Studio's parallel slots; MEDDOCS_THROTTLE_LIMIT).</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; }

    /// <summary>Progress activity, e.g. "Categorizing documents".</summary>
    protected abstract string Activity { get; }

    /// <summary>The work for one item, on a worker thread: no Write* calls here.</summary>
    protected abstract Task<TOut> ProcessItemAsync(TIn item, CancellationToken cancellationToken);

    /// <summary>Writes one successful result (on the pipeline thread).</summary>
    protected virtual void WriteResult(TIn input, TOut value) => WriteObject(value);

    /// <summary>The error record's target object for an item (usually its path).</summary>
    protected virtual object? ErrorTarget(TIn input) => input;

    /// <summary>Writes warnings the workers queued (on the pipeline thread, before each result and at the end).</summary>
    protected virtual void WritePendingWarnings()
    {
    }

    /// <summary>Called once settings are loaded, before the first item (resolve the provider here).</summary>
    protected virtual void Prepare()
    {
    }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        Prepare();
        var throttle = MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)) ? ThrottleLimit : Settings.ThrottleLimit;
        // Results leave in input order (Export-Csv rows match the input list); work still overlaps up to the throttle.
        _runner = new BatchRunner<TIn, TOut>(ProcessItemAsync, new BatchOptions { ThrottleLimit = throttle, Ordered = true }, CancellationToken);
    }

    /// <summary>Hands one item to the runner and writes whatever has finished meanwhile.</summary>
    protected void Enqueue(TIn item)
    {
        _runner!.Post(item);
        DrainReady();
    }

    protected override void EndProcessing()
    {
        if (_runner is null)
        {
            return;
        }
        _runner.Complete();
        var all = _runner.ReadAllAsync(CancellationToken).GetAsyncEnumerator(CancellationToken);
        try
        {
            while (all.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                Write(all.Current);
            }
        }
        catch (OperationCanceledException) when (CancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: stop quietly, PowerShell reports the stop itself.
        }
        finally
        {
            all.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        WritePendingWarnings();
        WriteProgress(new ProgressRecord(1, Activity, "Done") { RecordType = ProgressRecordType.Completed });
    }

    private void DrainReady()
    {
        while (_runner!.TryRead(out var result))
        {
            Write(result);
        }
    }

    private void Write(BatchItemResult<TIn, TOut> result)
    {
        if (result.Cancelled)
        {
            return;
        }
        WritePendingWarnings();
        if (result.Succeeded)
        {
            WriteResult(result.Input, result.Value!);
        }
        else
        {
            WriteItemError(result.Error!, ErrorTarget(result.Input));
        }
        var progress = _runner!.Progress;
        WriteProgress(new ProgressRecord(1, Activity, $"{progress.Completed} of {progress.Total}")
        {
            PercentComplete = progress.InputComplete ? Math.Min(100, progress.PercentComplete) : -1,
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _runner?.Dispose();
        }
        base.Dispose(disposing);
    }
}
