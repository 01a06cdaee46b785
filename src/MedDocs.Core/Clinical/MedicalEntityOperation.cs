using MedDocs.Core.Cache;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;
using MedDocs.Core.Providers;
using MedDocs.Core.Requests;

namespace MedDocs.Core.Clinical;

/// <summary>
/// Extracts diagnoses, medications, procedures, symptoms, vital signs and allergies from a transcript: one
/// schema-checked call per chunk (one for a transcript that fits), then duplicates dropped, codes checked, vitals
/// normalised and every mention located in the text. Thread-safe.
/// </summary>
public sealed class MedicalEntityOperation : IDocumentOperation<IReadOnlyList<MedicalEntityRecord>>, IPlannedOperation
{
    private readonly ClinicalModel _model;
    private readonly DocumentLoader _loader;

    /// <param name="cache">The result cache; its policy stores notes and entities only when the user opted in to caching PHI.</param>
    public MedicalEntityOperation(LlmClient client, ClinicalOptions options, DocumentLoader? loader = null, ResultCache? cache = null)
    {
        _model = new ClinicalModel(client, options, cache);
        _loader = loader ?? new DocumentLoader();
        Cache = cache;
    }

    /// <summary>The result cache (null: none); disposing the operation closes it.</summary>
    public ResultCache? Cache { get; }

    public ClinicalOptions Options => _model.Options;

    public async Task<IReadOnlyList<MedicalEntityRecord>> RunAsync(DocumentSource source, CancellationToken cancellationToken)
    {
        var input = await ClinicalInputReader.ReadAsync(source, _loader, Options, cancellationToken).ConfigureAwait(false);
        var usage = new ClinicalUsage();
        var chunks = _model.Chunk(input.SentText);
        var found = await FanOut.MapAsync(chunks,
            (chunk, ct) => _model.EntitiesAsync(chunk.Text, usage, ct), cancellationToken).ConfigureAwait(false);
        return ClinicalRecords.Entities(found.SelectMany(f => f), input, usage, _model);
    }

    public async Task<ClinicalPlan> PlanAsync(DocumentSource source, CancellationToken cancellationToken)
    {
        var input = await ClinicalInputReader.ReadAsync(source, _loader, Options, cancellationToken).ConfigureAwait(false);
        var chunks = _model.Chunk(input.SentText).Count;
        return new ClinicalPlan(input.Path, input.SentText.Length, chunks, chunks, input.PhiRedacted, _model.Target.Endpoint, _model.ModelName);
    }

    public void Dispose() => Cache?.Dispose();
}
