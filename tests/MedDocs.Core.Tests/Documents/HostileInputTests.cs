using System.Diagnostics;
using System.Text;
using MedDocs.Core.Batch;
using MedDocs.Core.Documents;

namespace MedDocs.Core.Tests.Documents;

/// <summary>
/// Issue 18, document side: each attack made in the test, each outcome one clear per-file error (or a result with a
/// warning), never a crash, a hang or a bare .NET message.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<T> WithinGuard<T>(Task<T> work)
    {
        var finished = await Task.WhenAny(work, Task.Delay(HangGuard));
        Assert.True(finished == work, $"no outcome within {HangGuard.TotalSeconds} s (hang)");
        return await work;
    }

    [Fact]
    public async Task DeeplyNestedDocxIsOneClearErrorNotAStackOverflow()
    {
        var hostile = HostileDocxFiles.DeeplyNested(30_000);
        Assert.True(hostile.Length < 16 * 1024, $"the attack file is small ({hostile.Length} bytes)");
        var path = _folder.Write("nested.docx", hostile);

        var ex = await Assert.ThrowsAsync<DocumentException>(() => new DocumentLoader().LoadAsync(path, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Corrupt, ex.Kind);
        Assert.Contains("'nested.docx'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("256 levels deep", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModeratelyNestedDocxIsStillRead()
    {
        // Nested content controls and tables are legitimate: 100 levels are read as usual.
        var package = HostileDocxFiles.DeeplyNested(100);
        var path = _folder.Write("nested-ok.docx", package);

        var document = await new DocumentLoader().LoadAsync(path, CancellationToken.None);

        Assert.Equal(DocumentKind.Docx, document.Kind);
    }

    [Fact]
    public async Task BatchOf101WithOneHostileDocxGives100ResultsAnd1Error()
    {
        var sources = new List<DocumentSource>();
        for (var i = 0; i < 100; i++)
        {
            var path = i % 2 == 0
                ? _folder.Write($"note-{i:D3}.docx", HostileDocxFiles.Valid($"Progress note {i}"))
                : _folder.Write($"note-{i:D3}.txt", $"Progress note {i}");
            sources.Add(DocumentSource.FromFile(path));
        }

        sources.Insert(37, DocumentSource.FromFile(_folder.Write("hostile.docx", HostileDocxFiles.DeeplyNested(30_000))));
        var loader = new DocumentLoader();
        var results = new List<BatchItemResult<DocumentSource, Document>>();
        await foreach (var result in BatchRunner.RunAsync(sources, (s, ct) => loader.LoadAsync(s, ct), new BatchOptions { ThrottleLimit = 4 }, CancellationToken.None))
        {
            results.Add(result);
        }

        Assert.Equal(101, results.Count);
        Assert.Equal(100, results.Count(r => r.Succeeded));
        var failure = Assert.Single(results, r => !r.Succeeded);
        Assert.EndsWith("hostile.docx", failure.Input.Path, StringComparison.Ordinal);
        Assert.IsType<DocumentException>(failure.Error);
    }

    [Fact]
    public async Task NamedPipeIsRefusedUpFrontNotAwaitedForever()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo and statx are Linux here; elsewhere the open runs inside the time budget
        }

        var fifo = Path.Combine(_folder.Path, "incoming.pdf");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var loader = new DocumentLoader(new DocumentLimits { TimeBudget = TimeSpan.FromSeconds(60) });
        var ex = await WithinGuard(Assert.ThrowsAsync<DocumentException>(() => loader.LoadAsync(fifo, CancellationToken.None)));

        Assert.Equal(DocumentErrorKind.Unsupported, ex.Kind);
        Assert.Contains("'incoming.pdf' is a named pipe (FIFO), not a regular file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeviceIsRefusedNotReadUntilMemoryRunsOut()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var loader = new DocumentLoader(new DocumentLimits { MaxBytes = 1 << 20 });
        var ex = await WithinGuard(Assert.ThrowsAsync<DocumentException>(() => loader.LoadAsync("/dev/zero", CancellationToken.None)));

        Assert.Equal(DocumentErrorKind.Unsupported, ex.Kind);
        Assert.Contains("a character device", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Array dimensions", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BytesActuallyReadAreCappedWhateverTheStreamClaims()
    {
        // A stream that never ends and reports no length, like a pipe or a device on a system without statx.
        var loader = new DocumentLoader(new DocumentLimits { MaxBytes = 4 << 20 });

        var ex = await WithinGuard(Assert.ThrowsAsync<DocumentException>(() => loader.LoadTextAsync(new EndlessStream(), "stdin", CancellationToken.None)));

        Assert.Equal(DocumentErrorKind.TooLarge, ex.Kind);
        Assert.Contains("more than MaxBytes 4 MB", ex.Message, StringComparison.Ordinal);
        Assert.Contains("MEDDOCS_MAX_DOCUMENT_BYTES", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextFromAStreamIsDecodedLikeAFile()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("BP 120/80\r\nHR 72")).ToArray();

        var document = await new DocumentLoader().LoadTextAsync(new MemoryStream(bytes), "stdin", CancellationToken.None);

        Assert.Equal("BP 120/80\nHR 72", document.Text);
        Assert.Equal("stdin", document.DisplayName);
    }

    [Fact]
    public async Task SymlinkLoopSaysSoInsteadOfBlamingALock()
    {
        var a = Path.Combine(_folder.Path, "a.txt");
        var b = Path.Combine(_folder.Path, "b.txt");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);

        var ex = await WithinGuard(Assert.ThrowsAsync<DocumentException>(() => new DocumentLoader().LoadAsync(a, CancellationToken.None)));

        Assert.Contains("'a.txt' is a symbolic link that never reaches a file", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lock", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DanglingSymlinkNamesTheMissingTarget()
    {
        var link = Path.Combine(_folder.Path, "chart.pdf");
        File.CreateSymbolicLink(link, Path.Combine(_folder.Path, "moved-away.pdf"));

        var ex = await Assert.ThrowsAsync<DocumentException>(() => new DocumentLoader().LoadAsync(link, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.NotFound, ex.Kind);
        Assert.Contains("moved-away.pdf', which does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocxWithAnInvalidContentTypeIsExplained()
    {
        var package = HostileDocxFiles.Valid("Referral letter");
        var types = HostileDocxFiles.ReadPart(package, "[Content_Types].xml");
        var broken = HostileDocxFiles.ReplacePart(package, "[Content_Types].xml",
            types.Replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "not a content type", StringComparison.Ordinal));
        var path = _folder.Write("referral.docx", broken);

        var ex = await Assert.ThrowsAsync<DocumentException>(() => new DocumentLoader().LoadAsync(path, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Corrupt, ex.Kind);
        Assert.Contains("'referral.docx'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[Content_Types].xml", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ContentType string", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocxPartThatUnpacksPastTheLimitIsRefused()
    {
        // The body claims nothing unusual in the ZIP directory but inflates to 8 MB; the limit is 1 MB.
        var bomb = HostileDocxFiles.ReplacePart(HostileDocxFiles.Valid("x"), "word/document.xml",
            $"<w:document xmlns:w=\"{HostileDocxFiles.WordNamespace}\"><w:body><w:p><w:r><w:t>{new string('a', 8 << 20)}</w:t></w:r></w:p></w:body></w:document>");
        var path = _folder.Write("bomb.docx", bomb);

        var ex = await Assert.ThrowsAsync<DocumentException>(() => new DocumentLoader(new DocumentLimits { MaxBytes = 1 << 20 }).LoadAsync(path, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.TooLarge, ex.Kind);
        Assert.Contains("'bomb.docx'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"segments\":[{\"start\":\"soon\",\"end\":1.5,\"text\":\"Hello\"}]}", "$.segments[0].start")]
    [InlineData("{\"segments\":[{\"start\":0,\"end\":1.5,\"text\":{\"nested\":true}}]}", "$.segments[0].text")]
    public async Task WhisperXWithWrongFieldTypesNamesTheField(string json, string where)
    {
        var path = _folder.Write("consult.json", json);

        var ex = await Assert.ThrowsAsync<DocumentException>(() => new DocumentLoader().LoadAsync(path, CancellationToken.None));

        Assert.Contains($"the value at {where} has the wrong type", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not valid JSON", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("soon", ex.Message, StringComparison.Ordinal); // values are never quoted
    }

    [Fact]
    public async Task WhisperXNestedTooDeepSaysSo()
    {
        var json = "{\"segments\":[" + new string('[', 100) + new string(']', 100) + "]}";
        var path = _folder.Write("deep.json", json);

        var ex = await Assert.ThrowsAsync<DocumentException>(() => new DocumentLoader().LoadAsync(path, CancellationToken.None));

        Assert.Contains("more than 64 levels deep", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorruptPdfMessageGivesItsRemedyOnce()
    {
        var path = _folder.Write("cut.pdf", "%PDF-1.7\n1 0 obj << /Type /Pages >> endobj\n%%EOF\n");

        var ex = await Assert.ThrowsAsync<DocumentException>(() => new DocumentLoader().LoadAsync(path, CancellationToken.None));

        Assert.Equal(DocumentErrorKind.Corrupt, ex.Kind);
        Assert.StartsWith("'cut.pdf' could not be read as a PDF: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(ex.Message, "re-save"));
        Assert.Equal(1, CountOf(ex.Message, "re-export"));
    }

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Zeros for ever, no length: what /dev/zero or an unbounded pipe looks like.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => count;
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
