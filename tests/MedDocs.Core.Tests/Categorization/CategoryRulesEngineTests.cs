using System.Text.RegularExpressions;
using MedDocs.Core.Categorization;

namespace MedDocs.Core.Tests.Categorization;

public sealed class CategoryRulesEngineTests
{
    private readonly CategoryRulesEngine _engine = new();

    [Theory]
    [InlineData("DISCHARGE SUMMARY\nAdmission Date: 03/02/2024\nThe patient did well.")]
    [InlineData("HISTORY AND PHYSICAL\nChief complaint: knee pain.")]
    [InlineData("PROGRESS NOTE\nDoing better today.")]
    [InlineData("LABORATORY REPORT\nSodium 139")]
    [InlineData("RADIOLOGY REPORT\nExam: cervical spine")]
    [InlineData("OPERATIVE REPORT\nProcedure: ORIF")]
    public void MedicalHeadingsDecideMedicalRecord(string text) => AssertDecides(DefaultCategories.MedicalRecord, text);

    [Theory]
    [InlineData("INVOICE\nServices rendered in March.")]
    [InlineData("STATEMENT OF ACCOUNT\nPrevious balance carried forward.")]
    [InlineData("EXPLANATION OF BENEFITS\nMember services line.")]
    [InlineData("Riverside Clinic\nAMOUNT DUE: $120.00")]
    [InlineData("Riverside Clinic\nBALANCE DUE upon receipt")]
    [InlineData("Remit to: Billing Office, PO Box 12\nCPT 99213")]
    public void BillingHeadingsDecideBill(string text) => AssertDecides(DefaultCategories.Bill, text);

    [Theory]
    [InlineData("IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT\nJANE ROE, Plaintiff, v. ACME LLC, Defendant.")]
    [InlineData("IN THE SUPERIOR COURT OF LANE COUNTY\nCase No. 23-44")]
    [InlineData("IN THE DISTRICT COURT\nMOTION TO COMPEL")]
    [InlineData("ANSWER AND AFFIRMATIVE DEFENSES\nDefendant states as follows.")]
    [InlineData("COMES NOW the Plaintiff and moves the Court.")]
    [InlineData("WHEREFORE, Plaintiff demands judgment.\nAttorney for Plaintiff")]
    [InlineData("CERTIFICATE OF SERVICE\nA copy was sent to counsel.")]
    public void CourtHeadingsDecidePleading(string text) => AssertDecides(DefaultCategories.Pleading, text);

    [Theory]
    [InlineData("POLICE REPORT\nReporting officer arrived on scene.")]
    [InlineData("INCIDENT REPORT\nCustomer fell near the entrance.")]
    [InlineData("WITNESS STATEMENT\nI saw the truck run the light.")]
    [InlineData("PHOTOGRAPH\nRear bumper, taken the next day.")]
    [InlineData("From: Sam Doe <sam@example.com>\nSent: Monday\nTo: Lee Roe <lee@example.com>\nSubject: the leak\n\nIt is still leaking.")]
    [InlineData("AFFIDAVIT\nBefore me personally appeared the affiant, who deposes and says she saw the fall.")]
    [InlineData("DECLARATION\nI declare under penalty of perjury that the foregoing is true and correct.")]
    public void EvidenceHeadingsDecideDocumentaryEvidence(string text) => AssertDecides(DefaultCategories.DocumentaryEvidence, text);

    [Fact]
    public void CaptionedAffidavitIsAPleading()
    {
        // Documented rule: an affidavit carrying a court caption was filed in the case, so the caption wins.
        const string text = "IN THE CIRCUIT COURT OF ORANGE COUNTY\nJANE ROE, Plaintiff, v. ACME LLC, Defendant.\nCase No. 2024-CA-1\n" +
                            "AFFIDAVIT OF SERVICE\nThe affiant served the summons on the defendant.";
        AssertDecides(DefaultCategories.Pleading, text);
    }

    [Fact]
    public void ChiefComplaintIsNotReadAsAPleadingComplaint()
    {
        var verdict = _engine.Decide(null, "CHIEF COMPLAINT: low back pain\nVitals: BP 130/80, HR 72\nAssessment: lumbar strain.");
        Assert.Equal(DefaultCategories.MedicalRecord, verdict.Category);
        Assert.Equal(0, Score(verdict, DefaultCategories.Pleading));
    }

    [Fact]
    public void BodyTermsAloneDecideWithLowerConfidenceThanAHeading()
    {
        const string body = "The patient reports tenderness of the lumbar spine with reduced range of motion. Diagnosis: strain. Prescribed naproxen 500 mg.";
        var withoutHeading = _engine.Decide(null, "Seen today.\n" + body);
        var withHeading = _engine.Decide(null, "PROGRESS NOTE\n" + body);
        Assert.Equal(DefaultCategories.MedicalRecord, withoutHeading.Category);
        Assert.True(withHeading.Confidence > withoutHeading.Confidence, $"{withHeading.Confidence} vs {withoutHeading.Confidence}");
    }

    [Fact]
    public void RepeatingABodyTermSaturates()
    {
        var twice = _engine.Decide(null, "patient diagnosis patient diagnosis");
        var thousand = _engine.Decide(null, string.Join(' ', Enumerable.Repeat("patient diagnosis", 1000)));
        var twiceScore = Score(twice, DefaultCategories.MedicalRecord);
        var thousandScore = Score(thousand, DefaultCategories.MedicalRecord);
        Assert.True(thousandScore < twiceScore * 2, $"1000 repeats scored {thousandScore}, 2 repeats {twiceScore}");
    }

    [Fact]
    public void HeadingOutweighsALongBodyOfAnotherCategory()
    {
        // A complaint that quotes medical history at length is still a complaint.
        var medicalBody = string.Join('\n', Enumerable.Repeat("The patient had tenderness, muscle spasm, reduced range of motion and a cervical strain diagnosis; MRI findings of disc herniation.", 40));
        var text = "IN THE CIRCUIT COURT OF WAKE COUNTY\nJANE ROE, Plaintiff,\nv.\nACME LLC, Defendant.\nCase No. 24-CV-1\nCOMPLAINT\n" + medicalBody;
        AssertDecides(DefaultCategories.Pleading, text);
    }

    [Theory]
    [InlineData("invoice_123.pdf", DefaultCategories.Bill)]
    [InlineData("complaint_filed.pdf", DefaultCategories.Pleading)]
    [InlineData("medical_report_2024.pdf", DefaultCategories.MedicalRecord)]
    [InlineData("Smith-EOB-March.pdf", DefaultCategories.Bill)]
    [InlineData("MotionToCompel.docx", DefaultCategories.Pleading)]
    [InlineData("ERDischargeNotes.txt", DefaultCategories.MedicalRecord)]
    [InlineData("/cases/2024/police.report.final.pdf", DefaultCategories.DocumentaryEvidence)]
    [InlineData(@"C:\scans\witness_statement_02.pdf", DefaultCategories.DocumentaryEvidence)]
    [InlineData("scenePhotos.zip", DefaultCategories.DocumentaryEvidence)]
    public void FileNameCuesDecideWhenTextIsSilent(string fileName, string expected)
    {
        var verdict = _engine.Decide(fileName, "Page 1 of 1");
        Assert.Equal(expected, verdict.Category);
        Assert.Contains("file name cue", verdict.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("The quarterly newsletter goes out on Tuesday. Remember to water the plants and lock the back door.")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.")]
    public void NeutralTextAbstains(string text)
    {
        var verdict = _engine.Decide("scan0001.pdf", text);
        Assert.Null(verdict.Category);
        Assert.Equal(0, verdict.Confidence);
        Assert.Equal(4, verdict.Scores.Count);
    }

    [Fact]
    public void CustomCategoryWithKeywordsIsDecidedWithReducedConfidence()
    {
        var engine = new CategoryRulesEngine([
            .. DefaultCategories.All,
            new CategoryDefinition("Correspondence", "Letters between counsel and adjusters.", ["letter of representation", "adjuster", "settlement demand"]),
        ]);
        var verdict = engine.Decide(null, "LETTER OF REPRESENTATION\nPlease direct all contact with the adjuster to this office. A settlement demand follows.");
        Assert.Equal("Correspondence", verdict.Category);
        Assert.InRange(verdict.Confidence, 0.01, 0.8);
        Assert.Contains("letter of representation", verdict.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CustomCategoryWithoutKeywordsUsesItsNameWeaklyAndOtherwiseAbstains()
    {
        var engine = new CategoryRulesEngine([new CategoryDefinition("Employment Records", "Payroll and HR files.", null), new CategoryDefinition("Misc", "Anything else.")]);
        Assert.Equal("Employment Records", engine.Decide("employment_file.pdf", "Start date and job title on file.").Category);
        Assert.Null(engine.Decide(null, "The quarterly newsletter goes out on Tuesday.").Category);
    }

    [Fact]
    public void DefaultNamedCategoryKeepsCuratedCuesAndAddsKeywords()
    {
        var engine = new CategoryRulesEngine([
            new CategoryDefinition("bill", "Money owed.", ["superbill"]),
            new CategoryDefinition("Pleading", "Court filings."),
        ]);
        Assert.Equal("bill", engine.Decide(null, "INVOICE\nNet 30").Category);
        Assert.Equal("bill", engine.Decide(null, "SUPERBILL\nVisit codes").Category);
    }

    [Fact]
    public void InvalidCategorySetsAreRejectedWithClearMessages()
    {
        var empty = Assert.Throws<ArgumentException>(() => new CategoryRulesEngine([]));
        Assert.Contains("At least one category", empty.Message, StringComparison.Ordinal);
        var duplicate = Assert.Throws<ArgumentException>(() => new CategoryRulesEngine([new("Bill", "a"), new("BILL", "b")]));
        Assert.Contains("configured twice", duplicate.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CategoryRulesEngine([new(" ", "blank")]));
    }

    [Fact]
    public void ReasonIsOneSentenceWithoutAnyDigitsOrDocumentData()
    {
        // Every corpus document: the reason must never carry a digit (so never an MRN, date, amount or case number),
        // and never a person's name from the generator's name lists.
        var names = new[] { "Quillfeather", "Marrowby", "Tenpenny", "Ashgrove", "Vellacott", "Brindlewood", "Pardoe", "Stanbury" };
        foreach (var document in CorpusLoader.LoadText())
        {
            var reason = _engine.Decide(document.FileName, document.Text).Reason;
            Assert.False(Regex.IsMatch(reason, @"\d"), $"{document.Id}: reason has digits: {reason}");
            Assert.DoesNotContain(names, n => reason.Contains(n, StringComparison.OrdinalIgnoreCase));
            Assert.EndsWith(".", reason, StringComparison.Ordinal);
            Assert.Equal(1, reason.Count(c => c == '.'));
        }
    }

    [Fact]
    public void ReasonNamesTheHeadingAndCountsTermsInWords()
    {
        var verdict = _engine.Decide(null, "DISCHARGE SUMMARY\nDiagnosis: fracture. Medications: ibuprofen 600 mg. Vital signs stable. Follow up with orthopedics.");
        Assert.StartsWith("Title 'DISCHARGE SUMMARY' and ", verdict.Reason, StringComparison.Ordinal);
        Assert.Matches(@"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) clinical terms?\.$", verdict.Reason);
    }

    [Fact]
    public void ConfidenceGrowsWithTheMarginAndStaysWithinZeroAndOne()
    {
        var clear = _engine.Decide("invoice.pdf", "INVOICE\nAMOUNT DUE $40.00\nCharges: office visit. Payment due upon receipt.");
        var mixed = _engine.Decide(null, "INVOICE\nThe patient's diagnosis and prescribed medications are listed in the discharge summary.");
        Assert.InRange(clear.Confidence, 0.9, 1.0);
        Assert.True(mixed.Confidence < clear.Confidence);
        Assert.Equal(clear.Scores.OrderByDescending(s => s.Score).Select(s => s.Category), clear.Scores.Select(s => s.Category));
    }

    [Fact]
    public void ParallelCallsGiveTheSameVerdictsAsSequentialOnes()
    {
        var documents = CorpusLoader.LoadText();
        var sequential = documents.Select(d => _engine.Decide(d.Id, d.Text)).ToList();
        var parallel = documents.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(d => _engine.Decide(d.Id, d.Text)).ToList();
        Assert.Equal(sequential.Select(v => (v.Category, v.Confidence, v.Reason)), parallel.Select(v => (v.Category, v.Confidence, v.Reason)));
    }

    private void AssertDecides(string expected, string text)
    {
        var verdict = _engine.Decide(null, text);
        Assert.True(expected == verdict.Category, $"expected {expected}, got {verdict.Category ?? "abstain"}: {verdict.Reason}");
        Assert.InRange(verdict.Confidence, 0.3, 1.0);
    }

    private static double Score(RulesVerdict verdict, string category) => verdict.Scores.Single(s => s.Category == category).Score;
}
