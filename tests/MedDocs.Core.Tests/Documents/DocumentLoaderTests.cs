using MedDocs.Core.Documents;
using MedDocs.Pdf;

namespace MedDocs.Core.Tests.Documents;

public sealed class DocumentLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A loader whose PDF reader records what reached it instead of parsing.</summary>
    private static (DocumentLoader Loader, List<string> PdfCalls) WithFakePdfReader(DocumentLimits? limits = null)
    {
        var calls = new List<string>();
        var loader = new DocumentLoader(limits, (path, data, _, _) =>
        {
            calls.Add(path);
            return new Document(path, DocumentKind.Pdf, [DocumentPage.OfText(1, "pdf text")], new DocumentMetadata(null, null, null, 1));
        });
        return (loader, calls);
    }

    private static byte[] MinimalPdfBytes(string prefix = "") =>
        System.Text.Encoding.ASCII.GetBytes(prefix + "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    [Theory]
    [InlineData("report.pdf", "")]
    [InlineData("report.txt", "")]
    [InlineData("download", "")]
    [InlineData("scan.dat", "\u00ac\u00ed junk before the header\n")]
    public async Task PdfContentIsRoutedToThePdfReaderWhateverTheName(string name, string prefix)
    {
        var (loader, calls) = WithFakePdfReader();
        var path = _folder.Write(name, MinimalPdfBytes(prefix));

        var document = await loader.LoadAsync(path, CancellationToken.None);

        Assert.Equal(DocumentKind.Pdf, document.Kind);
        Assert.Equal([Path.GetFullPath(path)], calls);
    }

    [Fact]
    public async Task APdfHeaderPastTheFirstKilobyteIsNotSniffed()
    {
        var (loader, calls) = WithFakePdfReader();
        var path = _folder.Write("notes.txt", MinimalPdfBytes(new string('x', 1100)));

        var document = await loader.LoadAsync(path, CancellationToken.None);

        Assert.Equal(DocumentKind.Text, document.Kind);
        Assert.Empty(calls);
    }

    [Fact]
    public async Task TheRealPdfAdapterTurnsReaderFailuresIntoDocumentErrors()
    {
        // A broken PDF (header, then garbage): the reader must fail, and the loader reports it as Corrupt.
        var path = _folder.Write("broken.txt", [.. "%PDF-1.4\n"u8, 0x00, 0x01, 0x02, .. "garbage"u8]);

        var error = await Assert.ThrowsAsync<DocumentException>(() => new DocumentLoader().LoadAsync(path, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Corrupt, error.Kind);
        Assert.IsAssignableFrom<PdfException>(error.InnerException);
        Assert.Contains("broken.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APdfNameWithoutAPdfHeaderIsCorrupt()
    {
        var error = await Assert.ThrowsAsync<DocumentException>(() =>
            new DocumentLoader().LoadAsync(_folder.Write("records.pdf", "<html>Access denied</html>"), CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Corrupt, error.Kind);
        Assert.Contains("%PDF-", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("photo.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG image")]
    [InlineData("xray.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46 }, "JPEG image")]
    [InlineData("fax.tif", new byte[] { 0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0 }, "TIFF image")]
    [InlineData("letter.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "legacy Office")]
    [InlineData("setup.txt", new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 }, "executable")]
    [InlineData("data.txt", new byte[] { 0x01, 0x02, 0x03, 0x00, 0x41, 0x42, 0x00, 0x17, 0x99 }, "binary data")]
    public async Task BinaryFilesAreUnsupportedAndTheMessageSaysWhatIsSupported(string name, byte[] bytes, string described)
    {
        var error = await Assert.ThrowsAsync<DocumentException>(() =>
            new DocumentLoader().LoadAsync(_folder.Write(name, bytes), CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Unsupported, error.Kind);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains("unsupported file type", error.Message, StringComparison.Ordinal);
        Assert.Contains(described, error.Message, StringComparison.Ordinal);
        Assert.Contains(DocumentLoader.SupportedTypes, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ControlCharacterSoupWithoutNulsIsBinary()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(i % 3 == 0 ? 0x07 : 'a')).ToArray();

        var error = await Assert.ThrowsAsync<DocumentException>(() =>
            new DocumentLoader().LoadAsync(_folder.Write("odd.log", bytes), CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Unsupported, error.Kind);
    }

    [Fact]
    public async Task TextWithAnUnknownExtensionIsUnsupported()
    {
        var error = await Assert.ThrowsAsync<DocumentException>(() =>
            new DocumentLoader().LoadAsync(_folder.Write("page.html", "<p>Discharge</p>"), CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Unsupported, error.Kind);
        Assert.Contains("'.html'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.txt", DocumentKind.Text)]
    [InlineData("notes.TXT", DocumentKind.Text)]
    [InlineData("charges.csv", DocumentKind.Text)]
    [InlineData("server.log", DocumentKind.Text)]
    [InlineData("NOTES", DocumentKind.Text)]
    [InlineData("summary.markdown", DocumentKind.Markdown)]
    public async Task TextExtensionsAndExtensionlessFilesAreText(string name, DocumentKind kind)
    {
        var document = await new DocumentLoader().LoadAsync(_folder.Write(name, "Follow up in 2 weeks."), CancellationToken.None);

        Assert.Equal(kind, document.Kind);
        Assert.Equal(Path.GetFullPath(Path.Combine(_folder.Path, name)), document.Path);
    }

    [Fact]
    public async Task AnEmptyTextFileIsAnEmptyDocument()
    {
        var document = await new DocumentLoader().LoadAsync(_folder.Write("empty.txt", []), CancellationToken.None);

        Assert.Equal("", document.Text);
        Assert.Equal(1, document.Metadata.PageCount);
    }

    [Fact]
    public async Task AFileOverMaxBytesIsTooLargeAndTheMessageSaysWhatToDo()
    {
        var loader = new DocumentLoader(new DocumentLimits { MaxBytes = 1000 });
        var path = _folder.Write("huge.txt", new string('a', 1001));

        var error = await Assert.ThrowsAsync<DocumentException>(() => loader.LoadAsync(path, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.TooLarge, error.Kind);
        Assert.Contains("huge.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("MEDDOCS_MAX_DOCUMENT_BYTES", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileAtExactlyMaxBytesIsRead()
    {
        var loader = new DocumentLoader(new DocumentLimits { MaxBytes = 1000 });

        var document = await loader.LoadAsync(_folder.Write("edge.txt", new string('a', 1000)), CancellationToken.None);

        Assert.Equal(1000, document.Text.Length);
    }

    [Fact]
    public async Task AMissingFileOrAFolderIsNotFound()
    {
        var loader = new DocumentLoader();

        var missing = await Assert.ThrowsAsync<DocumentException>(() => loader.LoadAsync(Path.Combine(_folder.Path, "nope.pdf"), CancellationToken.None));
        var folder = await Assert.ThrowsAsync<DocumentException>(() => loader.LoadAsync(_folder.Path, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.NotFound, missing.Kind);
        Assert.Contains("nope.pdf", missing.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentErrorKind.NotFound, folder.Kind);
        Assert.Contains("folder", folder.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExceedingTheTimeBudgetIsATimeout()
    {
        var loader = new DocumentLoader(new DocumentLimits { TimeBudget = TimeSpan.FromMilliseconds(200) }, (_, _, _, ct) =>
        {
            // A reader that never finishes on its own, but honours cancellation.
            ct.WaitHandle.WaitOne();
            ct.ThrowIfCancellationRequested();
            throw new InvalidOperationException("unreachable");
        });

        var error = await Assert.ThrowsAsync<DocumentException>(() => loader.LoadAsync(_folder.Write("slow.pdf", MinimalPdfBytes()), CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Timeout, error.Kind);
        Assert.Contains("slow.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallerCancellationIsNotATimeout()
    {
        using var cts = new CancellationTokenSource();
        var loader = new DocumentLoader(null, (_, _, _, ct) =>
        {
            cts.Cancel();
            ct.ThrowIfCancellationRequested();
            throw new InvalidOperationException("unreachable");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loader.LoadAsync(_folder.Write("a.pdf", MinimalPdfBytes()), cts.Token));
    }
}
