using System.Text;
using MedDocs.Core.Documents;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Documents;

/// <summary>
/// Issue 16: a document or page that yields no text is never a plain success. Scans (stamp included) need OCR,
/// blank pages are flagged, damaged pages are named, cut streams are reported — on the document, on its records,
/// through the loader's warning callback, and in the operations downstream.
/// </summary>
public sealed class NoSilentEmptyTextTests : IDisposable
{
    private const string Stamp = "Case 2:24-cv-01234 Document 12 Filed 03/04/24 Page 1 of 3";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(Document Document, List<DocumentWarning> Heard)> LoadAsync(string name, byte[] pdf, DocumentLimits? limits = null)
    {
        var heard = new List<DocumentWarning>();
        var loader = new DocumentLoader(limits, onWarning: heard.Add);
        var document = await loader.LoadAsync(_folder.Write(name, pdf), CancellationToken.None);
        return (document, heard);
    }

    [Fact]
    public async Task ScannedFilingWithAStampIsScannedNeedsOcrAndKeepsTheStamp()
    {
        var (document, heard) = await LoadAsync("filing.pdf", TestPdfs.Pages(TestPdfs.StampedScan(Stamp), TestPdfs.StampedScan(Stamp)));

        Assert.True(document.Scanned);
        Assert.True(document.NeedsOcr);
        Assert.All(document.Pages, p => Assert.True(p.Scanned));
        Assert.Contains(Stamp, document.Pages[0].Text, StringComparison.Ordinal);
        Assert.All(document.Pages, p => Assert.Single(p.Images)); // routed to the vision model
        var warning = Assert.Single(document.Warnings);
        Assert.Contains("'filing.pdf': pages 1–2 are scanned images", warning, StringComparison.Ordinal);
        Assert.Contains("need OCR", warning, StringComparison.Ordinal);
        Assert.Equal(warning, Assert.Single(heard).Message);
        Assert.DoesNotContain("Case 2:24", warning, StringComparison.Ordinal); // no document text in warnings
    }

    [Fact]
    public async Task BlankPagesAreFlaggedAndAnAllBlankDocumentSaysSo()
    {
        var (partly, _) = await LoadAsync("partly.pdf", TestPdfs.Pages(TestPdfs.Text("Discharge summary"), TestPdfs.Empty()));
        Assert.True(partly.Pages[1].Blank);
        Assert.Equal("'partly.pdf': page 2 is blank.", Assert.Single(partly.Warnings));

        var (blank, heard) = await LoadAsync("blank.pdf", TestPdfs.Pages(TestPdfs.Empty(), TestPdfs.Empty()));
        Assert.False(blank.HasText);
        Assert.False(blank.NeedsOcr);
        Assert.Equal("'blank.pdf' has no text: all 2 pages are blank.", Assert.Single(blank.Warnings));
        Assert.Single(heard);
    }

    [Fact]
    public async Task TruncatedPdfNamesThePagesLost()
    {
        var full = Encoding.Latin1.GetString(TestPdfs.Pages(TestPdfs.Text("Page one of the chart"), TestPdfs.Text("Page two of the chart"), TestPdfs.Text("Page three of the chart")));
        var cut = full[..(full.IndexOf("(Page three", StringComparison.Ordinal) + 6)];

        var (document, _) = await LoadAsync("cut.pdf", Encoding.Latin1.GetBytes(cut));

        Assert.True(document.Metadata.Repaired);
        Assert.Contains("Page one of the chart", document.Text, StringComparison.Ordinal);
        Assert.True(document.Pages[2].Damaged);
        Assert.Contains(document.Warnings, w => w.StartsWith("'cut.pdf' is damaged: page 3 could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PdfWithNothingReadableIsAnErrorNotAnEmptySuccess()
    {
        // Every page's content object is gone: nothing at all could be read.
        var full = Encoding.Latin1.GetString(TestPdfs.TextPage("Only page"));
        var contentStart = full.IndexOf("3 0 obj", StringComparison.Ordinal);
        var gutted = full[..contentStart] + "3 0 obj\nnull\nendobj\n" + full[full.IndexOf("4 0 obj", StringComparison.Ordinal)..];
        var path = _folder.Write("gutted.pdf", Encoding.Latin1.GetBytes(gutted.Replace("/Contents 3 0 R", "/Contents 9 0 R", StringComparison.Ordinal)));

        var ex = await Assert.ThrowsAsync<DocumentException>(() => new DocumentLoader().LoadAsync(path, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Corrupt, ex.Kind);
        Assert.Contains("'gutted.pdf' is damaged: page 1 could not be read", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZeroBombIsCutWithAWarningNotSilently()
    {
        // 64 MB of zeros behind a ~64 KB stream, and a document budget of 16 MB.
        var (document, heard) = await LoadAsync("bomb.pdf", TestPdfs.Pages(TestPdfs.Text("Readable line"), TestPdfs.ZeroBomb(64)),
            new DocumentLimits { MaxDecodedBytes = 16 << 20 });

        Assert.Contains("Readable line", document.Text, StringComparison.Ordinal);
        var warning = Assert.Single(document.Warnings, w => w.Contains("MaxDecodedBytes", StringComparison.Ordinal));
        Assert.Contains("page 2", warning, StringComparison.Ordinal);
        Assert.Contains("MEDDOCS_MAX_DECODED_BYTES", warning, StringComparison.Ordinal);
        Assert.Contains(heard, h => h.Message == warning);
    }

    [Fact]
    public async Task TheLoadersBatchBudgetCutsAndIsGivenBackAfterEachDocument()
    {
        // One loader serves one batch: its documents share MaxBatchDecodedBytes (8 MB here) while they are read.
        var heard = new List<DocumentWarning>();
        var loader = new DocumentLoader(new DocumentLimits { MaxBatchDecodedBytes = 8 << 20 }, onWarning: heard.Add);
        var bomb = _folder.Write("a.pdf", TestPdfs.Pages(TestPdfs.Text("First"), TestPdfs.ZeroBomb(12)));
        var small = _folder.Write("b.pdf", TestPdfs.Pages(TestPdfs.Text("Second"), TestPdfs.ZeroBomb(6)));

        var first = await loader.LoadAsync(bomb, CancellationToken.None);
        var again = await loader.LoadAsync(bomb, CancellationToken.None);
        var second = await loader.LoadAsync(small, CancellationToken.None);

        Assert.Contains(first.Warnings, w => w.Contains("MaxBatchDecodedBytes (8 MB)", StringComparison.Ordinal));
        Assert.Equal(first.Warnings, again.Warnings); // nothing leaked from the first read
        Assert.DoesNotContain(second.Warnings, w => w.Contains("MaxBatchDecodedBytes", StringComparison.Ordinal));
        Assert.Contains(first.Warnings, w => w.StartsWith("'a.pdf' is damaged: page 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindPhiOnAScanIsAnErrorNotZeroFindings()
    {
        var (document, _) = await LoadAsync("scan.pdf", TestPdfs.Pages(TestPdfs.StampedScan("")));
        var operation = new FindPhiOperation(PhiEngine.Rules, null, new FindPhiRequest(), "builtin");

        var ex = await Assert.ThrowsAsync<MedDocsException>(() => operation.FindAsync(document, CancellationToken.None));

        Assert.Contains("'scan.pdf' is scanned", ex.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedactedRecordOfAStampedScanCarriesTheFlag()
    {
        var (document, _) = await LoadAsync("filing.pdf", TestPdfs.Pages(TestPdfs.StampedScan(Stamp)));
        var operation = new FindPhiOperation(PhiEngine.Rules, null, new FindPhiRequest { Redaction = RedactionMode.Tags }, "builtin");

        var record = operation.Redact(await operation.FindAsync(document, CancellationToken.None));

        Assert.True(record.NeedsOcr);
        Assert.Contains("scanned", Assert.Single(record.Warnings!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntactDocumentsHaveNoWarnings()
    {
        var (document, heard) = await LoadAsync("ok.pdf", TestPdfs.Pages(TestPdfs.Text("Progress note"), TestPdfs.Text("Plan")));

        Assert.Empty(document.Warnings);
        Assert.Empty(heard);
        Assert.False(document.NeedsOcr);
    }

    [Fact]
    public async Task EmptyTextFileIsFlaggedToo()
    {
        var heard = new List<DocumentWarning>();
        var document = await new DocumentLoader(onWarning: heard.Add).LoadAsync(_folder.Write("empty.txt", ""), CancellationToken.None);

        Assert.Equal("'empty.txt' has no text: it is empty.", Assert.Single(document.Warnings));
        Assert.Single(heard);
    }
}
