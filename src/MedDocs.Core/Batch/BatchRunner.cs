using System.Threading.Channels;

namespace MedDocs.Core.Batch;

/// <summary>
/// The one batch runner every operation uses: items are posted as they arrive (pipeline input),
/// run with bounded parallelism, and their results are read back — as they finish or in input
/// order — by a single consumer (the cmdlet's pipeline thread, which alone may call Write*).
/// A failing item becomes a failure result; the rest of the batch carries on. Cancellation stops
/// waiting items at once and cancels the running ones.
/// </summary>
public sealed class BatchRunner<TIn, TOut> : IDisposable
{
    private readonly Func<TIn, CancellationToken, Task<TOut>> _work;
    private readonly BatchOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _cancellation;
    private readonly Channel<BatchItemResult<TIn, TOut>> _finished = Channel.CreateUnbounded<BatchItemResult<TIn, TOut>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SortedDictionary<int, BatchItemResult<TIn, TOut>> _waitingForOrder = new();
    private readonly object _gate = new();
    private int _posted;
    private int _running;
    private int _completed;
    private int _failed;
    private int _nextToEmit;
    private bool _inputComplete;
    private bool _disposeRequested;

    public BatchRunner(Func<TIn, CancellationToken, Task<TOut>> work, BatchOptions options, CancellationToken cancellationToken)
    {
        if (options.ThrottleLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ThrottleLimit must be at least 1.");
        }
        _work = work;
        _options = options;
        _slots = new SemaphoreSlim(options.ThrottleLimit, options.ThrottleLimit);
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    /// <summary>Results read so far, as "i of N".</summary>
    public BatchProgress Progress
    {
        get
        {
            lock (_gate)
            {
                return new BatchProgress(_completed, _failed, _posted, _inputComplete);
            }
        }
    }

    /// <summary>Queues one item; it starts as soon as a slot is free.</summary>
    public void Post(TIn item)
    {
        int index;
        CancellationToken token;
        lock (_gate)
        {
            if (_inputComplete || _disposeRequested)
            {
                throw new InvalidOperationException("The batch is already complete.");
            }
            index = _posted++;
            _running++;
            token = _cancellation.Token;
        }
        // On the thread pool, so slow synchronous work (parsing a PDF) never blocks the pipeline thread.
        _ = Task.Run(() => RunOneAsync(index, item, token));
    }

    /// <summary>Says no more items will come; reading ends after the last result.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _inputComplete = true;
            if (_running == 0)
            {
                _finished.Writer.TryComplete();
            }
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

    private async Task RunOneAsync(int index, TIn item, CancellationToken token)
    {
        BatchItemResult<TIn, TOut> result;
        try
        {
            await _slots.WaitAsync(token).ConfigureAwait(false);
            try
            {
                // A slot freed by a cancelled item may be granted before this waiter sees the cancellation.
                token.ThrowIfCancellationRequested();
                var value = await _work(item, token).ConfigureAwait(false);
                result = new BatchItemResult<TIn, TOut>(index, item, value, null);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException ex) when (token.IsCancellationRequested)
        {
            // Cancelled by the user: hosts drop these quietly; ordered output still moves past them.
            result = new BatchItemResult<TIn, TOut>(index, item, default, ex, Cancelled: true);
        }
        catch (Exception ex)
        {
            result = new BatchItemResult<TIn, TOut>(index, item, default, ex);
        }
        bool lastAfterDispose;
        lock (_gate)
        {
            _finished.Writer.TryWrite(result);
            _running--;
            if (_inputComplete && _running == 0)
            {
                _finished.Writer.TryComplete();
            }
            lastAfterDispose = _disposeRequested && _running == 0;
        }
        if (lastAfterDispose)
        {
            ReleaseResources();
        }
    }

    /// <summary>
    /// Cancels what is still running; the semaphore and token source are released only when the
    /// last running item has finished with them (a pipeline can stop after its first result).
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposeRequested)
            {
                return;
            }
            _disposeRequested = true;
            _cancellation.Cancel();
            if (_running > 0)
            {
                return;
            }
        }
        ReleaseResources();
    }

    private void ReleaseResources()
    {
        _cancellation.Dispose();
        _slots.Dispose();
    }
}
