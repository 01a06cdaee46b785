namespace MedDocs.Core.Clinical;

/// <summary>Builds the output records from a draft and what it cost.</summary>
internal static class ClinicalRecords
{
    public static SoapNoteRecord Note(NoteDraft draft, ClinicalInput input, ClinicalUsage usage, ClinicalModel model, long elapsedMs) =>
        SoapNoteRecord.FromSections(draft.Sections, model.Options.Template) with
        {
            Path = input.Path,
            Characters = input.SentText.Length,
            Chunks = draft.Chunks,
            ModelCalls = usage.Calls,
            PhiRedacted = input.PhiRedacted,
            Provider = model.Target.ProviderName,
            Model = usage.Model ?? model.ModelName,
            ElapsedMs = elapsedMs,
            PromptTokens = usage.PromptTokens,
            CompletionTokens = usage.CompletionTokens,
            Cached = usage.AllCached,
        };

    public static IReadOnlyList<MedicalEntityRecord> Entities(IEnumerable<ExtractedEntity> extracted, ClinicalInput input, ClinicalUsage usage, ClinicalModel model) =>
        MedicalEntities.Build(extracted, input.Text, input.Path, model.Target.ProviderName, usage.Model ?? model.ModelName)
            .Select(e => e with { Cached = usage.AllCached })
            .ToList();
}
