using System.Collections.Concurrent;
using System.Management.Automation;
using MedDocs.Core.Documents;

namespace MedDocs.Infrastructure;

/// <summary>
/// Input binding shared by cmdlets that read documents: -Path (wildcards, positional),
/// -LiteralPath (by property name: FileInfo from Get-ChildItem, aliases PSPath and FullName) and,
/// where the cmdlet accepts raw text, -Text by value (a string on the pipeline is document text).
/// Each file or text becomes one batch item; loading happens on the worker. Documents whose text is incomplete
/// (scanned, blank or damaged pages, streams cut by a decoding limit) produce warnings, queued by the workers and
/// written with WriteWarning on the pipeline thread.
/// </summary>
public abstract class MedDocsDocumentCmdletBase<TOut> : MedDocsBatchCmdletBase<DocumentSource, TOut>
{
    private readonly ConcurrentQueue<DocumentWarning> _warnings = new();
    private DocumentLoader? _loader;

    /// <summary>
    /// The loader for this invocation (one batch): the settings' limits, one decoding budget shared by the documents
    /// read at the same time, and each document's warnings queued for <see cref="WritePendingWarnings"/>.
    /// </summary>
    protected DocumentLoader DocumentLoader =>
        LazyInitializer.EnsureInitialized(ref _loader, () => new DocumentLoader(Settings.DocumentLimits, PdfOptions, _warnings.Enqueue));

    /// <summary>Loads one source with the configured limits (on a worker thread).</summary>
    protected Task<Document> LoadAsync(DocumentSource source, CancellationToken cancellationToken) =>
        source.LoadAsync(DocumentLoader, cancellationToken);

    /// <summary>Writes the document warnings the workers queued (pipeline thread only).</summary>
    protected override void WritePendingWarnings()
    {
        while (_warnings.TryDequeue(out var warning))
        {
            WriteWarning(warning.Message);
        }
    }

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
