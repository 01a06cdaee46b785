namespace MedDocs.Simulator;

/// <summary>
/// Counters at one moment. <see cref="ByPath"/> keys are "METHOD /path". <see cref="MaxConcurrency"/> counts
/// generations holding one of the server's slots (never above them); <see cref="MaxInFlight"/> counts generation
/// requests received and not yet answered, queued or not: what the client had on the wire at once.
/// </summary>
public sealed record SimulatorStatsSnapshot(
    long Chat,
    long ChatStream,
    long Embeddings,
    long EmbeddingInputs,
    long Models,
    long Other,
    long Errors,
    int MaxConcurrency,
    IReadOnlyDictionary<string, long> ByPath,
    int MaxInFlight)
{
    /// <summary>Model calls: chat (streamed or not) plus embeddings requests.</summary>
    public long Generations => Chat + ChatStream + Embeddings;
}
