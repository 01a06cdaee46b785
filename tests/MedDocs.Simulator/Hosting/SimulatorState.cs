namespace MedDocs.Simulator;

/// <summary>Everything the request handlers share for one server instance (no static state: servers run side by side in tests).</summary>
internal sealed class SimulatorState : IDisposable
{
    private volatile Func<SimulatedChatRequest, string>? responder;

    public SimulatorState(SimulatorOptions options)
    {
        Options = options;
        Faults = new SimulatorFaults { LatencyMs = options.LatencyMs };
        Stats = new SimulatorStats();
        Models = new ModelCatalog(options.Models ?? DefaultCatalogs.For(options.Kind));
        Requests = new RequestLog(options.RequestLogCapacity);
        Errors = new ErrorCatalog(options.Kind);
        ErrorWriter = new ErrorWriter(Faults, Stats);
        Slots = new GenerationSlots(options.Slots, Stats);
        Tokens = new TokenEstimator(options.CharsPerToken);
    }

    public TokenEstimator Tokens { get; }

    /// <summary>
    /// Tokens one request to <paramref name="model"/> may hold. llama.cpp divides -c over its --parallel slots and
    /// pads each slot to a multiple of 256 (llama-context: n_ctx_seq = GGML_PAD(n_ctx / n_seq_max, 256)), so
    /// -c 2048 --parallel 4 gives 512 per request; vLLM's --max-model-len holds prompt and answer together.
    /// </summary>
    public int RequestContext(SimulatedModel model) => Kind switch
    {
        SimulatorKind.LlamaCpp => PadTo256((Options.ContextSize ?? model.MaxContextLength) / Options.Slots),
        SimulatorKind.Vllm => Options.ContextSize ?? model.MaxContextLength,
        _ => model.EffectiveContextLength,
    };

    private static int PadTo256(int tokens) => (tokens + 255) / 256 * 256;

    public SimulatorOptions Options { get; }

    public SimulatorKind Kind => Options.Kind;

    public SimulatorFaults Faults { get; }

    public SimulatorStats Stats { get; }

    public ModelCatalog Models { get; }

    public RequestLog Requests { get; }

    public ErrorCatalog Errors { get; }

    public ErrorWriter ErrorWriter { get; }

    public GenerationSlots Slots { get; }

    public Func<SimulatedChatRequest, string>? Responder
    {
        get => responder;
        set => responder = value;
    }

    public void Dispose() => Slots.Dispose();
}
