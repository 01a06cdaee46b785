using MedDocs.Core.Cache;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;

namespace MedDocs.Core.Phi;

/// <summary>
/// Find-Phi / <c>meddocs phi</c> for one input: runs the chosen engine(s) (<see cref="FindPhiOperation"/>) over the
/// loaded document and returns the records the request asks for. Thread-safe; <see cref="Summary"/> adds up over the run.
/// </summary>
public sealed class PhiDocumentOperation(FindPhiOperation engine, DocumentLoader loader, ResultCache? cache)
    : DocumentOperation<PhiDocumentOutput>(loader, cache)
{
    public PhiEngine Engine => engine.Engine;

    /// <summary>The run's totals in one line (counts only, no PHI).</summary>
    public string Summary => $"engine {engine.Engine}: {engine.Stats}";

    protected override async Task<PhiDocumentOutput> RunAsync(DocumentSource source, Document document, CancellationToken cancellationToken)
    {
        var result = await engine.FindAsync(document, cancellationToken).ConfigureAwait(false);
        return new PhiDocumentOutput(source.Name, engine.Output(result), PhiOperationStats.Describe(result));
    }
}
