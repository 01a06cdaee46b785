namespace MedDocs.Simulator;

/// <summary>Counters at one moment. <see cref="ByPath"/> keys are "METHOD /path".</summary>
public sealed record SimulatorStatsSnapshot(
    long Chat,
    long ChatStream,
    long Embeddings,
    long EmbeddingInputs,
    long Models,
    long Other,
    long Errors,
    int MaxConcurrency,
    IReadOnlyDictionary<string, long> ByPath)
{
    /// <summary>Model calls: chat (streamed or not) plus embeddings requests.</summary>
    public long Generations => Chat + ChatStream + Embeddings;
}
