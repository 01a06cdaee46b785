namespace MedDocs.Core.Clinical;

/// <summary>The sections of each <see cref="SoapTemplate"/>, in note order.</summary>
public static class ClinicalSections
{
    public static readonly IReadOnlyList<ClinicalSection> Soap =
    [
        new("subjective", "Subjective", "what the patient reports: chief complaint, history of present illness, symptoms, relevant history, medications and allergies as stated"),
        new("objective", "Objective", "what the clinician observed or measured: vital signs, examination findings, test and imaging results"),
        new("assessment", "Assessment", "diagnoses or differential and the clinical reasoning stated in the consultation"),
        new("plan", "Plan", "treatment, prescriptions with doses, tests ordered, referrals, patient education and follow-up"),
    ];

    /// <summary>The nine sections of the seed's structured clinical document.</summary>
    public static readonly IReadOnlyList<ClinicalSection> Structured =
    [
        new("chief_complaint", "Chief Complaint", "the main reason for the visit, in a short phrase"),
        new("history_of_present_illness", "History of Present Illness", "onset, course, character and context of the current problem as the patient describes it"),
        new("past_medical_history", "Past Medical History", "earlier illnesses, operations and chronic conditions mentioned"),
        new("medications", "Medications", "current medications with dose, route and frequency where stated"),
        new("allergies", "Allergies", "allergies with the reaction where stated, or that none are known if said so"),
        new("physical_examination", "Physical Examination", "vital signs and examination findings"),
        new("assessment", "Assessment", "diagnoses or differential and the clinical reasoning stated"),
        new("plan", "Plan", "treatment, prescriptions, tests ordered, referrals"),
        new("follow_up", "Follow-up", "follow-up instructions: when to return, warning signs, who to contact"),
    ];

    public static IReadOnlyList<ClinicalSection> For(SoapTemplate template) => template == SoapTemplate.Structured ? Structured : Soap;
}
