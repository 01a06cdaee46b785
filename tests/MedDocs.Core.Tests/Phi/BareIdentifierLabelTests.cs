using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Sixth pass: the labels report headers put before encounter, accession, specimen and badge numbers, with or
/// without "#"/"No." after them, and dot leaders between a label and its value.
/// </summary>
public sealed class BareIdentifierLabelTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("Pt: DOE, ANN   FIN 73319045521   Admit 2/2", "73319045521")]
    [InlineData("MRN 551203  FIN: 908812734", "908812734")]
    [InlineData("MRN: 3301  ENC: 7012993104", "7012993104")]
    [InlineData("Encounter: V0077123490 (inpatient)", "V0077123490")]
    [InlineData("Visit: QRV5502918   Source: urine", "QRV5502918")]
    [InlineData("Visit KH-25-0093312 on file", "KH-25-0093312")]
    [InlineData("CSN 45501928 for this stay", "45501928")]
    [InlineData("HAR: 880193321", "880193321")]
    public void EncounterAndFinancialNumbersAreAccountNumbers(string text, string value) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.AccountNumber && f.Text == value);

    [Theory]
    [InlineData("Specimen #: SP25-08812 received", "SP25-08812")]
    [InlineData("Acc#: 2290114 collected 0600", "2290114")]
    [InlineData("ACC: MR2511880021 exam", "MR2511880021")]
    [InlineData("Accession No. 6610398", "6610398")]
    [InlineData("deputy (Deputy Ruiz, badge 5530) at bedside", "5530")]
    [InlineData("Req#: 88120433", "88120433")]
    [InlineData("Lab ID: QL-449013", "QL-449013")]
    [InlineData("CASE: P25-33019", "P25-33019")]
    public void AccessionSpecimenBadgeAndRequisitionNumbersAreOther(string text, string value) =>
        Assert.Contains(_engine.Find(text), f => f.Type == PhiType.Other && f.Text == value);

    [Theory]
    [InlineData("MRN.............: QP-00913377", "QP-00913377", PhiType.Mrn)]
    [InlineData(" Patient ID ..... WX0093118", "WX0093118", PhiType.Mrn)]
    [InlineData(" Accession ...... ZT-4410092", "ZT-4410092", PhiType.Other)]
    public void DotLeadersSeparateALabelFromItsValue(string text, string value, PhiType type) =>
        Assert.Contains(_engine.Find(text), f => f.Type == type && f.Text == value);

    [Theory]
    [InlineData("Visit: 12/03/2026 with cardiology")]
    [InlineData("next visit 2027 if stable")]
    [InlineData("visit 10AM tomorrow")]
    [InlineData("Specimen: 2 tubes, 10 mL")]
    [InlineData("per hospital policy BB-114 the unit is held")]
    [InlineData("fin 2 of 3 done")]
    public void DatesCountsAndShortCodesAfterBareLabelsAreNotIdentifiers(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type is PhiType.AccountNumber or PhiType.Other or PhiType.HealthPlanId);
}
