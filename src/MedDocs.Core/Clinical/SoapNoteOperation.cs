using System.Diagnostics;
using MedDocs.Core.Cache;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Clinical;

/// <summary>
/// Drafts a SOAP note (or the nine-section structured document) from a consultation transcript: one schema-checked
/// call when the transcript fits the model's context, else map-reduce over chunks. Thread-safe: one instance serves a batch.
/// </summary>
public sealed class SoapNoteOperation : IDocumentOperation<SoapNoteRecord>, IPlannedOperation
{
    private readonly ClinicalModel _model;
    private readonly DocumentLoader _loader;
    private readonly Action<string> _warning;

    /// <param name="cache">The result cache; its policy stores notes and entities only when the user opted in to caching PHI.</param>
    /// <param name="warning">Told when a note's parts could not be merged by the model (see <see cref="SoapNoteRecord.JoinedParts"/>).</param>
    public SoapNoteOperation(LlmClient client, ClinicalOptions options, DocumentLoader? loader = null, ResultCache? cache = null, Action<string>? warning = null)
    {
        _model = new ClinicalModel(client, options, cache);
        _loader = loader ?? new DocumentLoader();
        _warning = warning ?? (static _ => { });
        Cache = cache;
    }

    /// <summary>The result cache (null: none); disposing the operation closes it.</summary>
    public ResultCache? Cache { get; }

    public ClinicalOptions Options => _model.Options;

    public async Task<SoapNoteRecord> RunAsync(DocumentSource source, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var input = await ClinicalInputReader.ReadAsync(source, _loader, Options, cancellationToken).ConfigureAwait(false);
        var usage = new ClinicalUsage();
        var draft = await new MapReduceNote(_model).DraftAsync(input.SentText, withEntities: false, usage, cancellationToken).ConfigureAwait(false);
        if (draft.JoinedParts > 0)
        {
            _warning(ClinicalRecords.JoinedPartsWarning(draft, _model));
        }
        return ClinicalRecords.Note(draft, input, usage, _model, watch.ElapsedMilliseconds);
    }

    /// <summary>What <see cref="RunAsync"/> would send, without sending anything.</summary>
    public async Task<ClinicalPlan> PlanAsync(DocumentSource source, CancellationToken cancellationToken)
    {
        var input = await ClinicalInputReader.ReadAsync(source, _loader, Options, cancellationToken).ConfigureAwait(false);
        var chunks = _model.Chunk(input.SentText).Count;
        return new ClinicalPlan(input.Path, input.SentText.Length, chunks, chunks == 1 ? 1 : chunks + 1, input.PhiRedacted, _model.Target.Endpoint, _model.ModelName);
    }

    public void Dispose() => Cache?.Dispose();
}
