using MedDocs.Core.Documents;

namespace MedDocs.Core.Phi;

/// <summary>
/// The findings reported for one document (merged, filtered, sorted) and counts for -Verbose. The counts
/// never include PHI: <see cref="RulesFound"/> and <see cref="LlmFound"/> are before merging,
/// <see cref="Hallucinated"/> counts model strings that occur nowhere in the text.
/// </summary>
public sealed record PhiDocumentResult(
    Document Document,
    IReadOnlyList<PhiFinding> Findings,
    int RulesFound,
    int LlmFound,
    int Hallucinated,
    int Chunks,
    int Calls,
    string? Model)
{
    /// <summary>True when the model was asked about this document and every answer came from the result cache.</summary>
    public bool Cached { get; init; }

    /// <summary>What the learned tagger found (Tagger engine), before merging with the rules' findings.</summary>
    public int TaggerFound { get; init; }
}
