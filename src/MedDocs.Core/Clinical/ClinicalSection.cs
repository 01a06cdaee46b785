namespace MedDocs.Core.Clinical;

/// <summary>One section of a note: its JSON property name, its heading and what belongs in it (told to the model).</summary>
public sealed record ClinicalSection(string Key, string Title, string Guidance);
