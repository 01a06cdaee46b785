namespace MedDocs.Simulator;

/// <summary>Start-up settings of a <see cref="SimulatorServer"/>. Runtime behaviour is changed through <see cref="SimulatorFaults"/>.</summary>
public sealed record SimulatorOptions
{
    public SimulatorKind Kind { get; init; } = SimulatorKind.LMStudio;

    /// <summary>Loopback port to bind; 0 picks a free port (the default, so parallel tests never collide).</summary>
    public int Port { get; init; }

    /// <summary>Concurrent generations (chat + embeddings); further requests queue, like a server with N parallel slots.</summary>
    public int Slots { get; init; } = 4;

    /// <summary>Initial <see cref="SimulatorFaults.LatencyMs"/>.</summary>
    public int LatencyMs { get; init; }

    public LmStudioApiVersion LmStudioApiVersion { get; init; } = LmStudioApiVersion.V1;

    /// <summary>
    /// llama.cpp's -c (the whole KV cache, split over <see cref="Slots"/> like --parallel) or vLLM's --max-model-len;
    /// null uses the model's maximum. Ignored by the other kinds, whose models carry their own loaded context.
    /// </summary>
    public int? ContextSize { get; init; }

    /// <summary>llama.cpp's -ub (physical batch): one embedding input longer than this fails the request with HTTP 500.</summary>
    public int PhysicalBatchSize { get; init; } = 512;

    /// <summary>
    /// How many characters the simulated tokenizer puts in one token (4 is what clients estimate; real tokenizers
    /// are denser on clinical text, so a test can set 3 to check that a client copes when its estimate is low).
    /// </summary>
    public double CharsPerToken { get; init; } = 4;

    /// <summary>
    /// A verbose model: every string of a schema answer is written out to the schema's maxLength (clinical notes, part
    /// notes), as a model asked for a thorough note does, instead of a short token. Off: short placeholder strings.
    /// </summary>
    public bool FullAnswers { get; init; }

    /// <summary>Initial catalog; null uses the default catalog of <see cref="Kind"/>.</summary>
    public IReadOnlyList<SimulatedModel>? Models { get; init; }

    /// <summary>When set, every API request must carry <c>Authorization: Bearer {ApiKey}</c>.
    /// The OpenAI kind always requires some non-empty key.</summary>
    public string? ApiKey { get; init; }

    /// <summary>How many recent requests <see cref="SimulatorServer.Requests"/> keeps.</summary>
    public int RequestLogCapacity { get; init; } = 1000;

    /// <summary>Bodies longer than this are logged truncated (page images can be megabytes).</summary>
    public int MaxLoggedBodyChars { get; init; } = 4_000_000;

    /// <summary>Standalone mode (Program.cs): warnings to the console and Ctrl+C stops the server.
    /// Embedded servers log nothing and leave the test host's signals alone.</summary>
    internal bool Standalone { get; init; }

    /// <summary>Standalone mode: stop when this process ends, so a test run that dies never leaves a simulator behind.</summary>
    internal int? ExitWithProcessId { get; init; }

    internal void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "Simulator port must be 0 (any free port) or 1-65535.");
        }

        if (Slots < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Slots), Slots, "Simulator needs at least one generation slot.");
        }

        if (LatencyMs < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(LatencyMs), LatencyMs, "Latency cannot be negative.");
        }

        if (ContextSize is < 64 || PhysicalBatchSize < 1 || CharsPerToken is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(ContextSize), "ContextSize must be at least 64, PhysicalBatchSize positive, CharsPerToken 1-16.");
        }

        if (RequestLogCapacity < 0 || MaxLoggedBodyChars < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestLogCapacity), "Request log limits cannot be negative.");
        }
    }
}
