using System.Text.RegularExpressions;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

public sealed class PhiRedactorTests
{
    private const string Note =
        "Patient: Maria T. Lopez   MRN: 00482913   DOB: 03/14/1931\n" +
        "Seen 2024-03-02 and again on March 10, 2024. Follow-up 3 Apr 2024.\n" +
        "Ms. Lopez, a 94-year-old, lives at 1427 Oak Hollow Dr, Springfield, IL 62704.\n" +
        "Phone (217) 555-0143, fax 217-555-0199, mlopez@example.com, SSN 219-09-9999.\n" +
        "Attending: Dr. James O'Brien. Dr. O'Brien called MARIA LOPEZ back at (217) 555-0143.\n";

    private readonly PhiRulesEngine _engine = new();

    [Theory]
    [InlineData(RedactionMode.Tags)]
    [InlineData(RedactionMode.Surrogate)]
    public void RedactedTextContainsNoneOfTheFoundIdentifiers(RedactionMode mode)
    {
        foreach (var text in PhiTestData.ClinicalNotes().Select(n => n.Text).Append(Note))
        {
            var findings = _engine.Find(text);
            var result = PhiRedactor.Redact(text, findings, mode, seed: 7);
            Assert.Equal(findings.Count, result.Replacements);
            foreach (var f in findings.Where(f => f.Type != PhiType.Age))
            {
                Assert.DoesNotContain(f.Text, result.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void TagsNameTheType()
    {
        var result = PhiRedactor.Redact(Note, _engine.Find(Note), RedactionMode.Tags);
        Assert.StartsWith("Patient: [NAME]   MRN: [MRN]   DOB: [DATE]", result.Text, StringComparison.Ordinal);
        Assert.Contains("SSN [SSN]", result.Text, StringComparison.Ordinal);
        Assert.Contains("fax [FAX]", result.Text, StringComparison.Ordinal);
        Assert.Null(result.Map);
    }

    [Fact]
    public void SurrogatesAreConsistentWithinADocument()
    {
        var result = PhiRedactor.Redact(Note, _engine.Find(Note), RedactionMode.Surrogate, seed: 42, includeMap: true);
        var map = result.Map!;
        // The same phone number twice → the same fake number.
        var phones = map.Where(r => r.Original == "(217) 555-0143").Select(r => r.Substitute).Distinct().ToList();
        Assert.Single(phones);
        Assert.Matches(@"^\(\d{3}\) 555-01\d{2}$", phones[0]);
        // "Lopez" alone gets the surname used for "Maria T. Lopez", also in capitals.
        string fullName = map.Single(r => r.Original == "Maria T. Lopez").Substitute;
        string fakeSurname = fullName.Split(' ')[^1];
        Assert.Contains(map, r => r.Original == "Lopez" && r.Substitute == fakeSurname);
        string fakeSurnameInCapitals = fakeSurname.ToUpperInvariant();
        Assert.Contains(map, r => r.Original == "LOPEZ" && r.Substitute == fakeSurnameInCapitals);
        Assert.Contains("Dr. ", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DatesMoveByOneOffsetAndKeepTheirFormat()
    {
        var result = PhiRedactor.Redact(Note, _engine.Find(Note), RedactionMode.Surrogate, seed: 3, includeMap: true);
        var dates = result.Map!.Where(r => r.Type == PhiType.Date).ToList();
        Assert.Equal(4, dates.Count);
        var shifts = dates.Select(r => Days(r.Substitute) - Days(r.Original)).Distinct().ToList();
        int shift = Assert.Single(shifts);
        Assert.NotEqual(0, shift);
        Assert.InRange(Math.Abs(shift), 1, 180);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4}$", dates.Single(d => d.Original == "03/14/1931").Substitute);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", dates.Single(d => d.Original == "2024-03-02").Substitute);
        Assert.Matches(@"^[A-Z][a-z]+ \d{1,2}, \d{4}$", dates.Single(d => d.Original == "March 10, 2024").Substitute);
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]{2} \d{4}$", dates.Single(d => d.Original == "3 Apr 2024").Substitute);

        static int Days(string date) => DateSurrogate.Parse(date)!.Value.DayNumber;
    }

    [Fact]
    public void SurrogatesFollowSafeHarborShapes()
    {
        var map = PhiRedactor.Redact(Note, _engine.Find(Note), RedactionMode.Surrogate, seed: 5, includeMap: true).Map!;
        Assert.Equal("90+", map.Single(r => r.Type == PhiType.Age).Substitute);
        Assert.Matches(@"^9\d{2}-\d{2}-\d{4}$", map.Single(r => r.Type == PhiType.Ssn).Substitute);
        Assert.Equal("00000", map.Single(r => r.Type == PhiType.Zip).Substitute);
        Assert.EndsWith("@example.org", map.Single(r => r.Type == PhiType.Email).Substitute, StringComparison.Ordinal);
        Assert.Matches(@"^\d{8}$", map.Single(r => r.Type == PhiType.Mrn).Substitute);
    }

    [Fact]
    public void TheSameSeedAndDocumentGiveTheSameOutput()
    {
        var findings = _engine.Find(Note);
        string first = PhiRedactor.Redact(Note, findings, RedactionMode.Surrogate, seed: 11).Text;
        Assert.Equal(first, PhiRedactor.Redact(Note, findings, RedactionMode.Surrogate, seed: 11).Text);
        Assert.NotEqual(first, PhiRedactor.Redact(Note, findings, RedactionMode.Surrogate, seed: 12).Text);
    }

    [Fact]
    public void MapOffsetsPointIntoBothTexts()
    {
        var result = PhiRedactor.Redact(Note, _engine.Find(Note), RedactionMode.Surrogate, seed: 1, includeMap: true);
        foreach (var r in result.Map!)
        {
            Assert.Equal(r.Original, Note.Substring(r.OriginalStart, r.OriginalLength));
            Assert.Equal(r.Substitute, result.Text.Substring(r.Start, r.Length));
        }
    }

    [Fact]
    public void FindingsForAnotherTextAreRejectedWithoutQuotingIt()
    {
        var findings = _engine.Find(Note);
        var ex = Assert.Throws<ArgumentException>(() => PhiRedactor.Redact(Note.Replace("Maria", "Marie", StringComparison.Ordinal), findings, RedactionMode.Tags));
        Assert.DoesNotContain("Lopez", ex.Message, StringComparison.Ordinal);
        Assert.Matches(new Regex("offset \\d+"), ex.Message);
    }
}
