using MedDocs.Core.Documents;

namespace MedDocs.Core.Tests.Documents;

public class DocumentTextOperationTests
{
    private static Document TwoPagePdf() => new(
        "/records/ed.pdf",
        DocumentKind.Pdf,
        [
            DocumentPage.OfText(1, "Chief complaint: wrist pain."),
            new DocumentPage(2, "", Scanned: true, TextUnreliable: false, Images: []),
        ],
        new DocumentMetadata(null, null, null, 2));

    [Fact]
    public void WholeDocumentGivesOneRecord()
    {
        var document = TwoPagePdf();

        var record = Assert.Single(DocumentTextOperation.ToRecords(document, perPage: false));

        Assert.Equal(("/records/ed.pdf", (int?)null, document.Text, document.Text.Length, true, "Pdf", 2),
            (record.Path, record.Page, record.Text, record.Characters, record.Scanned, record.Kind, record.Pages));
        Assert.True(record.NeedsOcr);
        var warning = Assert.Single(record.Warnings!);
        Assert.Contains("page 2 is a scanned image", warning, StringComparison.Ordinal);
        Assert.Contains("needs OCR", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void PerPageRecordsCarryTheirOwnPagesFlags()
    {
        var records = DocumentTextOperation.ToRecords(TwoPagePdf(), perPage: true);

        Assert.False(records[0].NeedsOcr);
        Assert.Empty(records[0].Warnings!);
        Assert.True(records[1].NeedsOcr);
        Assert.Contains("page 2", Assert.Single(records[1].Warnings!), StringComparison.Ordinal);
    }

    [Fact]
    public void BlankAndDamagedPagesAreNamedInWarnings()
    {
        var document = new Document("/records/cut.pdf", DocumentKind.Pdf,
        [
            DocumentPage.OfText(1, "Discharge summary"),
            DocumentPage.OfText(2, "  "),
            new DocumentPage(3, "", false, false, [], Damaged: true),
            new DocumentPage(4, "", false, false, [], Damaged: true),
        ], new DocumentMetadata(null, null, null, 4));

        var record = Assert.Single(DocumentTextOperation.ToRecords(document, perPage: false));

        Assert.False(record.NeedsOcr);
        Assert.Equal(2, record.Warnings!.Count);
        Assert.Contains("'cut.pdf' is damaged: pages 3–4", record.Warnings[0], StringComparison.Ordinal);
        Assert.Contains("page 2 is blank", record.Warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void CompleteTextHasNoWarnings()
    {
        var record = Assert.Single(DocumentTextOperation.ToRecords(Document.FromText("BP 120/80"), perPage: false));

        Assert.False(record.NeedsOcr);
        Assert.Empty(record.Warnings!);
    }

    [Fact]
    public void PerPageGivesOneRecordPerPageWithThatPagesScanFlag()
    {
        var records = DocumentTextOperation.ToRecords(TwoPagePdf(), perPage: true);

        Assert.Equal(2, records.Count);
        Assert.Equal((1, "Chief complaint: wrist pain.", 28, false), (records[0].Page!.Value, records[0].Text, records[0].Characters, records[0].Scanned));
        Assert.Equal((2, "", 0, true), (records[1].Page!.Value, records[1].Text, records[1].Characters, records[1].Scanned));
        Assert.All(records, r => Assert.Equal(2, r.Pages));
    }

    [Fact]
    public void RawTextHasNoPath()
    {
        var record = Assert.Single(DocumentTextOperation.ToRecords(Document.FromText("BP 120/80"), perPage: false));

        Assert.Null(record.Path);
        Assert.Equal(nameof(DocumentKind.RawText), record.Kind);
        Assert.Equal(9, record.Characters);
    }

    [Fact]
    public async Task RunAsyncLoadsTheFile()
    {
        using var operation = new DocumentTextOperation(new DocumentLoader(), new DocumentTextRequest());
        var path = Samples.PathOf("lab-report.txt");

        var record = Assert.Single(await operation.RunAsync(DocumentSource.FromFile(path), CancellationToken.None));

        Assert.Equal(Path.GetFullPath(path), record.Path);
        Assert.Contains("COMPLETE BLOOD COUNT", record.Text, StringComparison.Ordinal);
        Assert.Equal(record.Text.Length, record.Characters);
    }
}
