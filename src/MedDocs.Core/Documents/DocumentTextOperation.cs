using MedDocs.Core.Operations;

namespace MedDocs.Core.Documents;

/// <summary>The operation behind <c>Get-DocumentText</c> / <c>meddocs text</c>: a document's text as records.</summary>
public sealed class DocumentTextOperation(DocumentLoader loader, DocumentTextRequest request)
    : DocumentOperation<IReadOnlyList<DocumentTextRecord>>(loader, cache: null)
{
    /// <summary>One record, or one per page when the request asks.</summary>
    protected override Task<IReadOnlyList<DocumentTextRecord>> RunAsync(DocumentSource source, Document document, CancellationToken cancellationToken) =>
        Task.FromResult(ToRecords(document, request.PerPage));

    /// <summary>One record for the whole document, or one per page when <paramref name="perPage"/>.</summary>
    public static IReadOnlyList<DocumentTextRecord> ToRecords(Document document, bool perPage)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pageCount = document.Pages.Count;
        if (!perPage)
        {
            return [new DocumentTextRecord(document.Path, null, document.Text, document.Text.Length, document.Scanned, document.Kind, pageCount,
                document.NeedsOcr, document.Warnings)];
        }

        return document.Pages
            .Select(p => new DocumentTextRecord(document.Path, p.Number, p.Text, p.Text.Length, p.Scanned, document.Kind, pageCount,
                p.NeedsOcr, new WarningList([.. DocumentWarnings.FromPage(document.DisplayName, p)])))
            .ToList();
    }
}
