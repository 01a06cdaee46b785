namespace MedDocs.Simulator;

/// <summary>
/// Switchable misbehaviour. Thread-safe: a test flips a fault while requests are in flight.
/// "…Next" counters are consumed one per affected request; booleans stay until reset.
/// Unless noted, faults touch only generation requests (chat completions and embeddings).
/// </summary>
public sealed class SimulatorFaults
{
    private readonly Lock gate = new();
    private int latencyMs;
    private int firstTokenDelayMs;
    private int failNextRequests;
    private int failStatus = 500;
    private int failEveryNth;
    private int? retryAfterSeconds;
    private int dropConnection;
    private int malformedJsonNext;
    private int invalidContentNext;
    private int plainStringErrorNext;
    private int emptyFinishReasonNext;
    private int nullFinishReasonNext;
    private string? finishReasonOverride;
    private bool noModelLoaded;
    private bool unknownRouteEverywhere;
    private int hangMs;
    private bool jitLoading = true;
    private int maxEmbeddingBatch;
    private int echoErrorNext;
    private EchoStyle echoErrorStyle = EchoStyle.FastApi422;
    private string? redirectTo;
    private int errorWithOkNext;
    private long generationRequests;

    /// <summary>Fixed delay per generation, spent while holding a slot (throughput = slots / latency).</summary>
    public int LatencyMs { get => Read(() => latencyMs); set => Write(() => latencyMs = NonNegative(value)); }

    /// <summary>Extra delay before the first content chunk of a stream.</summary>
    public int FirstTokenDelayMs { get => Read(() => firstTokenDelayMs); set => Write(() => firstTokenDelayMs = NonNegative(value)); }

    /// <summary>The next N generation requests fail with <see cref="FailStatus"/>.</summary>
    public int FailNextRequests { get => Read(() => failNextRequests); set => Write(() => failNextRequests = NonNegative(value)); }

    /// <summary>HTTP status of injected failures: 500, 502, 503, 429…</summary>
    public int FailStatus
    {
        get => Read(() => failStatus);
        set => Write(() => failStatus = value is >= 400 and <= 599
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "FailStatus must be an HTTP error status (400-599)."));
    }

    /// <summary>Every Nth generation request fails (0 = off); counted from the last reset.</summary>
    public int FailEveryNth { get => Read(() => failEveryNth); set => Write(() => failEveryNth = NonNegative(value)); }

    /// <summary>Adds <c>Retry-After</c> to injected failures when set.</summary>
    public int? RetryAfterSeconds { get => Read(() => retryAfterSeconds); set => Write(() => retryAfterSeconds = value); }

    /// <summary>The next N generation requests get their connection aborted without any response.</summary>
    public int DropConnection { get => Read(() => dropConnection); set => Write(() => dropConnection = NonNegative(value)); }

    /// <summary>The next N chat completions answer 200 with a truncated, unparsable JSON body (or SSE chunk).</summary>
    public int MalformedJsonNext { get => Read(() => malformedJsonNext); set => Write(() => malformedJsonNext = NonNegative(value)); }

    /// <summary>The next N chat completions are well-formed but their content violates the requested schema.</summary>
    public int InvalidContentNext { get => Read(() => invalidContentNext); set => Write(() => invalidContentNext = NonNegative(value)); }

    /// <summary>The next N error bodies use LM Studio's <c>{"error":"text"}</c> instead of <c>{"error":{"message",…}}</c>.</summary>
    public int PlainStringErrorNext { get => Read(() => plainStringErrorNext); set => Write(() => plainStringErrorNext = NonNegative(value)); }

    /// <summary>The next N chat completions carry <c>finish_reason: ""</c>.</summary>
    public int EmptyFinishReasonNext { get => Read(() => emptyFinishReasonNext); set => Write(() => emptyFinishReasonNext = NonNegative(value)); }

    /// <summary>The next N chat completions carry <c>finish_reason: null</c>.</summary>
    public int NullFinishReasonNext { get => Read(() => nullFinishReasonNext); set => Write(() => nullFinishReasonNext = NonNegative(value)); }

    /// <summary>Every chat completion carries this finish_reason (e.g. "eos") until cleared with null.</summary>
    public string? FinishReasonOverride { get => Read(() => finishReasonOverride); set => Write(() => finishReasonOverride = value); }

    /// <summary>Chat and embeddings answer "No models loaded"; model listings show everything not loaded.</summary>
    public bool NoModelLoaded { get => Read(() => noModelLoaded); set => Write(() => noModelLoaded = value); }

    /// <summary>Every route (even <c>/v1/models</c>) answers 200 "Unexpected endpoint": up, but not serving the API.</summary>
    public bool UnknownRouteEverywhere { get => Read(() => unknownRouteEverywhere); set => Write(() => unknownRouteEverywhere = value); }

    /// <summary>Delay before answering ANY API route (not /simulator), for client timeout tests; ends early if the client gives up.</summary>
    public int HangMs { get => Read(() => hangMs); set => Write(() => hangMs = NonNegative(value)); }

    /// <summary>LM Studio's "Just-in-time model loading": when false, a not-loaded model is an error instead of being loaded.</summary>
    public bool JitLoading { get => Read(() => jitLoading); set => Write(() => jitLoading = value); }

    /// <summary>Largest accepted embeddings batch (0 = unlimited); bigger batches get HTTP 400.</summary>
    public int MaxEmbeddingBatch { get => Read(() => maxEmbeddingBatch); set => Write(() => maxEmbeddingBatch = NonNegative(value)); }

    /// <summary>The next N generations fail with an error that quotes what was sent (see <see cref="EchoErrorStyle"/>).</summary>
    public int EchoErrorNext { get => Read(() => echoErrorNext); set => Write(() => echoErrorNext = NonNegative(value)); }

    /// <summary>How an echoing server words its error.</summary>
    public EchoStyle EchoErrorStyle { get => Read(() => echoErrorStyle); set => Write(() => echoErrorStyle = value); }

    /// <summary>Every API route answers 307 to this base URL plus the request's path (a proxy or a moved server); null = off.</summary>
    public string? RedirectTo { get => Read(() => redirectTo); set => Write(() => redirectTo = value); }

    /// <summary>The next N generations answer HTTP 200 with an error body instead of a result, as LM Studio does when a model crashes.</summary>
    public int ErrorWithOkNext { get => Read(() => errorWithOkNext); set => Write(() => errorWithOkNext = NonNegative(value)); }

    internal bool TakeEchoError() => Take(ref echoErrorNext);

    internal bool TakeErrorWithOk() => Take(ref errorWithOkNext);

    /// <summary>Back to a well-behaved server (latency included).</summary>
    public void Reset()
    {
        lock (gate)
        {
            latencyMs = firstTokenDelayMs = failNextRequests = failEveryNth = dropConnection = 0;
            malformedJsonNext = invalidContentNext = plainStringErrorNext = 0;
            emptyFinishReasonNext = nullFinishReasonNext = hangMs = maxEmbeddingBatch = 0;
            echoErrorNext = errorWithOkNext = 0;
            echoErrorStyle = EchoStyle.FastApi422;
            redirectTo = null;
            failStatus = 500;
            retryAfterSeconds = null;
            finishReasonOverride = null;
            noModelLoaded = unknownRouteEverywhere = false;
            jitLoading = true;
            generationRequests = 0;
        }
    }

    /// <summary>Decides, once per generation request, whether it is dropped or failed; consumes the counters it uses.</summary>
    internal TransportFault NextTransportFault()
    {
        lock (gate)
        {
            generationRequests++;
            if (dropConnection > 0)
            {
                dropConnection--;
                return TransportFault.Drop;
            }

            if (failNextRequests > 0)
            {
                failNextRequests--;
                return TransportFault.Fail;
            }

            return failEveryNth > 0 && generationRequests % failEveryNth == 0 ? TransportFault.Fail : TransportFault.None;
        }
    }

    internal bool TakeMalformedJson() => Take(ref malformedJsonNext);

    internal bool TakeInvalidContent() => Take(ref invalidContentNext);

    internal bool TakePlainStringError() => Take(ref plainStringErrorNext);

    /// <summary>The finish_reason to send instead of the natural one, or <paramref name="natural"/> when no fault applies.</summary>
    internal (bool Overridden, string? Value) TakeFinishReason(string natural)
    {
        lock (gate)
        {
            if (emptyFinishReasonNext > 0)
            {
                emptyFinishReasonNext--;
                return (true, string.Empty);
            }

            if (nullFinishReasonNext > 0)
            {
                nullFinishReasonNext--;
                return (true, null);
            }

            return finishReasonOverride is null ? (false, natural) : (true, finishReasonOverride);
        }
    }

    private bool Take(ref int counter)
    {
        lock (gate)
        {
            if (counter <= 0)
            {
                return false;
            }

            counter--;
            return true;
        }
    }

    private T Read<T>(Func<T> read)
    {
        lock (gate)
        {
            return read();
        }
    }

    private void Write(Action write)
    {
        lock (gate)
        {
            write();
        }
    }

    private static int NonNegative(int value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"Fault '{name}' cannot be negative.");
}
