using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Seventh pass (holdout2's misses): record-number labels of real headers, ages stated in prose, counts and expiries that
/// read as month/day, fax headers, short extensions, secret codes, payer lines, and spoken dates, codes, ZIPs and e-mails.
/// </summary>
public sealed class SeventhPassShapeTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("Patient: Vance, Odile   Pt #: QRB-551902   DOB: 4/2/1961", "QRB-551902")]
    [InlineData("RESIDENT ID: 0044127   Wing C", "0044127")]
    [InlineData("Specimen 44   External ID: MHX0031442", "MHX0031442")]
    [InlineData("BELLAMY, ROSE   res ID BWL-3390   rm 14", "BWL-3390")]
    [InlineData("EMPI 88120934 collected", "88120934")]
    [InlineData("Hosp No. 4471902", "4471902")]
    [InlineData("Name: Ferris, Ola    Unit #: 22-108-447    FIN: X22", "22-108-447")]
    [InlineData("TOLLIVER, MARGARET ANNE  |  00310877  |  94F  |  adm 3/2", "00310877")]
    [InlineData("OKONKWO, CHIDI  7719340  66y M  Ward 5", "7719340")]
    [InlineData("Name Ferreira, Luis  ID HGT-4412907  DOB 2/9/1948", "HGT-4412907")]
    public void RecordNumbersUnderHeaderLabelsAreMrns(string text, string value) => PhiAssert.Found(_engine, text, PhiType.Mrn, value);

    [Theory]
    [InlineData("lives at 12 Birch Rd Unit # 12, Dover")]
    [InlineData("Unit #: W0412 25 004471 transfused over 2 h")]
    [InlineData("pt #2 of the day seen")]
    [InlineData("Penicillin, Benzathine 2400000 units IM once")]
    [InlineData("interpreter ID KTL-44190 used")]
    public void LookAlikesOfRecordNumbersAreNotMrns(string text) => PhiAssert.NoneOfType(_engine, text, PhiType.Mrn);

    [Fact]
    public void ALaboratoryAccreditationNumberIsALicence() =>
        PhiAssert.Found(_engine, "NORTHGATE PATHOLOGY | CAP #7712045 | CLIA 22D0912345", PhiType.LicenseNumber, "7712045");

    [Fact]
    public void CommunityAcquiredPneumoniaIsNoLicenceLabel() =>
        PhiAssert.NoneOfType(_engine, "CAP 11/12 on CXR, on ceftriaxone", PhiType.LicenseNumber);

    [Fact]
    public void AClaimNumberIsAnOtherIdentifier() =>
        PhiAssert.Found(_engine, "auto insurer claim No: ZX-88123401 open", PhiType.Other, "ZX-88123401");

    [Theory]
    [InlineData("Resident is 94. Pleasant, needs cues.", "94")]
    [InlineData("her husband, Walter, is 91 and still drives", "91")]
    [InlineData("She told me she is \"95 and done with hospitals\".", "95")]
    [InlineData("not offered surgery given age (93).", "93")]
    [InlineData("Age/Sex: 92/M   Bed 4", "92")]
    [InlineData("Age/Gender: 95/F", "95")]
    [InlineData("Pt, 94, lives alone with cat", "94")]
    [InlineData("wife ingrid is 92 and visits daily", "92")]
    [InlineData("her mother, 97, is on hospice", "97")]
    [InlineData("Mrs Ames, 96, was found on floor", "96")]
    public void AgesStatedInProseAndHeadersAreFound(string text, string value) => PhiAssert.Found(_engine, text, PhiType.Age, value);

    [Theory]
    [InlineData("Chloride is 101. Potassium is 4.1.")]
    [InlineData("Glucose, Fasting, is 96.")]
    [InlineData("HR is 92. BP stable.")]
    [InlineData("K 4.1, Cl, 98, HCO3 24")]
    [InlineData("I told you, 95, not 90")]
    [InlineData("son here is 95 kg")]
    public void LabValuesAfterIsAreNotAges(string text) => PhiAssert.NoneOfType(_engine, text, PhiType.Age);

    [Theory]
    [InlineData("vecuronium gtt, TOF 2/4 this am")]
    [InlineData("-- FAX --  Page 2/3")]
    [InlineData("appendiceal stump clipped 3/2 and divided")]
    [InlineData("Lot 88A2 strips exp 04/27")]
    [InlineData("reagent cartridge expiration date 09/26")]
    public void CountsPagesAndSupplyExpiriesAreNotDates(string text) => PhiAssert.NoneOfType(_engine, text, PhiType.Date);

    [Theory]
    [InlineData("pt expired 2/1 at 0400", "2/1")]
    [InlineData("drowsy but awake on 11/16. Seen by team.", "11/16")]
    [InlineData("family meeting again dec 9 when son arrives", "dec 9")]
    public void DatesNearThoseCuesStayDates(string text, string value) => PhiAssert.Found(_engine, text, PhiType.Date, value);

    [Theory]
    [InlineData("propofol dec 5 when RASS -3")]
    [InlineData("insulin dec 5 units")]
    public void ALowerCaseDecreaseIsNoDate(string text) => PhiAssert.NoneOfType(_engine, text, PhiType.Date);

    [Theory]
    [InlineData("Tel 312-555-0187  Fx 312-555-0188", "312-555-0188")]
    [InlineData("*** FAX ***  From: Lakeside Imaging Group  (414) 555-0172   03/04/2026 09:12", "(414) 555-0172")]
    [InlineData("Brookline Cardiology  P (617) 555-0101  F (617) 555-0102", "(617) 555-0102")]
    public void FaxAbbreviationsAndFaxHeaderSendersAreFaxes(string text, string value) => PhiAssert.Found(_engine, text, PhiType.Fax, value);

    [Fact]
    public void ASenderWithoutAFaxOnTheLineIsAPhone() =>
        PhiAssert.Found(_engine, "From: daughter Mina (414) 555-0172", PhiType.Phone, "(414) 555-0172");

    [Theory]
    [InlineData("hospice RN Dalia Moss 555-0176 x22.", "22")]
    [InlineData("paged renal fellow Dr Osei at 6-2290 re K", "6-2290")]
    [InlineData("home care liaison Marisol 555-0163 will call", "555-0163")]
    public void ShortExtensionsAndPersonsNumbersArePhones(string text, string value) => PhiAssert.Found(_engine, text, PhiType.Phone, value);

    [Theory]
    [InlineData("heparin titrated at 2-1000 per protocol")]
    [InlineData("NP ordered 250-1000 mL bolus")]
    public void RangesAreNotPhones(string text) => PhiAssert.NoneOfType(_engine, text, PhiType.Phone);

    [Theory]
    [InlineData("belongings bagged, valuables tag 55120.", "55120")]
    [InlineData("family given access code 4471 for updates", "4471")]
    public void TagsAndSecretCodesAreOtherIdentifiers(string text, string value) => PhiAssert.Found(_engine, text, PhiType.Other, value);

    [Fact]
    public void AFourDigitNumberAfterABareCodeIsNot() => PhiAssert.NoneOfType(_engine, "code 4471 called overhead", PhiType.Other);

    [Fact]
    public void AMidExpiratoryFlowIsNoIdentifier() =>
        Assert.DoesNotContain(_engine.Find("MEF25-75      0.61     22"), f => f.Rule == "id-shape");

    [Fact]
    public void AWardMetersSerialOnAQcLogIsNoDevice() =>
        PhiAssert.NoneOfType(_engine, "Glucometer SN GX2231907 used. QC passed 3/2 0700.", PhiType.DeviceId);

    [Fact]
    public void APatientsOwnMeterStaysADevice() =>
        PhiAssert.Found(_engine, "readings downloaded from her meter SN GX2231907 today", PhiType.DeviceId, "GX2231907");

    [Theory]
    [InlineData("Ins: Tricare West 7712004519   Collected 3/2", "7712004519")]
    [InlineData("Payer: Medi-Cal 92211480B", "92211480B")]
    public void MemberNumbersOnAPayerLineArePlanIds(string text, string value) => PhiAssert.Found(_engine, text, PhiType.HealthPlanId, value);

    [Fact]
    public void APlanOfCareIsNoPayer() => PhiAssert.NoneOfType(_engine, "Plan: IV 250000 units heparin", PhiType.HealthPlanId);

    [Theory]
    [InlineData("patient: it's jdoe77 at yahoo dot com", PhiType.Email, "jdoe77 at yahoo dot com")]
    [InlineData("agent: your confirmation number is four four two one nine eight seven three", PhiType.Other, "four four two one nine eight seven three")]
    [InlineData("clerk: policy number ending two two one eight", PhiType.HealthPlanId, "two two one eight")]
    [InlineData("caller: we live at nine oak drive millbrook one two five four five", PhiType.Zip, "one two five four five")]
    [InlineData("tech: the code is q r seven two z five", PhiType.Other, "q r seven two z five")]
    [InlineData("caller: maria lopez three fourteen nineteen sixty two", PhiType.Date, "three fourteen nineteen sixty two")]
    [InlineData("nurse: name and date of birth\nspeaker 1: ana ruiz four two two thousand ten", PhiType.Date, "four two two thousand ten")]
    [InlineData("doctor: when did it start\npatient: the fourth i believe", PhiType.Date, "fourth")]
    [InlineData("nurse: and the follow up\npatient: my visit is the twentieth i think", PhiType.Date, "twentieth")]
    public void SpokenIdentifiersAndDatesAreFound(string text, PhiType type, string value) => PhiAssert.Found(_engine, text, type, value);

    [Theory]
    [InlineData("patient: the disc at l four l five s one", PhiType.Other)]
    [InlineData("patient: twenty two units", PhiType.Date)]
    [InlineData("doctor: how many\npatient: the second one", PhiType.Date)]
    [InlineData("caller: robin two twenty five", PhiType.Date)]
    public void SpokenLookAlikesAreNotFound(string text, PhiType type) => PhiAssert.NoneOfType(_engine, text, type);
}
