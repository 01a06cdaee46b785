using MedDocs.Core.Cache;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// Get-Embedding / <c>meddocs embed</c>: one input in, the texts to embed out (chunked and prefixed). The vectors come
/// from <see cref="Embedder"/>, which groups the texts of many inputs into shared requests: hosts post each input's
/// texts there and read the records back as requests finish.
/// </summary>
public sealed class EmbeddingDocumentOperation(EmbeddingOperation embedder, DocumentLoader loader, ResultCache? cache)
    : DocumentOperation<IReadOnlyList<EmbeddingInput>>(loader, cache)
{
    /// <summary>Sends the texts in shared requests and hands back one outcome per text (one error per input).</summary>
    public EmbeddingOperation Embedder { get; } = embedder ?? throw new ArgumentNullException(nameof(embedder));

    protected override Task<IReadOnlyList<EmbeddingInput>> RunAsync(DocumentSource source, Document document, CancellationToken cancellationToken) =>
        Task.FromResult(Embedder.Prepare(document));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Embedder.Dispose();
        }
        base.Dispose(disposing);
    }
}
