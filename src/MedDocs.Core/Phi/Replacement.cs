namespace MedDocs.Core.Phi;

/// <summary>One replacement made by <see cref="PhiRedactor"/>: where it was in the original and where its substitute is in the output.</summary>
/// <remarks>Holds the original identifier: keep maps as protected as the source document.</remarks>
public sealed record Replacement(PhiType Type, int OriginalStart, int OriginalLength, string Original, int Start, int Length, string Substitute);
