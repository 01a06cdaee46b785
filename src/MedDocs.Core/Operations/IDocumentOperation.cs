using MedDocs.Core.Cache;
using MedDocs.Core.Documents;

namespace MedDocs.Core.Operations;

/// <summary>
/// The one shape of every document capability: built ready by its factory from settings and a request, it turns one
/// input into one result. Thread-safe: a batch runs it on several inputs at once. Disposing it closes what the factory
/// opened (the result cache).
/// </summary>
public interface IDocumentOperation<TResult> : IDisposable
{
    /// <summary>The result cache the factory opened for this run (null: none), for the host's end-of-run counts.</summary>
    ResultCache? Cache { get; }

    /// <summary>Loads the input (with the settings' limits and PDF password) and produces its result.</summary>
    Task<TResult> RunAsync(DocumentSource source, CancellationToken cancellationToken);
}
