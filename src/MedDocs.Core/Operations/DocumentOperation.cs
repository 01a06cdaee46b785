using MedDocs.Core.Cache;
using MedDocs.Core.Documents;

namespace MedDocs.Core.Operations;

/// <summary>An operation over a loaded document: loading (limits, PDF password, warnings) and the cache's lifetime are the same for all.</summary>
public abstract class DocumentOperation<TResult> : IDocumentOperation<TResult>
{
    private readonly DocumentLoader _loader;

    protected DocumentOperation(DocumentLoader loader, ResultCache? cache)
    {
        ArgumentNullException.ThrowIfNull(loader);
        _loader = loader;
        Cache = cache;
    }

    public ResultCache? Cache { get; }

    public async Task<TResult> RunAsync(DocumentSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = await _loader.LoadAsync(source, cancellationToken).ConfigureAwait(false);
        return await RunAsync(source, document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The result for one loaded document.</summary>
    protected abstract Task<TResult> RunAsync(DocumentSource source, Document document, CancellationToken cancellationToken);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Cache?.Dispose();
        }
    }
}
