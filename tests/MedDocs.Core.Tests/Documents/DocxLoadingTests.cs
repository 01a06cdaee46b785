using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MedDocs.Core.Documents;

namespace MedDocs.Core.Tests.Documents;

public sealed class DocxLoadingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DocumentLoader _loader = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A real .docx made with the OpenXml SDK: heading, paragraphs, a table between them, a list item.</summary>
    private static byte[] BuildDocx(int repeatedParagraphs = 0)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(
                Styled("Operative Report", "Heading1"),
                Para("Patient: Dana R. Whitfield, MRN 00-555-0142."),
                Para("Procedure: ORIF right distal radius."),
                new Table(
                    Row("Medication", "Dose", "Route"),
                    Row("Cefazolin", "2 g", "IV"),
                    Row("Ropivacaine 0.5%", "30 mL", "Regional block")),
                Styled("Findings", "Heading2"),
                new Paragraph(
                    new Run(new Text("Comminuted fracture,")),
                    new Run(new TabChar()),
                    new Run(new Text(" reduced") { Space = SpaceProcessingModeValues.Preserve }),
                    new DeletedRun(new Run(new DeletedText("REMOVED WORDS")))),
                new Paragraph(
                    new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
                    new Run(new Text("Volar locking plate applied"))),
                Para("Signed: P. Raman-Hoyt, MD")));
            for (var i = 0; i < repeatedParagraphs; i++)
            {
                main.Document.Body!.AppendChild(Para("Neurovascularly intact distally; capillary refill under two seconds."));
            }

            document.PackageProperties.Title = "Operative report";
            document.PackageProperties.Creator = "P. Raman-Hoyt";
        }

        return stream.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text)));

    private static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(Para(c))));

    [Fact]
    public async Task ParagraphsAndTableRowsComeOutInBodyOrder()
    {
        var document = await _loader.LoadAsync(_folder.Write("op-report.docx", BuildDocx()), CancellationToken.None);

        Assert.Equal(DocumentKind.Docx, document.Kind);
        var lines = document.Text.Split('\n');
        Assert.Equal(
        [
            "Operative Report",
            "Patient: Dana R. Whitfield, MRN 00-555-0142.",
            "Procedure: ORIF right distal radius.",
            "Medication | Dose | Route",
            "Cefazolin | 2 g | IV",
            "Ropivacaine 0.5% | 30 mL | Regional block",
            "Findings",
            "Comminuted fracture,\t reduced",
            "- Volar locking plate applied",
            "Signed: P. Raman-Hoyt, MD",
        ], lines);
        Assert.DoesNotContain("REMOVED WORDS", document.Text, StringComparison.Ordinal);
        Assert.Equal("Operative report", document.Metadata.Title);
        Assert.Equal("P. Raman-Hoyt", document.Metadata.Author);
    }

    [Fact]
    public async Task ADocxIsRecognisedByContentWhateverItsName()
    {
        var document = await _loader.LoadAsync(_folder.Write("scan0001.bin", BuildDocx()), CancellationToken.None);

        Assert.Equal(DocumentKind.Docx, document.Kind);
        Assert.StartsWith("Operative Report\n", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSampleDocxKeepsItsMeasurementsTable()
    {
        var document = await _loader.LoadAsync(Samples.PathOf("pt-progress-note.docx"), CancellationToken.None);

        Assert.Equal(DocumentKind.Docx, document.Kind);
        Assert.Contains("Wrist extension | 52° | 70° | 30°", document.Text, StringComparison.Ordinal);
        Assert.Contains("- Scar mobilisation and desensitisation", document.Text, StringComparison.Ordinal);
        Assert.True(document.Text.IndexOf("Objective", StringComparison.Ordinal) < document.Text.IndexOf("Grip strength", StringComparison.Ordinal));
        Assert.Equal("Microsoft Office Word", document.Metadata.Producer);
    }

    [Fact]
    public async Task AnUnpackedBodyOverTheByteLimitIsTooLarge()
    {
        // Repetitive text compresses well: a small file whose XML body is many times larger.
        var bytes = BuildDocx(repeatedParagraphs: 2000);
        var loader = new DocumentLoader(new DocumentLimits { MaxBytes = bytes.Length * 2L });

        var error = await Assert.ThrowsAsync<DocumentException>(() => loader.LoadAsync(_folder.Write("big.docx", bytes), CancellationToken.None));

        Assert.Equal(DocumentErrorKind.TooLarge, error.Kind);
        Assert.Contains("unpacked", error.Message, StringComparison.Ordinal);
        Assert.Contains("big.docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipWithoutAWordBodyIsUnsupported()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook/>");
        }

        var error = await Assert.ThrowsAsync<DocumentException>(() =>
            _loader.LoadAsync(_folder.Write("charges.docx", stream.ToArray()), CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Unsupported, error.Kind);
        Assert.Contains("Excel", error.Message, StringComparison.Ordinal);
        Assert.Contains("charges.docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocxThatIsNotAZipIsCorrupt()
    {
        var error = await Assert.ThrowsAsync<DocumentException>(() =>
            _loader.LoadAsync(_folder.Write("note.docx", "just some text"), CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Corrupt, error.Kind);
    }
}
