namespace MedDocs.Core.Documents;

/// <summary>
/// The text of a document (or of one page), as written by <c>Get-DocumentText</c> / <c>meddocs text</c>.
/// Flat and CSV-friendly.
/// </summary>
/// <param name="Path">The source file; null for raw text.</param>
/// <param name="Page">The page number for per-page records; null for a whole-document record.</param>
/// <param name="Text">The text (pages joined with <see cref="Document.PageSeparator"/> for a whole document).</param>
/// <param name="Characters">Length of <paramref name="Text"/>.</param>
/// <param name="Scanned">Whole document: any page is scanned. Per page: this page is scanned.</param>
/// <param name="Kind">What the document was read from.</param>
/// <param name="Pages">Pages in the document.</param>
/// <param name="NeedsOcr">Whole document: some page can only be read by OCR (a scan, or fonts that give no text). Per page: this page.</param>
/// <param name="Warnings">What is missing from <paramref name="Text"/> and why (scanned, blank or damaged pages, cut streams); empty when the text is complete. Never contains document text.</param>
public sealed record DocumentTextRecord(string? Path, int? Page, string Text, int Characters, bool Scanned, string Kind, int Pages,
    bool NeedsOcr = false, IReadOnlyList<string>? Warnings = null)
{
    /// <summary>The record with the kind as a name (records carry names, so JSON and CSV agree).</summary>
    public DocumentTextRecord(string? path, int? page, string text, int characters, bool scanned, DocumentKind kind, int pages,
        bool needsOcr = false, IReadOnlyList<string>? warnings = null)
        : this(path, page, text, characters, scanned, kind.ToString(), pages, needsOcr, warnings)
    {
    }
}
