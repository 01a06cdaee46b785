namespace MedDocs.Core.Clinical;

/// <summary>Which note New-SoapNote drafts.</summary>
public enum SoapTemplate
{
    /// <summary>Subjective, Objective, Assessment, Plan.</summary>
    Soap,

    /// <summary>
    /// The nine-section structured clinical document: Chief Complaint, History of Present Illness, Past Medical
    /// History, Medications, Allergies, Physical Examination, Assessment, Plan, Follow-up.
    /// </summary>
    Structured,
}
