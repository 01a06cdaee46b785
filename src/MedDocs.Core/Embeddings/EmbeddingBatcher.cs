using System.Threading.Channels;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// Groups pending texts into requests of up to <c>batchSize</c> and sends full batches at once (how many are on the
/// wire is the server's request gate's business: the backend's client passes it); <see cref="Complete"/> sends the remainder. Texts from many small documents
/// share a request, so 1,000 short texts cost ~32 round trips instead of 1,000. Posting is cheap and never waits for
/// the server; results are read back by one consumer as each request finishes. A request the server rejects for its
/// input (too long for the context, or otherwise refused) is split in halves until the offending text is alone, so
/// one oversized text no longer fails the others (llama.cpp fails a whole request for one input over its batch
/// size); a lone text the server finds too long is cut by what the server reported and sent again. Any other
/// failure (server down, timeout) fails every text the request carried; the other requests carry on.
/// </summary>
public sealed class EmbeddingBatcher
{
    private readonly IEmbeddingBackend _backend;
    private readonly Func<EmbeddingInput, float[], EmbeddingBatch, EmbeddingRecord> _toRecord;
    private readonly int _batchSize;
    private readonly CancellationToken _cancellationToken;
    private readonly Channel<EmbeddingOutcome> _finished = Channel.CreateUnbounded<EmbeddingOutcome>(new UnboundedChannelOptions { SingleReader = true });
    private readonly object _gate = new();
    private List<EmbeddingInput> _pending = new();
    private int _inFlight;
    private int _requests;
    private bool _completed;

    public EmbeddingBatcher(IEmbeddingBackend backend, int batchSize,
        Func<EmbeddingInput, float[], EmbeddingBatch, EmbeddingRecord> toRecord, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        _backend = backend;
        _batchSize = batchSize;
        _toRecord = toRecord;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Requests sent so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Queues one text; sends a request as soon as a batch is full.</summary>
    public void Post(EmbeddingInput input)
    {
        List<EmbeddingInput>? full = null;
        lock (_gate)
        {
            if (_completed)
            {
                throw new InvalidOperationException("The batcher is already complete.");
            }
            _pending.Add(input);
            if (_pending.Count >= _batchSize)
            {
                full = TakePending();
            }
        }
        if (full is not null)
        {
            Dispatch(full);
        }
    }

    /// <summary>Hands back an input whose vector is already known (from the result cache): it is read back like the others, without a request.</summary>
    public void PostKnown(EmbeddingInput input, EmbeddingBatch known)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(known);
        lock (_gate)
        {
            if (_completed)
            {
                throw new InvalidOperationException("The batcher is already complete.");
            }
            _finished.Writer.TryWrite(Outcome(input, known.Vectors[0], known));
        }
    }

    /// <summary>Sends what is still pending; reading ends after the last request finishes.</summary>
    public void Complete()
    {
        List<EmbeddingInput>? rest = null;
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }
            _completed = true;
            if (_pending.Count > 0)
            {
                rest = TakePending();
            }
            else if (_inFlight == 0)
            {
                _finished.Writer.TryComplete();
            }
        }
        if (rest is not null)
        {
            Dispatch(rest);
        }
    }

    /// <summary>A finished outcome, if one is ready (never waits).</summary>
    public bool TryRead(out EmbeddingOutcome outcome) => _finished.Reader.TryRead(out outcome!);

    /// <summary>Every outcome until <see cref="Complete"/> was called and all requests finished.</summary>
    public IAsyncEnumerable<EmbeddingOutcome> ReadAllAsync(CancellationToken cancellationToken) => _finished.Reader.ReadAllAsync(cancellationToken);

    private List<EmbeddingInput> TakePending()
    {
        var batch = _pending;
        _pending = new List<EmbeddingInput>(_batchSize);
        _inFlight++;
        return batch;
    }

    private void Dispatch(List<EmbeddingInput> batch) => _ = Task.Run(() => SendAsync(batch));

    /// <summary>Times a lone text is cut and sent again after the server said it was too long.</summary>
    private const int MaxShrinks = 3;

    private async Task SendAsync(List<EmbeddingInput> batch)
    {
        try
        {
            await EmbedIsolatingAsync(batch).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a failed request becomes failure outcomes; the batch goes on
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Fail(batch, ex);
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
                if (_completed && _inFlight == 0 && _pending.Count == 0)
                {
                    _finished.Writer.TryComplete();
                }
            }
        }
    }

    private async Task EmbedIsolatingAsync(List<EmbeddingInput> batch)
    {
        EmbeddingBatch result;
        try
        {
            Interlocked.Increment(ref _requests);
            result = await _backend.EmbedAsync(batch.Select(i => i.ModelText).ToList(), _cancellationToken).ConfigureAwait(false);
        }
        catch (LlmException ex) when (RejectsInput(ex) && batch.Count > 1)
        {
            var half = batch.Count / 2;
            await EmbedIsolatingAsync(batch.GetRange(0, half)).ConfigureAwait(false);
            await EmbedIsolatingAsync(batch.GetRange(half, batch.Count - half)).ConfigureAwait(false);
            return;
        }
        catch (LlmException ex) when (ex.Kind == LlmErrorKind.ContextOverflow && Shrunk(batch[0], ex) is { } shorter)
        {
            await EmbedIsolatingAsync([shorter]).ConfigureAwait(false);
            return;
        }
#pragma warning disable CA1031 // this part's texts fail; parts already answered keep their vectors
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Fail(batch, ex);
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            _finished.Writer.TryWrite(Outcome(batch[i], result.Vectors[i], result));
        }
    }

    /// <summary>A rejection that concerns what was sent, not the server's state: another split of the batch may pass.</summary>
    private static bool RejectsInput(LlmException ex) => ex.Kind is LlmErrorKind.ContextOverflow or LlmErrorKind.BadRequest;

    /// <summary>
    /// The text cut to what the server says fits (its context over the prompt it counted, less a tenth), or to half
    /// when it gave no numbers; null after <see cref="MaxShrinks"/> cuts or when nothing would be left.
    /// </summary>
    private static EmbeddingInput? Shrunk(EmbeddingInput input, LlmException overflow)
    {
        if (input.Shrinks >= MaxShrinks || input.Chunk.Length < 2)
        {
            return null;
        }
        var ratio = overflow.ReportedContextTokens is int context && overflow.ReportedPromptTokens is int prompt && prompt > context
            ? 0.9 * context / prompt
            : 0.5;
        var length = Math.Max(1, Math.Min(input.Chunk.Length - 1, (int)(input.Chunk.Length * ratio)));
        return input.CutTo(length) with { Shrinks = input.Shrinks + 1, RefusedModelText = input.RefusedModelText ?? input.ModelText };
    }

    private void Fail(List<EmbeddingInput> batch, Exception ex)
    {
        foreach (var input in batch)
        {
            _finished.Writer.TryWrite(new EmbeddingOutcome(input.SourceId, input.SourceName, null, ex));
        }
    }

    private EmbeddingOutcome Outcome(EmbeddingInput input, float[] vector, EmbeddingBatch batch)
    {
        try
        {
            return new EmbeddingOutcome(input.SourceId, input.SourceName, _toRecord(input, vector, batch), null);
        }
#pragma warning disable CA1031 // e.g. a model with fewer dimensions than asked: that text fails, not the process
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new EmbeddingOutcome(input.SourceId, input.SourceName, null, ex);
        }
    }
}
