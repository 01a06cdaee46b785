namespace MedDocs.Core.Phi;

/// <summary>One document's redacted text (Find-Phi -Redact).</summary>
/// <param name="Path">The source file; null for raw text.</param>
/// <param name="Text">The extracted text with every reported identifier replaced.</param>
/// <param name="Replacements">How many spans were replaced.</param>
/// <param name="Mode">Tags ("[NAME]") or Surrogate (consistent fake values).</param>
/// <param name="Findings">How many findings were reported for the document (after merging and filters).</param>
/// <param name="Provider">"builtin" for the rules engine alone, else the model server.</param>
/// <param name="Engine">Rules, Llm or Hybrid.</param>
/// <param name="NeedsOcr">Some page is a scan or has undecodable text: PHI on it was not looked for.</param>
/// <param name="Warnings">The document's warnings (scanned, blank or damaged pages, cut streams); empty when its text is complete.</param>
public sealed record RedactedDocumentRecord(string? Path, string Text, int Replacements, string Mode, int Findings, string Provider, string Engine,
    bool NeedsOcr = false, IReadOnlyList<string>? Warnings = null)
{
    /// <summary>The record with the modes as names (records carry names, so JSON and CSV agree).</summary>
    public RedactedDocumentRecord(string? path, string text, int replacements, RedactionMode mode, int findings, string provider, PhiEngine engine,
        bool needsOcr = false, IReadOnlyList<string>? warnings = null)
        : this(path, text, replacements, mode.ToString(), findings, provider, engine.ToString(), needsOcr, warnings)
    {
    }

    /// <summary>True when the document's model answers all came from the result cache (no request was sent for it).</summary>
    public bool Cached { get; init; }
}
