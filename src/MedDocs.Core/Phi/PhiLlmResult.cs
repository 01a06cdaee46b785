namespace MedDocs.Core.Phi;

/// <summary>
/// What the LLM engine found in one document (document offsets, no duplicates from chunk overlaps) and
/// what it cost. <see cref="Hallucinated"/> counts returned strings that occur nowhere in their chunk.
/// </summary>
public sealed record PhiLlmResult(IReadOnlyList<PhiFinding> Findings, int Chunks, int Calls, int Returned, int Hallucinated, string Model)
{
    /// <summary>Chunks answered from the result cache (no request sent for them).</summary>
    public int CachedChunks { get; init; }
}
