namespace MedDocs.Core.Phi;

/// <summary>
/// What Find-Phi writes for one document: the records (one per finding, or one redacted document) and a line of
/// counts for -Verbose / --verbose (never an identifier).
/// </summary>
public sealed record PhiDocumentOutput(string? Name, IReadOnlyList<object> Records, string Counts);
