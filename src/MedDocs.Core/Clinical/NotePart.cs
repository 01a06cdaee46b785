namespace MedDocs.Core.Clinical;

/// <summary>The section notes (and, in the combined pipeline, entities) the model drafted from one part of a long transcript.</summary>
public sealed record NotePart(IReadOnlyDictionary<string, string> Sections, IReadOnlyList<ExtractedEntity>? Entities);
