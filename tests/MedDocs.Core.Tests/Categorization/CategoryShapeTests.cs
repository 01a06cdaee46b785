using MedDocs.Core.Categorization;

namespace MedDocs.Core.Tests.Categorization;

/// <summary>
/// The failure shapes of issue 12, one small document each (Shapes/*.txt, written before the cues that now handle
/// them): letters that talk law, forms that cite statutes or ask for insurance, short clinical reports.
/// </summary>
public sealed class CategoryShapeTests
{
    private static readonly CategoryRulesEngine Engine = new();

    [Theory]
    [InlineData("clerk-letter.txt")]
    [InlineData("docketing-notice.txt")]
    [InlineData("attorney-letter-authority.txt")]
    [InlineData("fax-cover.txt")]
    [InlineData("physician-narrative-letter.txt")]
    [InlineData("efiling-notice-email.txt")]
    public void CorrespondenceIsDocumentaryEvidenceWhateverItTalksAbout(string file) => AssertDecides(DefaultCategories.DocumentaryEvidence, file);

    [Theory]
    [InlineData("consent-privacy-act.txt")]
    [InlineData("intake-insurance.txt")]
    [InlineData("medication-list.txt")]
    public void ProviderFormsAreMedicalRecords(string file) => AssertDecides(DefaultCategories.MedicalRecord, file);

    [Theory]
    [InlineData("short-op-note-consent.txt")]
    [InlineData("short-ecg-read.txt")]
    [InlineData("short-ultrasound-read.txt")]
    public void ShortClinicalReportsAreMedicalRecords(string file) => AssertDecides(DefaultCategories.MedicalRecord, file);

    [Fact]
    public void ALetterWhosePointIsPaymentIsABill() => AssertDecides(DefaultCategories.Bill, "past-due-letter.txt");

    [Fact]
    public void ASuperbillIsABillThoughLaidOutAsAPatientForm() => AssertDecides(DefaultCategories.Bill, "superbill.txt");

    [Fact]
    public void AFormFilledInByAStoreIsEvidence() => AssertDecides(DefaultCategories.DocumentaryEvidence, "store-incident-form.txt");

    [Fact]
    public void ADepositionTranscriptIsEvidence() => AssertDecides(DefaultCategories.DocumentaryEvidence, "deposition-excerpt.txt");

    [Theory]
    [InlineData("captioned-notice-of-hearing.txt")]
    [InlineData("summons-clerk.txt")]
    public void FilingsStayPleadingsThoughTheyCarryNoticeOrClerkLines(string file) => AssertDecides(DefaultCategories.Pleading, file);

    [Theory]
    [InlineData("short-ecg-read.txt")]
    [InlineData("short-ultrasound-read.txt")]
    [InlineData("short-op-note-consent.txt")]
    public void AReportUnderEightHundredCharactersGetsACategory(string file)
    {
        var text = Read(file);
        Assert.InRange(text.Length, 1, 799);
        Assert.NotNull(Engine.Decide(null, text).Category);
    }

    [Fact]
    public void OneWeakWordStillGetsABestGuessWithALowConfidence()
    {
        var verdict = Engine.Decide(null, "Seen for a sprain.");
        Assert.Equal(DefaultCategories.MedicalRecord, verdict.Category);
        Assert.InRange(verdict.Confidence, 0.01, 0.5);
    }

    [Fact]
    public void ALetterLayoutIsNamedInTheReason()
    {
        var verdict = Engine.Decide(null, Read("clerk-letter.txt"));
        Assert.StartsWith("Correspondence layout (a salutation", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACitationInAConsentFormDoesNotMakeItAPleading()
    {
        var verdict = Engine.Decide(null, Read("consent-privacy-act.txt"));
        var pleading = verdict.Scores.Single(s => s.Category == DefaultCategories.Pleading).Score;
        var medical = verdict.Scores.Single(s => s.Category == DefaultCategories.MedicalRecord).Score;
        Assert.True(medical > 2 * pleading, $"medical {medical}, pleading {pleading}");
    }

    [Theory]
    [InlineData("clerk-letter.txt", "\r\n")]
    [InlineData("consent-privacy-act.txt", "\r\n")]
    [InlineData("captioned-notice-of-hearing.txt", "\r")]
    public void WindowsAndOldMacLineEndsReadTheSame(string file, string lineEnd)
    {
        var text = Read(file);
        var unix = Engine.Decide(null, text);
        var other = Engine.Decide(null, text.ReplaceLineEndings(lineEnd));
        Assert.Equal((unix.Category, unix.Confidence, unix.Reason), (other.Category, other.Confidence, other.Reason));
    }

    [Fact]
    public void ReasonsNameLayoutsWithoutDigitsOrDocumentText()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Categorization", "Shapes"), "*.txt"))
        {
            var reason = Engine.Decide(null, File.ReadAllText(file)).Reason;
            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(reason, @"\d"), $"{file}: {reason}");
            Assert.Equal(1, reason.Count(c => c == '.'));
            Assert.DoesNotContain("Ostrowski", reason, StringComparison.Ordinal);
        }
    }

    private static void AssertDecides(string expected, string file)
    {
        var verdict = Engine.Decide(null, Read(file));
        Assert.True(expected == verdict.Category,
            $"{file}: expected {expected}, got {verdict.Category ?? "none"} at {verdict.Confidence}: {verdict.Reason} [{string.Join(", ", verdict.Scores)}]");
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Categorization", "Shapes", file));
}
