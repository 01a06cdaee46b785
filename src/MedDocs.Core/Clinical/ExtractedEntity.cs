namespace MedDocs.Core.Clinical;

/// <summary>
/// One entity as the model named it, before checking: the mention it quotes, and the fields that apply to its
/// type (Name is the substance for an allergy; Value and Unit are for vital signs; Code is a suggested ICD-10-CM code).
/// </summary>
public sealed record ExtractedEntity(
    MedicalEntityType Type,
    string Text,
    string? Name,
    string? Code,
    string? Dose,
    string? Route,
    string? Frequency,
    string? Value,
    string? Unit,
    string? Reaction);
