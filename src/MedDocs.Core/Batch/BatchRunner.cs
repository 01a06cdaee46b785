using System.Threading.Channels;

namespace MedDocs.Core.Batch;

/// <summary>
/// The one batch runner every host uses: items are posted as they arrive (pipeline input) into a channel,
/// <see cref="Parallel.ForEachAsync{TSource}(IAsyncEnumerable{TSource}, ParallelOptions, Func{TSource, CancellationToken, ValueTask})"/>
/// works on at most ThrottleLimit of them at once (reading files, chunking; the requests they send to a model
/// server pass that server's request gate besides), and their results are read back — as they finish or in
/// input order — by a single consumer (the cmdlet's pipeline thread, which alone may call Write*).
/// A failing item becomes a failure result; the rest of the batch carries on. Cancellation stops waiting items
/// at once (each becomes a cancelled result) and cancels the running ones.
/// </summary>
public sealed class BatchRunner<TIn, TOut> : IDisposable
{
    private readonly Func<TIn, CancellationToken, Task<TOut>> _work;
    private readonly BatchOptions _options;
    private readonly CancellationTokenSource _cancellation;
    private readonly Channel<(int Index, TIn Item)> _posted = Channel.CreateUnbounded<(int, TIn)>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly Channel<BatchItemResult<TIn, TOut>> _finished = Channel.CreateUnbounded<BatchItemResult<TIn, TOut>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SortedDictionary<int, BatchItemResult<TIn, TOut>> _waitingForOrder = new();
    private readonly object _gate = new();
    private int _postedCount;
    private int _completed;
    private int _failed;
    private int _nextToEmit;
    private bool _inputComplete;
    private bool _disposeRequested;
    private bool _workersDone;

    public BatchRunner(Func<TIn, CancellationToken, Task<TOut>> work, BatchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ThrottleLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ThrottleLimit must be at least 1.");
        }
        _work = work;
        _options = options;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // On the thread pool, so slow synchronous work (parsing a PDF) never blocks the pipeline thread.
        _ = Task.Run(RunWorkersAsync, CancellationToken.None);
    }

    /// <summary>Results read so far, as "i of N".</summary>
    public BatchProgress Progress
    {
        get
        {
            lock (_gate)
            {
                return new BatchProgress(_completed, _failed, _postedCount, _inputComplete);
            }
        }
    }

    /// <summary>Queues one item; it starts as soon as one of the ThrottleLimit workers is free.</summary>
    public void Post(TIn item)
    {
        lock (_gate)
        {
            if (_inputComplete || _disposeRequested)
            {
                throw new InvalidOperationException("The batch is already complete.");
            }
            _posted.Writer.TryWrite((_postedCount++, item));
        }
    }

    /// <summary>Says no more items will come; reading ends after the last result.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _inputComplete = true;
            _posted.Writer.TryComplete();
        }
    }

    /// <summary>Stops the batch: waiting items are dropped, running ones cancelled.</summary>
    public void Cancel() => _cancellation.Cancel();

    /// <summary>A result that is ready now, without waiting (for draining between pipeline inputs).</summary>
    public bool TryRead(out BatchItemResult<TIn, TOut> result)
    {
        while (true)
        {
            if (_options.Ordered && _waitingForOrder.Remove(_nextToEmit, out var next))
            {
                result = Emit(next);
                return true;
            }
            if (!_finished.Reader.TryRead(out var finished))
            {
                result = null!;
                return false;
            }
            if (!_options.Ordered)
            {
                result = Emit(finished);
                return true;
            }
            _waitingForOrder[finished.Index] = finished;
        }
    }

    /// <summary>Every remaining result, waiting as needed, until the batch is complete and drained.</summary>
    public async IAsyncEnumerable<BatchItemResult<TIn, TOut>> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            while (TryRead(out var ready))
            {
                yield return ready;
            }
            if (!await _finished.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }
        }
    }

    private BatchItemResult<TIn, TOut> Emit(BatchItemResult<TIn, TOut> result)
    {
        lock (_gate)
        {
            _completed++;
            if (!result.Succeeded && !result.Cancelled)
            {
                _failed++;
            }
        }
        _nextToEmit = Math.Max(_nextToEmit, result.Index + 1);
        return result;
    }

    /// <summary>
    /// ThrottleLimit workers take posted items in order until the input is complete. Not cancelled by the batch's
    /// token: after Ctrl+C each waiting item still comes through, as a cancelled result, so ordered output and
    /// progress move past it.
    /// </summary>
    private async Task RunWorkersAsync()
    {
        try
        {
            var workers = new ParallelOptions { MaxDegreeOfParallelism = _options.ThrottleLimit };
            await Parallel.ForEachAsync(_posted.Reader.ReadAllAsync(), workers, async (posted, _) =>
                _finished.Writer.TryWrite(await RunOneAsync(posted.Index, posted.Item).ConfigureAwait(false))).ConfigureAwait(false);
        }
        finally
        {
            _finished.Writer.TryComplete();
            bool release;
            lock (_gate)
            {
                _workersDone = true;
                release = _disposeRequested;
            }
            if (release)
            {
                _cancellation.Dispose();
            }
        }
    }

    private async Task<BatchItemResult<TIn, TOut>> RunOneAsync(int index, TIn item)
    {
        var token = _cancellation.Token;
        try
        {
            token.ThrowIfCancellationRequested();
            var value = await _work(item, token).ConfigureAwait(false);
            return new BatchItemResult<TIn, TOut>(index, item, value, null);
        }
        catch (OperationCanceledException ex) when (token.IsCancellationRequested)
        {
            // Cancelled by the user: hosts drop these quietly; ordered output still moves past them.
            return new BatchItemResult<TIn, TOut>(index, item, default, ex, Cancelled: true);
        }
#pragma warning disable CA1031 // one failing item is one failure result; the batch goes on
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new BatchItemResult<TIn, TOut>(index, item, default, ex);
        }
    }

    /// <summary>
    /// Cancels what is still running and ends the input; the token source is released only when the workers have
    /// finished with it (a pipeline can stop after its first result).
    /// </summary>
    public void Dispose()
    {
        bool release;
        lock (_gate)
        {
            if (_disposeRequested)
            {
                return;
            }
            _disposeRequested = true;
            _cancellation.Cancel();
            _posted.Writer.TryComplete();
            release = _workersDone;
        }
        if (release)
        {
            _cancellation.Dispose();
        }
    }
}
