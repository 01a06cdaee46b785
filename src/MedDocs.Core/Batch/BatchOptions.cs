namespace MedDocs.Core.Batch;

/// <summary>How a batch runs: parallelism toward the server and output order.</summary>
public sealed record BatchOptions
{
    /// <summary>Items in flight at once (LM Studio serves 4 parallel slots by default).</summary>
    public int ThrottleLimit { get; init; } = 4;

    /// <summary>Emit results in input order instead of as they finish.</summary>
    public bool Ordered { get; init; }
}
