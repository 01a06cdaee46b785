namespace MedDocs.Core.Phi;

/// <summary>How <see cref="PhiRedactor"/> replaces identifiers.</summary>
public enum RedactionMode
{
    /// <summary>Type tags: "[NAME]", "[DATE]", "[SSN]" …</summary>
    Tags,

    /// <summary>
    /// Realistic fake values, consistent within one document: the same original always gets the same
    /// surrogate, dates move by one per-document offset in their own format, and numbers keep their shape.
    /// </summary>
    Surrogate,
}
