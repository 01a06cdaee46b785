using System.Management.Automation;
using MedDocs.Core.Clinical;
using MedDocs.Core.Documents;
using MedDocs.Core.Operations;
using MedDocs.Infrastructure;

namespace MedDocs.Commands;

/// <summary>Extracts diagnoses, medications, procedures, symptoms, vital signs and allergies from a transcript, with where each is mentioned.</summary>
/// <remarks>
/// Takes the same input as New-SoapNote (text, files, WhisperX JSON with -SpeakerMap) and asks the model through a JSON
/// schema; a long transcript is read chunk by chunk and duplicates are dropped. Writes one record per entity: Path, Type
/// (Diagnosis, Medication, Procedure, Symptom, VitalSign, Allergy), Text (the mention), Name, Code (a suggested ICD-10-CM
/// code, format-checked), Dose, Route, Frequency, Value, Unit, NormalizedValue and NormalizedUnit (°C, kg, cm, bpm,
/// mmHg), Reaction, Start and Length (where the mention is in the text Get-DocumentText shows), Found, Flags, Provider,
/// Model. An entity the text does not contain is kept with Found = $false, Start = -1 and the flag NotInText; a code
/// that is not ICD-10-CM is dropped with the flag InvalidCode. Codes are suggestions for a coder to confirm.
/// </remarks>
/// <example>
/// <code>Get-MedicalEntity -Path visit.txt | Where-Object Type -eq Medication | Format-Table Name, Dose, Route, Frequency</code>
/// <para>Lists the medications discussed in a visit with their dose, route and frequency.</para>
/// </example>
/// <example>
/// <code>Get-ChildItem transcripts -File | Get-MedicalEntity -RedactPhi | Where-Object { -not $_.Found } | Format-Table Path, Type, Text</code>
/// <para>Finds entities the model named that the transcripts do not contain, without sending identifiers to the model.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "MedicalEntity", DefaultParameterSetName = "Path")]
[OutputType(typeof(MedicalEntityRecord))]
public sealed class GetMedicalEntityCommand : MedDocsClinicalCmdletBase<IReadOnlyList<MedicalEntityRecord>>
{
    protected override string Activity => "Extracting medical entities";

    protected override string Action => "Extract medical entities";

    protected override IDocumentOperation<IReadOnlyList<MedicalEntityRecord>> CreateOperation() =>
        CreateOperation(ct => ClinicalFactory.CreateMedicalEntityAsync(Settings, Request(), CoreEvents, ct));

    protected override void WriteResult(DocumentSource input, IReadOnlyList<MedicalEntityRecord> value)
    {
        foreach (var entity in value)
        {
            WriteObject(entity);
        }
    }
}
