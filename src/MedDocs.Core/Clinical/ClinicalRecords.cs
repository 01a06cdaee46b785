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
            JoinedParts = draft.JoinedParts,
            ModelCalls = usage.Calls,
            PhiRedacted = input.PhiRedacted,
            Provider = model.Target.ProviderName,
            Model = usage.Model ?? model.ModelName,
            ElapsedMs = elapsedMs,
            PromptTokens = usage.PromptTokens,
            CompletionTokens = usage.CompletionTokens,
            Cached = usage.AllCached,
        };

    /// <summary>The warning for a note whose parts were joined without a model merge (no text of the note: counts and sizes only).</summary>
    public static string JoinedPartsWarning(NoteDraft draft, ClinicalModel model) =>
        $"The transcript was sent in {draft.Chunks} parts and no two part notes fit one merge request in the model's {model.Options.ContextTokens}-token context, " +
        $"so the note's sections join the {draft.JoinedParts} part notes in order without a model merge (JoinedParts). A larger context on the server gives a merged note.";

    public static IReadOnlyList<MedicalEntityRecord> Entities(IEnumerable<ExtractedEntity> extracted, ClinicalInput input, ClinicalUsage usage, ClinicalModel model) =>
        MedicalEntities.Build(extracted, input.Text, input.Path, model.Target.ProviderName, usage.Model ?? model.ModelName)
            .Select(e => e with { Cached = usage.AllCached })
            .ToList();
}
