namespace MedDocs.Core.Phi;

/// <summary>
/// One identifier found in one document, flat for the pipeline and Export-Csv. <see cref="Start"/> and
/// <see cref="Length"/> index the document's extracted text (Get-DocumentText) exactly.
/// </summary>
/// <param name="Path">The source file; null for raw text.</param>
/// <param name="Type">What kind of identifier: a <see cref="PhiType"/> name (records carry names, so JSON and CSV agree).</param>
/// <param name="Text">The identifier as it appears in the text (this is PHI).</param>
/// <param name="Start">0-based UTF-16 offset in the extracted text.</param>
/// <param name="Length">Number of UTF-16 characters.</param>
/// <param name="Line">1-based line of <see cref="Start"/>.</param>
/// <param name="Column">1-based column of <see cref="Start"/>.</param>
/// <param name="Page">1-based page holding <see cref="Start"/>.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Engine">"rules" or "llm": the engine whose finding was kept.</param>
/// <param name="Rule">The rule that matched (rules engine), else null.</param>
/// <param name="Provider">"builtin" for rules findings, else the model server (lmstudio, ollama …).</param>
/// <param name="Model">The model that found it (LLM findings), else null.</param>
public sealed record PhiRecord(
    string? Path,
    string Type,
    string Text,
    int Start,
    int Length,
    int Line,
    int Column,
    int Page,
    double Confidence,
    string Engine,
    string? Rule,
    string Provider,
    string? Model);
