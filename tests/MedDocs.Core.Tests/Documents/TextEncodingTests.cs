using System.Text;
using MedDocs.Core.Documents;

namespace MedDocs.Core.Tests.Documents;

public sealed class TextEncodingTests : IDisposable
{
    private const string Sample = "Patient: José Núñez — “stable”, naïve to opioids, 37.5 °C";
    private readonly TempFolder _folder = new();
    private readonly DocumentLoader _loader = new();

    public void Dispose() => _folder.Dispose();

    private async Task<Document> LoadBytesAsync(string name, byte[] bytes) =>
        await _loader.LoadAsync(_folder.Write(name, bytes), CancellationToken.None);

    private static byte[] WithPreamble(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    [Fact]
    public async Task Utf8WithBomIsReadWithoutTheMark()
    {
        var document = await LoadBytesAsync("bom.txt", WithPreamble(new UTF8Encoding(true), Sample));

        Assert.Equal(Sample, document.Text);
        Assert.Equal("utf-8 (BOM)", document.Metadata.Encoding);
        Assert.Equal(DocumentKind.Text, document.Kind);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public async Task UnicodeByteOrderMarksDecideTheEncoding(string name)
    {
        Encoding encoding = name switch
        {
            "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32LE" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };

        var document = await LoadBytesAsync("unicode.txt", WithPreamble(encoding, Sample));

        Assert.Equal(Sample, document.Text);
        Assert.Equal(name, document.Metadata.Encoding);
    }

    [Fact]
    public async Task Utf16WithoutBomIsRecognisedByItsZeroBytes()
    {
        var document = await LoadBytesAsync("nobom.txt", Encoding.Unicode.GetBytes("Discharge summary for patient 00-555-0142."));

        Assert.Equal("Discharge summary for patient 00-555-0142.", document.Text);
        Assert.StartsWith("utf-16LE", document.Metadata.Encoding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainUtf8WithAccentsIsUtf8()
    {
        var document = await LoadBytesAsync("plain.txt", new UTF8Encoding(false).GetBytes(Sample));

        Assert.Equal(Sample, document.Text);
        Assert.Equal("utf-8", document.Metadata.Encoding);
    }

    [Fact]
    public async Task InvalidUtf8FallsBackToWindows1252()
    {
        // 0x93/0x94 are curly quotes and 0xE9 is é in Windows-1252; none of them is valid UTF-8 here.
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " note: "u8, 0x93, .. "no acute distress"u8, 0x94, .. " "u8, 0x96, .. " BP ok"u8];

        var document = await LoadBytesAsync("legacy.txt", bytes);

        Assert.Equal("Café note: “no acute distress” – BP ok", document.Text);
        Assert.Equal("windows-1252", document.Metadata.Encoding);
    }

    [Theory]
    [InlineData("a\r\nb\r\nc", "a\nb\nc")]
    [InlineData("a\rb\rc", "a\nb\nc")]
    [InlineData("a\r\n\r\nb\n", "a\n\nb\n")]
    [InlineData("mixed\r\nold mac\runix\n", "mixed\nold mac\nunix\n")]
    public async Task LineEndingsBecomeLf(string input, string expected)
    {
        var document = await LoadBytesAsync("crlf.txt", Encoding.UTF8.GetBytes(input));

        Assert.Equal(expected, document.Text);
    }

    [Fact]
    public async Task Utf16WithCrlfIsNormalisedToo()
    {
        var document = await LoadBytesAsync("crlf16.txt", WithPreamble(new UnicodeEncoding(false, true), "line 1\r\nline 2\r\n"));

        Assert.Equal("line 1\nline 2\n", document.Text);
    }

    [Fact]
    public async Task TheWindows1252SampleDecodesItsCurlyQuotesAndAccents()
    {
        var document = await _loader.LoadAsync(Samples.PathOf("witness-statement.txt"), CancellationToken.None);

        Assert.Equal("windows-1252", document.Metadata.Encoding);
        Assert.Contains("Café Mirabeau", document.Text, StringComparison.Ordinal);
        Assert.Contains("“a couple of seconds”", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', document.Text);
    }

    [Fact]
    public async Task MarkdownExtensionGivesMarkdownKind()
    {
        var document = await LoadBytesAsync("note.md", "# Assessment\n\n- stable\n"u8.ToArray());

        Assert.Equal(DocumentKind.Markdown, document.Kind);
        Assert.Equal("# Assessment\n\n- stable\n", document.Text);
    }
}
