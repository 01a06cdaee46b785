namespace MedDocs.Core.Clinical;

/// <summary>A drafted note: its sections by key, the entities named on the way (combined pipeline only), and how many parts the transcript was sent in.</summary>
public sealed record NoteDraft(IReadOnlyDictionary<string, string> Sections, IReadOnlyList<ExtractedEntity>? Entities, int Chunks)
{
    /// <summary>Part notes joined section by section without a model merge, because no two fitted one request (0: merged by the model, or one part).</summary>
    public int JoinedParts { get; init; }
}
