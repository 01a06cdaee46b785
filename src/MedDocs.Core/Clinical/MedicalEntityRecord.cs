namespace MedDocs.Core.Clinical;

/// <summary>
/// One medical entity: where it came from, what it is, the fields that apply to its type, and where its mention
/// is in the source text. Flat, so Export-Csv and JSON write every field.
/// </summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="Length"/> index the transcript as MedDocs reads it (Get-DocumentText shows it;
/// WhisperX is rendered as dialogue). An entity the model named but the text does not contain has Found = false,
/// Start = -1 and the flag NotInText: keep it out of a chart unless a person confirms it.
/// </remarks>
public sealed record MedicalEntityRecord
{
    public string? Path { get; init; }
    public string Type { get; init; } = string.Empty;

    /// <summary>The mention as the model quoted it.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The entity's name (for an allergy, the substance).</summary>
    public string? Name { get; init; }

    /// <summary>Suggested ICD-10-CM code for a diagnosis, format-checked; null when none or not a valid format (then flagged InvalidCode).</summary>
    public string? Code { get; init; }

    public string? Dose { get; init; }
    public string? Route { get; init; }
    public string? Frequency { get; init; }
    public string? Value { get; init; }
    public string? Unit { get; init; }

    /// <summary>A vital sign's value in a standard unit (°C, kg, cm, bpm, breaths/min, %, "120/80" mmHg).</summary>
    public string? NormalizedValue { get; init; }

    public string? NormalizedUnit { get; init; }

    /// <summary>An allergy's reaction.</summary>
    public string? Reaction { get; init; }

    /// <summary>Offset of the mention in the source text; -1 when not found.</summary>
    public int Start { get; init; } = -1;

    public int Length { get; init; }

    /// <summary>True when the mention occurs in the source text.</summary>
    public bool Found { get; init; }

    /// <summary>What needs a person's eye, comma-separated: NotInText (the model named something the text does not say), InvalidCode (the suggested code was not ICD-10-CM and was dropped).</summary>
    public string? Flags { get; init; }

    public string Provider { get; init; } = string.Empty;
    public string Model { get; init; } = string.Empty;
}
