using System.Text;

namespace MedDocs.Core.Clinical;

/// <summary>
/// A drafted note. A SOAP note fills Subjective, Objective, Assessment and Plan; the structured template fills
/// the nine sections from Chief Complaint to Follow-up (Assessment and Plan are shared). Flat, with what it cost.
/// </summary>
public sealed record SoapNoteRecord
{
    public string? Path { get; init; }
    public string Template { get; init; } = nameof(SoapTemplate.Soap);
    public string? Subjective { get; init; }
    public string? Objective { get; init; }
    public string? Assessment { get; init; }
    public string? Plan { get; init; }
    public string? ChiefComplaint { get; init; }
    public string? HistoryOfPresentIllness { get; init; }
    public string? PastMedicalHistory { get; init; }
    public string? Medications { get; init; }
    public string? Allergies { get; init; }
    public string? PhysicalExamination { get; init; }
    public string? FollowUp { get; init; }

    /// <summary>Characters of transcript sent to the model.</summary>
    public int Characters { get; init; }

    /// <summary>Parts the transcript was sent in (1 unless it exceeded the model's context).</summary>
    public int Chunks { get; init; }

    /// <summary>
    /// Parts whose notes were joined section by section, in order, without a model merge, because no two of them fitted
    /// one request in the model's context (e.g. llama.cpp's 512-token slots); 0 when the model merged them or there was one part.
    /// </summary>
    public int JoinedParts { get; init; }

    /// <summary>Model calls made for this note, retries included.</summary>
    public int ModelCalls { get; init; }

    /// <summary>Identifiers replaced by tags before sending (-RedactPhi); 0 without it.</summary>
    public int PhiRedacted { get; init; }

    public string Provider { get; init; } = string.Empty;
    public string Model { get; init; } = string.Empty;
    public long ElapsedMs { get; init; }
    public int PromptTokens { get; init; }
    public int CompletionTokens { get; init; }

    /// <summary>True when every model answer for this note came from the result cache: no request was sent (ModelCalls and tokens are 0).</summary>
    public bool Cached { get; init; }

    /// <summary>The text of a section by its key (<see cref="ClinicalSection.Key"/>).</summary>
    public string? Section(string key) => key switch
    {
        "subjective" => Subjective,
        "objective" => Objective,
        "assessment" => Assessment,
        "plan" => Plan,
        "chief_complaint" => ChiefComplaint,
        "history_of_present_illness" => HistoryOfPresentIllness,
        "past_medical_history" => PastMedicalHistory,
        "medications" => Medications,
        "allergies" => Allergies,
        "physical_examination" => PhysicalExamination,
        "follow_up" => FollowUp,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a note section."),
    };

    /// <summary>The note as Markdown for pasting into an EHR: one "## Heading" per section, in note order. No file name (it may name the patient).</summary>
    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        foreach (var section in ClinicalSections.For(Enum.Parse<SoapTemplate>(Template)))
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }
            builder.Append("## ").Append(section.Title).Append("\n\n").Append((Section(section.Key) ?? string.Empty).Trim()).Append('\n');
        }
        return builder.ToString();
    }

    internal static SoapNoteRecord FromSections(IReadOnlyDictionary<string, string> sections, SoapTemplate template)
    {
        string? Get(string key) => sections.TryGetValue(key, out var value) ? value : null;
        return new SoapNoteRecord
        {
            Template = template.ToString(),
            Subjective = Get("subjective"),
            Objective = Get("objective"),
            Assessment = Get("assessment"),
            Plan = Get("plan"),
            ChiefComplaint = Get("chief_complaint"),
            HistoryOfPresentIllness = Get("history_of_present_illness"),
            PastMedicalHistory = Get("past_medical_history"),
            Medications = Get("medications"),
            Allergies = Get("allergies"),
            PhysicalExamination = Get("physical_examination"),
            FollowUp = Get("follow_up"),
        };
    }
}
