using System.Text;
using System.Text.Json;
using MedDocs.Cli;
using MedDocs.Core.Documents;
using MedDocs.Core.Tests.Documents;

namespace MedDocs.Core.Tests.Cli;

/// <summary>
/// The CLI's side of issues 16 and 18: warnings for incomplete documents on stderr, stdin capped by
/// MaxDocumentBytes, one hostile file in a batch is one error line, and very long texts are written, not crashed on.
/// </summary>
public sealed class CliDocumentSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ScannedPdfIsWrittenWithItsFlagAndAWarningOnStderr()
    {
        var path = _folder.Write("filing.pdf", TestPdfs.Pages(TestPdfs.StampedScan("Filed 03/04/24 Page 1 of 1")));

        var run = await CliHarness.RunAsync("text", path, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        using var record = JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.True(record.RootElement.GetProperty("NeedsOcr").GetBoolean());
        Assert.Contains("scanned", record.RootElement.GetProperty("Warnings")[0].GetString(), StringComparison.Ordinal);
        var warning = Assert.Single(run.ErrLines);
        Assert.StartsWith("meddocs: warning: 'filing.pdf': page 1 is a scanned image", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CategorizeRecordCarriesTheWarningsOfABlankDocument()
    {
        var path = _folder.Write("blank.pdf", TestPdfs.Pages(TestPdfs.Empty()));

        var run = await CliHarness.RunAsync("categorize", path, "--engine", "rules", "--format", "jsonl");

        using var record = JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.Contains("has no text", record.RootElement.GetProperty("Warnings")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(run.ErrLines, l => l.StartsWith("meddocs: warning: 'blank.pdf' has no text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PhiOnAScanIsAnErrorLineAndExitOne()
    {
        var path = _folder.Write("scan.pdf", TestPdfs.Pages(TestPdfs.StampedScan("")));

        var run = await CliHarness.RunAsync("phi", path, "--engine", "rules", "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.OutLines);
        Assert.Contains(run.ErrLines, l => l.Contains("scan.pdf", StringComparison.Ordinal) && l.Contains("OCR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StdinOverMaxDocumentBytesIsOneClearError()
    {
        // 101 MB arrive on stdin (generated, not stored); the default MaxDocumentBytes is 100 MB.
        using var stdin = new GeneratedStream(101L << 20);

        var run = await CliHarness.RunWithInputAsync(stdin, "text", "-", "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.OutLines);
        var error = Assert.Single(run.ErrLines);
        Assert.StartsWith("meddocs: stdin: 'stdin' gave more than MaxBytes 100 MB", error, StringComparison.Ordinal);
        Assert.Contains("MEDDOCS_MAX_DOCUMENT_BYTES", error, StringComparison.Ordinal);
    }

    /// <summary>Produces <c>length</c> bytes of text without holding them.</summary>
    private sealed class GeneratedStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill((byte)'x');
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task StdinIsDecodedLikeAFile()
    {
        using var stdin = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Température 38,5\r\n")]);

        var run = await CliHarness.RunWithInputAsync(stdin, "text", "-", "--format", "jsonl");

        using var record = JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.Equal("Température 38,5\n", record.RootElement.GetProperty("Text").GetString());
    }

    [Fact]
    public async Task BatchOf101WithOneHostileDocxGives100RecordsAndOneErrorLine()
    {
        for (var i = 0; i < 100; i++)
        {
            if (i % 2 == 0)
            {
                _folder.Write($"note-{i:D3}.docx", HostileDocxFiles.Valid($"Progress note {i}"));
            }
            else
            {
                _folder.Write($"note-{i:D3}.txt", $"Progress note {i}");
            }
        }

        _folder.Write("note-050-hostile.docx", HostileDocxFiles.DeeplyNested(30_000));

        var run = await CliHarness.RunAsync("text", _folder.Path, "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(100, run.OutLines.Length);
        var error = Assert.Single(run.ErrLines);
        Assert.Contains("note-050-hostile.docx", error, StringComparison.Ordinal);
        Assert.Contains("levels deep", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutputFormat.JsonLines)]
    [InlineData(OutputFormat.Json)]
    public void LongTextIsWrittenInSegmentsAndReadsBackExactly(OutputFormat format)
    {
        // Segments of 64 characters stand in for the real 4 M: the same code path, without gigabytes in a test.
        var text = string.Concat(Enumerable.Repeat("Pt \"Dana\" — café 😀\n", 40));
        var records = new[] { MakeRecord("short.txt", "short text"), MakeRecord("long.txt", text) };
        using var segmented = new StringWriter();
        using (var writer = new RecordWriter(segmented, format, segmentChars: 64))
        {
            foreach (var record in records)
            {
                writer.Write(record);
            }
        }

        using var plain = new StringWriter();
        using (var writer = new RecordWriter(plain, format))
        {
            foreach (var record in records)
            {
                writer.Write(record);
            }
        }

        Assert.Equal(plain.ToString(), segmented.ToString());
        var json = format == OutputFormat.Json ? segmented.ToString() : segmented.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        using var parsed = JsonDocument.Parse(json);
        var element = format == OutputFormat.Json ? parsed.RootElement[1] : parsed.RootElement;
        Assert.Equal(text, element.GetProperty("Text").GetString());
    }

    [Fact]
    public void RecordOverTheSerializersSingleValueLimitIsWritten()
    {
        // System.Text.Json refuses one string value over 166,666,666 characters; the CLI died on such a record.
        var text = new string('a', 170_000_000);
        var output = new CountingWriter();
        using (var writer = new RecordWriter(output, OutputFormat.JsonLines))
        {
            writer.Write(MakeRecord("huge.txt", text));
            writer.Write(MakeRecord("next.txt", "the batch goes on"));
        }

        Assert.True(output.Characters > 170_000_000);
        Assert.EndsWith("\"Kind\":\"Text\",\"Pages\":1,\"NeedsOcr\":false,\"Warnings\":[]}" + Environment.NewLine, output.Tail, StringComparison.Ordinal);
        Assert.Contains("the batch goes on", output.Tail, StringComparison.Ordinal);
    }

    private static DocumentTextRecord MakeRecord(string path, string text) =>
        new(path, null, text, text.Length, false, DocumentKind.Text, 1, false, []);

    /// <summary>Counts what is written and keeps only the last few KB (a 170 M-character output is not stored).</summary>
    private sealed class CountingWriter : TextWriter
    {
        private readonly StringBuilder _tail = new();

        public long Characters { get; private set; }

        public string Tail => _tail.ToString();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write([value], 0, 1);

        public override void Write(char[] buffer, int index, int count)
        {
            Characters += count;
            _tail.Append(buffer, index, count);
            if (_tail.Length > 8192)
            {
                _tail.Remove(0, _tail.Length - 4096);
            }
        }
    }
}
