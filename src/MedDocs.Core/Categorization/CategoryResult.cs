namespace MedDocs.Core.Categorization;

/// <summary>
/// One document's category, as written by Get-DocumentCategory / meddocs categorize. Flat, so Export-Csv and
/// ConvertTo-Json write it as is.
/// </summary>
/// <param name="Path">The source file, or the label given to raw text; null for unlabelled text.</param>
/// <param name="Category">One of the configured names; null only when the rules engine found no cue at all and no model was asked.</param>
/// <param name="Confidence">0–1: the rules engine's margin, or the model's own estimate.</param>
/// <param name="Reason">One sentence on why; built from cue labels (rules) or written by the model (llm, vision).</param>
/// <param name="Engine">Who decided: "rules", "llm" or "vision" (see <see cref="CategoryEngines"/>).</param>
/// <param name="Provider">"builtin" for the rules engine, else the server's provider name (lmstudio, ollama, …).</param>
/// <param name="Model">The model that answered, or <see cref="CategoryEngines.RulesModel"/>.</param>
/// <param name="Pages">Pages in the document.</param>
/// <param name="ElapsedMs">Wall time for this document: loading, rules and any model call.</param>
/// <param name="ModelError">Null unless the rules were unsure, the model was asked and the call failed: then the result
/// keeps the rules' best guess (Engine rules, low Confidence, Reason "Unsure (model call failed: …)") and this holds the
/// failure's kind (e.g. "ConnectionRefused", "InvalidAnswer"); never server or document text.</param>
/// <param name="NeedsOcr">Some page is a scan or has text no font decodes: the category rests on the vision model or on part of the text.</param>
/// <param name="Warnings">The document's warnings (scanned, blank or damaged pages, cut streams); empty when its text is complete.</param>
public sealed record CategoryResult(
    string? Path,
    string? Category,
    double Confidence,
    string Reason,
    string Engine,
    string Provider,
    string? Model,
    int Pages,
    long ElapsedMs,
    string? ModelError = null,
    bool NeedsOcr = false,
    IReadOnlyList<string>? Warnings = null)
{
    /// <summary>True when the model's answer came from the result cache: no request was sent for this document.</summary>
    public bool Cached { get; init; }
}
