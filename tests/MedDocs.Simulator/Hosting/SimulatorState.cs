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
    }

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
