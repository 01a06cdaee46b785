using System.Diagnostics;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Clinical;

/// <summary>
/// Note and entities for one transcript in at most two model calls when it fits the context — the note call and
/// the entities call, in flight together — where the seed made four in a row (PHI, entities, SOAP, structure).
/// PHI comes from the local rules engine, never from the model. A transcript beyond the context costs one call
/// per chunk (section notes and entities together) plus the merge.
/// </summary>
public sealed class ClinicalPipeline
{
    private readonly ClinicalModel _model;
    private readonly DocumentLoader _loader;

    /// <param name="cache">The result cache; its policy stores notes and entities only when the user opted in to caching PHI.</param>
    public ClinicalPipeline(LlmClient client, ClinicalOptions options, DocumentLoader? loader = null, Cache.ResultCache? cache = null)
    {
        _model = new ClinicalModel(client, options, cache);
        _loader = loader ?? new DocumentLoader();
    }

    public ClinicalOptions Options => _model.Options;

    public async Task<ClinicalReport> RunAsync(DocumentSource source, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var input = await ClinicalInputReader.ReadAsync(source, _loader, Options, cancellationToken).ConfigureAwait(false);
        var usage = new ClinicalUsage();
        var draft = await new MapReduceNote(_model).DraftAsync(input.SentText, withEntities: true, usage, cancellationToken).ConfigureAwait(false);
        var note = ClinicalRecords.Note(draft, input, usage, _model, watch.ElapsedMilliseconds);
        return new ClinicalReport(note, ClinicalRecords.Entities(draft.Entities ?? [], input, usage, _model));
    }

    public async Task<ClinicalPlan> PlanAsync(DocumentSource source, CancellationToken cancellationToken)
    {
        var input = await ClinicalInputReader.ReadAsync(source, _loader, Options, cancellationToken).ConfigureAwait(false);
        var chunks = _model.Chunk(input.SentText).Count;
        return new ClinicalPlan(input.Path, input.SentText.Length, chunks, chunks == 1 ? 2 : chunks + 1, input.PhiRedacted, _model.Target.Endpoint, _model.ModelName);
    }
}
