using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

public sealed class PhiRulesEngineTests
{
    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData("SSN 219-09-9999 on file", PhiType.Ssn, "219-09-9999")]
    [InlineData("social security number is 123456789.", PhiType.Ssn, "123456789")]
    [InlineData("call (217) 555-0143 today", PhiType.Phone, "(217) 555-0143")]
    [InlineData("call 217-555-0143 today", PhiType.Phone, "217-555-0143")]
    [InlineData("call 217.555.0143 today", PhiType.Phone, "217.555.0143")]
    [InlineData("call +1 217 555 0143 today", PhiType.Phone, "+1 217 555 0143")]
    [InlineData("desk 217-555-0143 ext. 42 today", PhiType.Phone, "217-555-0143 ext. 42")]
    [InlineData("Phone: 72 128 827", PhiType.Phone, "72 128 827")]
    [InlineData("Fax: 217-555-0199", PhiType.Fax, "217-555-0199")]
    [InlineData("send to 217-555-0199 (fax)", PhiType.Fax, "217-555-0199")]
    [InlineData("mail jane.doe+1@clinic-mail.example.com now", PhiType.Email, "jane.doe+1@clinic-mail.example.com")]
    [InlineData("MRN: 00482913", PhiType.Mrn, "00482913")]
    [InlineData("Medical Record Number MR-7730215.", PhiType.Mrn, "MR-7730215")]
    [InlineData("Med Rec # 4471902", PhiType.Mrn, "4471902")]
    [InlineData("Patient ID: AB-1234567", PhiType.Mrn, "AB-1234567")]
    [InlineData("Acct #: 0045-778812", PhiType.AccountNumber, "0045-778812")]
    [InlineData("Account No. 99887766", PhiType.AccountNumber, "99887766")]
    [InlineData("Member ID: W123456789", PhiType.HealthPlanId, "W123456789")]
    [InlineData("Policy #: XJH884213907", PhiType.HealthPlanId, "XJH884213907")]
    [InlineData("Medicaid ID MD44820193", PhiType.HealthPlanId, "MD44820193")]
    [InlineData("MBI 1EG4-TE5-MK73 on card", PhiType.HealthPlanId, "1EG4-TE5-MK73")]
    [InlineData("Driver's License #: W4418827", PhiType.LicenseNumber, "W4418827")]
    [InlineData("prescriber NPI 1234567893 signed", PhiType.LicenseNumber, "1234567893")]
    [InlineData("DEA AB1234563 verified", PhiType.LicenseNumber, "AB1234563")]
    [InlineData("VIN 1HGCM82633A004352 noted", PhiType.VehicleId, "1HGCM82633A004352")]
    [InlineData("pacemaker S/N: PM-88412-X", PhiType.DeviceId, "PM-88412-X")]
    [InlineData("Serial No. TT-4482190 implanted", PhiType.DeviceId, "TT-4482190")]
    [InlineData("see https://portal.example.org/visit/88213.", PhiType.Url, "https://portal.example.org/visit/88213")]
    [InlineData("visit www.example-clinic.com for forms", PhiType.Url, "www.example-clinic.com")]
    [InlineData("from 192.168.10.25 at night", PhiType.IpAddress, "192.168.10.25")]
    [InlineData("from 2001:db8:85a3::8a2e:370:7334 at night", PhiType.IpAddress, "2001:db8:85a3::8a2e:370:7334")]
    [InlineData("card 4111 1111 1111 1111 on file", PhiType.Other, "4111 1111 1111 1111")]
    [InlineData("Rx #: 6620184 filled", PhiType.Other, "6620184")]
    [InlineData("seen 03/14/2024 in clinic", PhiType.Date, "03/14/2024")]
    [InlineData("seen 3/4/24 in clinic", PhiType.Date, "3/4/24")]
    [InlineData("seen 2024-03-02 14:35 in clinic", PhiType.Date, "2024-03-02 14:35")]
    [InlineData("seen 03-Feb-2024 in clinic", PhiType.Date, "03-Feb-2024")]
    [InlineData("seen March 3, 2024 in clinic", PhiType.Date, "March 3, 2024")]
    [InlineData("seen 3 March 2024 in clinic", PhiType.Date, "3 March 2024")]
    [InlineData("return Mar 3 to clinic", PhiType.Date, "Mar 3")]
    [InlineData("prior study 03/2024 only", PhiType.Date, "03/2024")]
    [InlineData("a 92-year-old man", PhiType.Age, "92")]
    [InlineData("at age 93 she", PhiType.Age, "93")]
    [InlineData("aged 101 years", PhiType.Age, "101")]
    [InlineData("94 y/o female", PhiType.Age, "94")]
    [InlineData("95 yo female", PhiType.Age, "95")]
    [InlineData("Age: 97", PhiType.Age, "97")]
    [InlineData("lives at 1427 Oak Hollow Dr, Apt 4B with", PhiType.Location, "1427 Oak Hollow Dr, Apt 4B")]
    [InlineData("mail to PO Box 4410 please", PhiType.Location, "PO Box 4410")]
    [InlineData("Springfield, IL 62704", PhiType.Location, "Springfield")]
    [InlineData("Springfield, IL 62704", PhiType.Zip, "62704")]
    [InlineData("Dayton, Ohio 45402-1234", PhiType.Zip, "45402-1234")]
    [InlineData("Attending: Dr. James O'Brien", PhiType.Name, "James O'Brien")]
    [InlineData("Patient: Mary-Kate McDonald Jr. was seen", PhiType.Name, "Mary-Kate McDonald Jr.")]
    [InlineData("Patient Name: WILLIAM HARRIS", PhiType.Name, "WILLIAM HARRIS")]
    [InlineData("/s/ Jane Doe", PhiType.Name, "Jane Doe")]
    [InlineData("Re: John Smith, DOB unknown", PhiType.Name, "John Smith")]
    [InlineData("Electronically signed by Andrew Chen, MD", PhiType.Name, "Andrew Chen")]
    [InlineData("spoke with Linda Morales about it", PhiType.Name, "Linda Morales")]
    public void FindsTheIdentifierAtItsExactOffsets(string text, PhiType type, string expected)
    {
        var findings = _engine.Find(text);
        int start = text.IndexOf(expected, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Type == type && f.Start == start && f.Length == expected.Length && f.Text == expected);
    }

    [Theory]
    [InlineData("SSN 000-12-3456")]
    [InlineData("SSN 666-12-3456")]
    [InlineData("SSN 912-12-3456")]
    [InlineData("SSN 123-00-3456")]
    [InlineData("SSN 123-45-0000")]
    public void RejectsInvalidSocialSecurityNumbers(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.Ssn);

    [Fact]
    public void RejectsCardNumbersFailingLuhn() =>
        Assert.DoesNotContain(_engine.Find("card 4111 1111 1111 1112 on file"), f => f.Type == PhiType.Other);

    [Fact]
    public void RejectsVinWithWrongCheckDigit() =>
        Assert.DoesNotContain(_engine.Find("VIN: 1HGCM82634A004352"), f => f.Type == PhiType.VehicleId && f.Rule == "vin-check-digit");

    [Theory]
    [InlineData("host 256.1.1.1 down")]
    [InlineData("host 1.2.3.300 down")]
    [InlineData("version 01.02.03.04 shipped")]
    public void RejectsInvalidIpv4(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.IpAddress);

    [Theory]
    [InlineData("number 1234567890 here")] // fails the NPI check
    [InlineData("code AB1234567 here")] // fails the DEA check
    public void RejectsNpiAndDeaWithBadCheckDigits(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type == PhiType.LicenseNumber);

    [Theory]
    [InlineData("BP 120/80")]
    [InlineData("BP 135/85 mmHg")]
    [InlineData("Percocet 5/325 mg")]
    [InlineData("hydrocodone 10/325")]
    [InlineData("strength 4/5 in the left arm")]
    [InlineData("5/5 strength throughout")]
    [InlineData("2/6 systolic murmur")]
    [InlineData("vision 20/20")]
    [InlineData("vision 20/40 OS")]
    [InlineData("ratio 1:1")]
    [InlineData("take 1/2 tab at night")]
    [InlineData("pain 7/10")]
    [InlineData("GCS 15/15")]
    [InlineData("K 4.1")]
    [InlineData("ICD-10 E11.9")]
    [InlineData("CPT 99213")]
    [InlineData("amoxicillin 2 x 500 mg")]
    [InlineData("diagnosed in 2019")]
    [InlineData("Type 2 diabetes")]
    [InlineData("COVID-19 negative")]
    [InlineData("MoCA 27/30, goal < 130/80")]
    [InlineData("Room 412B, bed 2")]
    [InlineData("Version 2.4.1, build 20240301")]
    [InlineData("may 5 of them")]
    public void LookAlikesAreNeitherDatesNorPhones(string text) =>
        Assert.DoesNotContain(_engine.Find(text), f => f.Type is PhiType.Date or PhiType.Phone or PhiType.Fax);

    [Theory]
    [InlineData("an 89-year-old man", false)]
    [InlineData("an 90-year-old man", true)]
    [InlineData("age 89", false)]
    [InlineData("age 90", true)]
    [InlineData("65 yo", false)]
    public void AgesAreIdentifiersOnlyOver89(string text, bool expected) =>
        Assert.Equal(expected, _engine.Find(text).Any(f => f.Type == PhiType.Age));

    [Fact]
    public void FaxLabelBelongsOnlyToTheNumberAfterIt()
    {
        var findings = _engine.Find("Phone 614.555.0100   Fax 614.555.0101");
        Assert.Equal(PhiType.Phone, Assert.Single(findings, f => f.Text == "614.555.0100").Type);
        Assert.Equal(PhiType.Fax, Assert.Single(findings, f => f.Text == "614.555.0101").Type);
    }

    [Fact]
    public void LaterMentionsOfAKnownSurnameAreNames()
    {
        var findings = _engine.Find("Patient: Maria Lopez\nPlan discussed. Lopez agrees.");
        int later = "Patient: Maria Lopez\nPlan discussed. ".Length;
        Assert.Contains(findings, f => f.Type == PhiType.Name && f.Start == later && f.Text == "Lopez");
    }

    [Fact]
    public void EveryFindingIndexesTheTextExactlyAndNoneOverlap()
    {
        foreach (var note in PhiTestData.ClinicalNotes())
        {
            var findings = _engine.Find(note.Text);
            Assert.NotEmpty(findings);
            foreach (var f in findings)
            {
                Assert.Equal(f.Text, note.Text.Substring(f.Start, f.Length));
                Assert.Equal(PhiFinding.RulesEngine, f.Engine);
                Assert.False(string.IsNullOrEmpty(f.Rule));
                Assert.InRange(f.Confidence, 0.5, 1.0);
            }
            for (int i = 1; i < findings.Count; i++)
            {
                Assert.True(findings[i - 1].End <= findings[i].Start, $"{note.Id}: findings {i - 1} and {i} overlap");
            }
        }
    }

    [Fact]
    public void OneInstanceGivesTheSameResultsFromManyThreads()
    {
        var notes = PhiTestData.ClinicalNotes().Select(n => n.Text).ToArray();
        var sequential = notes.Select(n => _engine.Find(n)).ToArray();
        var parallel = new IReadOnlyList<PhiFinding>[notes.Length * 8];
        Parallel.For(0, parallel.Length, i => parallel[i] = _engine.Find(notes[i % notes.Length]));
        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % notes.Length], parallel[i]);
        }
    }

    [Fact]
    public void MinimumConfidenceDropsWeakerFindings()
    {
        const string text = "Patient: Maria Lopez\nLopez agrees. SSN 219-09-9999";
        var strict = new PhiRulesEngine { MinimumConfidence = 0.9 }.Find(text);
        Assert.Contains(strict, f => f.Type == PhiType.Ssn);
        Assert.All(strict, f => Assert.True(f.Confidence >= 0.9));
        Assert.True(_engine.Find(text).Count > strict.Count);
    }

    [Fact]
    public void EmptyTextHasNoFindings() => Assert.Empty(_engine.Find(""));
}
