using System.Management.Automation;
using MedDocs.Core.Documents;

namespace MedDocs.Infrastructure;

/// <summary>
/// Input binding shared by cmdlets that read documents: -Path (wildcards, positional),
/// -LiteralPath (by property name: FileInfo from Get-ChildItem, aliases PSPath and FullName) and,
/// where the cmdlet accepts raw text, -Text by value (a string on the pipeline is document text).
/// Each file or text becomes one batch item; loading happens on the worker.
/// </summary>
public abstract class MedDocsDocumentCmdletBase<TOut> : MedDocsBatchCmdletBase<DocumentSource, TOut>
{
    private DocumentLoader? _loader;

    /// <summary>Loads one source with the configured limits (on a worker thread).</summary>
    protected Task<Document> LoadAsync(DocumentSource source, CancellationToken cancellationToken) =>
        source.LoadAsync(_loader ??= new DocumentLoader(Settings.DocumentLimits, PdfOptions), cancellationToken);

    /// <summary>How encrypted PDFs are opened (a cmdlet with -Password supplies it).</summary>
    protected virtual MedDocs.Pdf.PdfOpenOptions? PdfOptions => null;

    /// <summary>Queues the files a -Path or -LiteralPath value names.</summary>
    protected void EnqueuePaths(IEnumerable<string> paths, bool literal)
    {
        foreach (var file in PathResolver.Resolve(this, paths, literal))
        {
            Enqueue(DocumentSource.FromFile(file));
        }
    }

    /// <summary>Queues raw text (null or empty strings are skipped, as Get-Content may send them).</summary>
    protected void EnqueueText(IEnumerable<string?> texts, string? label)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrEmpty(text))
            {
                Enqueue(DocumentSource.FromText(text, label));
            }
        }
    }

    protected override object? ErrorTarget(DocumentSource input) => input.Name;
}
