namespace MedDocs.Core.Documents;

/// <summary>What Get-DocumentText / <c>meddocs text</c> asks for (the PDF password is a setting: PdfPassword).</summary>
public sealed record DocumentTextRequest
{
    /// <summary>One record per page instead of one per document.</summary>
    public bool PerPage { get; init; }
}
