namespace MedDocs.Core.Clinical;

/// <summary>The kinds of medical entity Get-MedicalEntity extracts.</summary>
public enum MedicalEntityType
{
    Diagnosis,
    Medication,
    Procedure,
    Symptom,
    VitalSign,
    Allergy,
}
