using System.Management.Automation;
using MedDocs.Core.Batch;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;

namespace MedDocs.Infrastructure;

/// <summary>
/// Runs a cmdlet's inputs through its operation with the core's batch runner: inputs start as they arrive, with
/// bounded parallelism (-ThrottleLimit); finished results are handed back on the pipeline thread (the only thread
/// allowed to call Write*) between inputs and at the end, in input order, with "i of N" progress. Owns the operation:
/// at the end its cache is closed and counted, and disposing the batch disposes it.
/// </summary>
internal sealed class CmdletBatch<TResult> : IDisposable
{
    private readonly PSCmdlet _cmdlet;
    private readonly string _activity;
    private readonly Action<BatchItemResult<DocumentSource, TResult>> _write;
    private readonly CancellationToken _cancellationToken;
    private readonly BatchRunner<DocumentSource, TResult> _runner;

    /// <summary>The batch of one invocation; <paramref name="write"/> writes one finished item (success or failure), on the pipeline thread.</summary>
    public CmdletBatch(PSCmdlet cmdlet, IDocumentOperation<TResult> operation, int throttleLimit, string activity,
        Action<BatchItemResult<DocumentSource, TResult>> write, CancellationToken cancellationToken)
    {
        _cmdlet = cmdlet;
        Operation = operation;
        _activity = activity;
        _write = write;
        _cancellationToken = cancellationToken;
        // Results leave in input order (Export-Csv rows match the input list); work still overlaps up to the throttle.
        _runner = new BatchRunner<DocumentSource, TResult>(operation.RunAsync, new BatchOptions { ThrottleLimit = throttleLimit, Ordered = true }, cancellationToken);
    }

    public IDocumentOperation<TResult> Operation { get; }

    /// <summary>Hands one input to the runner and writes whatever has finished meanwhile.</summary>
    public void Post(DocumentSource source)
    {
        _runner.Post(source);
        while (_runner.TryRead(out var result))
        {
            Write(result);
        }
    }

    /// <summary>No more input: writes every remaining result as it finishes, then completes the progress bar.</summary>
    public void FinishInput()
    {
        _runner.Complete();
        PipelineThread.ForEach(_runner.ReadAllAsync(_cancellationToken), Write, _cancellationToken);
        _cmdlet.WriteProgress(new ProgressRecord(1, _activity, "Done") { RecordType = ProgressRecordType.Completed });
    }

    private void Write(BatchItemResult<DocumentSource, TResult> result)
    {
        if (result.Cancelled)
        {
            return;
        }
        _write(result);
        var progress = _runner.Progress;
        _cmdlet.WriteProgress(new ProgressRecord(1, _activity, $"{progress.Completed} of {progress.Total}")
        {
            PercentComplete = progress.InputComplete ? Math.Min(100, progress.PercentComplete) : -1,
        });
    }

    /// <summary>After the last result (and any work that still needed the operation): closes the cache and writes its counts.</summary>
    public void FinishCache() => CmdletCache.Finish(_cmdlet, Operation.Cache);

    public void Dispose()
    {
        _runner.Dispose();
        Operation.Dispose();
    }
}
