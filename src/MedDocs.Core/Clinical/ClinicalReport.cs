namespace MedDocs.Core.Clinical;

/// <summary>The full pipeline's result for one transcript: the note (with the cost of both questions) and the entities.</summary>
public sealed record ClinicalReport(SoapNoteRecord Note, IReadOnlyList<MedicalEntityRecord> Entities);
