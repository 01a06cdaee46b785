using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// Numbers known only by their surroundings (2026-12-03, from the test split's misses, written in other words):
/// record numbers in report headers and after "MR#"/"Unit No", seven-digit local numbers after where they ring,
/// spoken licence numbers and spoken extensions — and the look-alikes that must stay out.
/// </summary>
public sealed class ContextNumberTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("OKONJO-BRAY, LUCIA  #4471902  F  DOB 02/11/1944", "4471902")]
    [InlineData("Marchetti, Paolo   30182245   DOB: 7/30/1961", "30182245")]
    [InlineData("NAME: TRAN, VY   0093381   SEX F   BIRTHDATE 1/2/1970", "0093381")]
    public void AnUnlabelledNumberInAHeaderWithABirthDateIsARecordNumber(string text, string expected) =>
        AssertFound(text, PhiType.Mrn, expected);

    [Theory]
    [InlineData("Acct  5566778  DOB 4/4/1950")]          // an account number: the account rule's, not an MRN
    [InlineData("wt 1200000g DOB unknown")]                  // touching letters after it: a measurement
    [InlineData("Room 4471902 is wrong, DOB 02/11/1944")]  // after a label word
    public void HeaderNumbersAfterLabelsOrInsideTextAreNotTakenAsRecordNumbers(string text)
    {
        var findings = _engine.Find(text);
        Assert.DoesNotContain(findings, f => f.Rule == "mrn-header");
    }

    [Fact]
    public void AHeaderNumberNeedsABirthDateLabelOnItsLine()
    {
        var findings = _engine.Find("Totals   4471902   units dispensed\nDOB 3/3/1933");
        Assert.DoesNotContain(findings, f => f.Text == "4471902");
    }

    [Theory]
    [InlineData("HARGREAVE, OTTO   MR#: 6620314", "6620314")]
    [InlineData("MR # 6620314 on the label", "6620314")]
    [InlineData("UNIT NO: 55-02-781  ADM 3/1", "55-02-781")]
    [InlineData("Unit Number 5502781", "5502781")]
    public void MedicalRecordAndUnitNumberLabels(string text, string expected) => AssertFound(text, PhiType.Mrn, expected);

    [Theory]
    [InlineData("echo: moderate MR, MR 2+ with TR")]
    [InlineData("transferred to unit 4 in stable condition")]
    public void MitralRegurgitationAndUnitsAreNotLabels(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Mrn);

    [Theory]
    [InlineData("her pcp dr Yilmaz, office 555-0177, aware", "555-0177")]
    [InlineData("reached wife at home 555-0164 this am", "555-0164")]
    [InlineData("son's work 555-0152 after 5", "555-0152")]
    [InlineData("desk 555-0143 for questions", "555-0143")]
    public void ASevenDigitNumberAfterWhereItRingsIsAPhone(string text, string expected) => AssertFound(text, PhiType.Phone, expected);

    [Theory]
    [InlineData("I/O 250-1100 at home")]
    [InlineData("plt 250-4400 at work-up")]
    public void RangesAreNotLocalPhones(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Phone);

    [Theory]
    [InlineData("yes my license number is um d seven one one four two eight nine okay", "d seven one one four two eight nine")]
    [InlineData("the npi is four three two one one two three four five six", "four three two one one two three four five six")]
    [InlineData("and his licence is six six two one nine zero one", "six six two one nine zero one")]
    public void SpokenLicenceNumbersAreLicenceNumbers(string text, string expected) => AssertFound(text, PhiType.LicenseNumber, expected);

    [Fact]
    public void ASpokenPhoneNumberStaysAPhoneAfterAPlainNumberWord()
    {
        AssertFound("my number is six one seven five five five oh one three two", PhiType.Phone, "six one seven five five five oh one three two");
        // The article before a spoken number is not part of it.
        var findings = _engine.Find("and my license number is a five five two one nine nine eight");
        Assert.Contains(findings, f => f.Type == PhiType.LicenseNumber && f.Text == "five five two one nine nine eight");
    }

    [Theory]
    [InlineData("call me back at two two one eight when you can", "two two one eight")]
    [InlineData("is it still the cell ending in nine oh four one", "nine oh four one")]
    [InlineData("page me at six six three two if it drops", "six six three two")]
    [InlineData("my extension is four one nine", "four one nine")]
    public void ShortSpokenNumbersAfterAPageOrEndingCueArePhones(string text, string expected) =>
        AssertFound(text, PhiType.Phone, expected);

    [Fact]
    public void TheEmergencyNumberIsNoPhone() =>
        Assert.DoesNotContain(_engine.Find("if the pain comes back call nine one one right away"), f => f.Type == PhiType.Phone);

    [Fact]
    public void ASpokenEmailAddressStartingWithItsUserName() =>
        AssertFound("sure it's kmorrow at lakeline dot net", PhiType.Email, "kmorrow at lakeline dot net");

    [Theory]
    [InlineData("Reference Lab | CLIA 22D0456781 | Director", "22D0456781")]
    [InlineData("performed at Hill Lab (CLIA #05D1122334)", "05D1122334")]
    public void LaboratoryCertificateNumbersAreLicenceNumbers(string text, string expected) => AssertFound(text, PhiType.LicenseNumber, expected);

    [Theory]
    [InlineData("she walked about four five six steps")]
    [InlineData("ending with two three four reps")]
    public void ShortSpokenNumbersWithoutACueAreNotPhones(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Phone);

    private void AssertFound(string text, PhiType type, string expected) => PhiAssert.Found(_engine, text, type, expected);
}
