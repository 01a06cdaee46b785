namespace MedDocs.Core.Documents;

/// <summary>The operation behind <c>Get-DocumentText</c> / <c>meddocs text</c>: a document's text as records.</summary>
public sealed class DocumentTextService
{
    private readonly DocumentLoader _loader;

    public DocumentTextService(DocumentLoader loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        _loader = loader;
    }

    /// <summary>Loads <paramref name="path"/> and returns one record, or one per page when <paramref name="perPage"/>.</summary>
    /// <exception cref="DocumentException">The file could not be loaded.</exception>
    public async Task<IReadOnlyList<DocumentTextRecord>> RunAsync(string path, bool perPage, CancellationToken ct)
    {
        var document = await _loader.LoadAsync(path, ct).ConfigureAwait(false);
        return ToRecords(document, perPage);
    }

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
