namespace MedDocs.Core.Phi;

/// <summary>A redacted text, the number of replacements, and (only when asked for) the map from originals to substitutes.</summary>
public sealed record RedactionResult(string Text, int Replacements, IReadOnlyList<Replacement>? Map);
