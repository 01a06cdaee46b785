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
public sealed record DocumentTextRecord(string? Path, int? Page, string Text, int Characters, bool Scanned, string Kind, int Pages)
{
    /// <summary>The record with the kind as a name (records carry names, so JSON and CSV agree).</summary>
    public DocumentTextRecord(string? path, int? page, string text, int characters, bool scanned, DocumentKind kind, int pages)
        : this(path, page, text, characters, scanned, kind.ToString(), pages)
    {
    }
}
