namespace MedDocs.Core.Phi;

/// <summary>
/// The label groups of <see cref="PhiPatterns.LabelledIdentifier"/>, in the order they are tried at a label word
/// (the order of the former single alternation, which decides between labels that fit more than one group).
/// </summary>
internal enum LabelGroup
{
    Ssn,
    Mrn,
    HealthPlan,
    Account,
    Vehicle,
    Licence,
    Device,
    Zip,
    Other,
}
