namespace MedDocs.Core.Requests;

/// <summary>
/// The limiter in front of one model server: at most <see cref="Size"/> requests in flight, the rest wait in arrival
/// order. A SemaphoreSlim cannot change its size, and the size follows the ServerSlots setting of the operation set
/// up last (see <see cref="RequestGates"/>), so this keeps its own count. Shrinking never cancels a request already
/// in flight: new ones start only once the count is below the new size. Waiting honours cancellation (Ctrl+C).
/// Thread-safe.
/// </summary>
public sealed class RequestGate
{
    private readonly object _lock = new();
    private readonly LinkedList<TaskCompletionSource<RequestLease>> _waiting = new();
    private int _size;
    private int _inFlight;

    public RequestGate(string endpoint, int size)
    {
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        Endpoint = endpoint;
        _size = size;
    }

    /// <summary>The normalised endpoint this gate guards (scheme://host:port/base-path).</summary>
    public string Endpoint { get; }

    /// <summary>Most requests in flight at once.</summary>
    public int Size
    {
        get { lock (_lock) { return _size; } }
    }

    /// <summary>Requests holding a slot right now.</summary>
    public int InFlight
    {
        get { lock (_lock) { return _inFlight; } }
    }

    /// <summary>Requests waiting for a slot right now.</summary>
    public int Waiting
    {
        get { lock (_lock) { return _waiting.Count; } }
    }

    /// <summary>Sets the number of slots; waiters are admitted at once when it grows.</summary>
    public void Resize(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        lock (_lock)
        {
            _size = size;
            AdmitWaiters();
        }
    }

    /// <summary>A slot, when one is free; dispose the lease to give it back.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting; no slot is held.</exception>
    public ValueTask<RequestLease> EnterAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TaskCompletionSource<RequestLease> waiter;
        LinkedListNode<TaskCompletionSource<RequestLease>> node;
        lock (_lock)
        {
            if (_inFlight < _size && _waiting.Count == 0)
            {
                _inFlight++;
                return ValueTask.FromResult(new RequestLease(this));
            }
            waiter = new TaskCompletionSource<RequestLease>(TaskCreationOptions.RunContinuationsAsynchronously);
            node = _waiting.AddLast(waiter);
        }
        return new ValueTask<RequestLease>(WaitAsync(waiter, node, cancellationToken));
    }

    private async Task<RequestLease> WaitAsync(TaskCompletionSource<RequestLease> waiter, LinkedListNode<TaskCompletionSource<RequestLease>> node, CancellationToken cancellationToken)
    {
        await using (cancellationToken.Register(() => Abandon(waiter, node, cancellationToken)).ConfigureAwait(false))
        {
            return await waiter.Task.ConfigureAwait(false);
        }
    }

    /// <summary>A cancelled waiter leaves the queue; if it was admitted in the same instant, its slot goes back.</summary>
    private void Abandon(TaskCompletionSource<RequestLease> waiter, LinkedListNode<TaskCompletionSource<RequestLease>> node, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (node.List is not null)
            {
                _waiting.Remove(node);
                waiter.TrySetCanceled(cancellationToken);
            }
        }
    }

    internal void Exit()
    {
        lock (_lock)
        {
            _inFlight--;
            AdmitWaiters();
        }
    }

    private void AdmitWaiters()
    {
        while (_inFlight < _size && _waiting.First is { } first)
        {
            _waiting.RemoveFirst();
            _inFlight++;
            first.Value.TrySetResult(new RequestLease(this));
        }
    }
}
