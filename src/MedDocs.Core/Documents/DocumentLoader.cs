using System.Globalization;
using System.Text.Json;
using MedDocs.Pdf;

namespace MedDocs.Core.Documents;

/// <summary>
/// Turns a file into a <see cref="Document"/>. The format is decided by content first (a PDF header in the first
/// KB, a ZIP holding <c>word/document.xml</c>, a JSON object with a <c>segments</c> array) and by extension second,
/// so misnamed files are read for what they are. Every failure is a <see cref="DocumentException"/> naming the file.
/// Safe to share between threads: it holds only immutable options.
/// </summary>
public sealed class DocumentLoader
{
    /// <summary>Extensions read as plain text.</summary>
    public static readonly IReadOnlyList<string> TextExtensions = [".txt", ".text", ".log", ".csv", ".tsv"];

    /// <summary>Extensions read as Markdown (kept as text; the kind tells prompts it is Markdown).</summary>
    public static readonly IReadOnlyList<string> MarkdownExtensions = [".md", ".markdown"];

    /// <summary>Shown in "unsupported file type" messages.</summary>
    public const string SupportedTypes = "PDF (.pdf), Word (.docx), text (.txt, .text, .log, .csv, .tsv), Markdown (.md, .markdown), WhisperX transcript (.json)";

    private readonly Func<string, byte[], DocumentLimits, CancellationToken, Document> _readPdf;

    /// <param name="limits">Size, page and time limits; defaults when null.</param>
    /// <param name="pdfOptions">PDF open options (the password for encrypted PDFs).</param>
    public DocumentLoader(DocumentLimits? limits = null, PdfOpenOptions? pdfOptions = null)
        : this(limits, new PdfDocumentReader(pdfOptions).Read)
    {
    }

    /// <summary>For tests: substitute the PDF reader to see what is routed to it.</summary>
    internal DocumentLoader(DocumentLimits? limits, Func<string, byte[], DocumentLimits, CancellationToken, Document> readPdf)
    {
        ArgumentNullException.ThrowIfNull(readPdf);
        Limits = limits ?? new DocumentLimits();
        _readPdf = readPdf;
    }

    public DocumentLimits Limits { get; }

    /// <summary>Loads one file within <see cref="DocumentLimits.TimeBudget"/>.</summary>
    /// <exception cref="DocumentException">The file is missing, unsupported, too large, damaged, protected or too slow to read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public async Task<Document> LoadAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var name = System.IO.Path.GetFileName(fullPath);

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(Limits.TimeBudget);
        try
        {
            var data = await ReadBytesAsync(fullPath, name, budget.Token).ConfigureAwait(false);

            // Parsing is CPU-bound and only checks the token between pages/elements; WaitAsync makes the budget
            // hold even if one step runs long (the abandoned work stops at its next check).
            return await Task.Run(() => Parse(fullPath, name, data, budget.Token), budget.Token)
                .WaitAsync(budget.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested && budget.IsCancellationRequested)
        {
            throw new DocumentException(DocumentErrorKind.Timeout, fullPath, string.Create(CultureInfo.InvariantCulture,
                $"Reading '{name}' took longer than the time budget of {Limits.TimeBudget.TotalSeconds:0.#} s; raise MEDDOCS_DOCUMENT_TIMEOUT_SEC or split the file."), ex);
        }
    }

    private async Task<byte[]> ReadBytesAsync(string path, string name, CancellationToken ct)
    {
        if (Directory.Exists(path))
        {
            throw new DocumentException(DocumentErrorKind.NotFound, path, $"'{path}' is a folder, not a file; give the files inside it (e.g. '{System.IO.Path.Combine(path, "*.pdf")}').");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DocumentException(DocumentErrorKind.NotFound, path, $"File '{path}' was not found; check the path.");
        }

        if (info.Length > Limits.MaxBytes)
        {
            throw TooLarge(path, name, info.Length, "");
        }

        try
        {
            return await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentException(DocumentErrorKind.NotFound, path, $"File '{path}' was not found; check the path.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentException(DocumentErrorKind.Unreadable, path, $"'{name}' cannot be read: access denied; check the file's permissions.", ex);
        }
        catch (IOException ex)
        {
            throw new DocumentException(DocumentErrorKind.Unreadable, path, $"'{name}' cannot be read ({ex.GetType().Name}); close programs that lock it and retry.", ex);
        }
    }

    private Document Parse(string path, string name, byte[] data, CancellationToken ct)
    {
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        var sniffed = ContentSniffer.Sniff(data);
        switch (sniffed.Format)
        {
            case SniffedFormat.Pdf:
                return _readPdf(path, data, Limits, ct);
            case SniffedFormat.Docx:
                return ReadDocx(path, name, data, sniffed.DocxBodyBytes, ct);
            case SniffedFormat.BrokenZip when extension == ".docx":
                throw Corrupt(path, name, "is not a readable Word package (the ZIP container is damaged); re-save it from Word");
            case SniffedFormat.OtherZip or SniffedFormat.BrokenZip or SniffedFormat.KnownBinary:
                throw Unsupported(path, name, sniffed.Description!);
        }

        // No signature: the extension promises a format the content does not have.
        if (extension == ".pdf")
        {
            throw Corrupt(path, name, "has no %PDF- header, so it is not a PDF; check the file was copied or downloaded completely");
        }

        if (extension == ".docx")
        {
            throw Corrupt(path, name, "is not a Word package (no ZIP container); re-save it from Word as .docx");
        }

        var isJson = extension == ".json";
        var isText = extension.Length == 0 || TextExtensions.Contains(extension) || MarkdownExtensions.Contains(extension);
        if (!isJson && !isText)
        {
            throw Unsupported(path, name, $"a '{extension}' file");
        }

        ct.ThrowIfCancellationRequested();
        var decoded = TextDecoder.Decode(data);
        if (ContentSniffer.LooksBinary(decoded.Text))
        {
            throw Unsupported(path, name, "binary data, not text");
        }

        if (isJson || decoded.Text.AsSpan().TrimStart().StartsWith("{"))
        {
            var transcript = TryWhisperX(path, name, decoded.Text, strict: isJson);
            if (transcript is not null)
            {
                var text = WhisperXTranscript.Render(transcript);
                return new Document(path, DocumentKind.WhisperX, [DocumentPage.OfText(1, text)],
                    new DocumentMetadata(null, null, "WhisperX", 1, Encoding: decoded.EncodingName), transcript);
            }
        }

        var kind = MarkdownExtensions.Contains(extension) ? DocumentKind.Markdown : DocumentKind.Text;
        return new Document(path, kind, [DocumentPage.OfText(1, decoded.Text)],
            new DocumentMetadata(null, null, null, 1, Encoding: decoded.EncodingName));
    }

    /// <summary>
    /// The transcript when the text is WhisperX JSON. For a .json file (<paramref name="strict"/>) anything else is an
    /// error; for a text file that merely starts with "{", null means "read it as text".
    /// </summary>
    private static IReadOnlyList<TranscriptSegment>? TryWhisperX(string path, string name, string text, bool strict)
    {
        try
        {
            var transcript = WhisperXTranscript.Parse(text);
            if (transcript is null && strict)
            {
                throw Unsupported(path, name, "JSON that is not a WhisperX transcript (no \"segments\" array)");
            }

            return transcript;
        }
        catch (JsonException ex) when (strict)
        {
            var where = ex.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}") : "";
            throw new DocumentException(DocumentErrorKind.Corrupt, path, $"'{name}' is not valid JSON{where}; check the WhisperX output was written completely.", ex);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Document ReadDocx(string path, string name, byte[] data, long bodyBytes, CancellationToken ct)
    {
        // The ZIP can hide a far larger XML body; cap what we unpack with the same byte limit.
        if (bodyBytes > Limits.MaxBytes)
        {
            throw TooLarge(path, name, bodyBytes, " unpacked");
        }

        try
        {
            using var stream = new MemoryStream(data, writable: false);
            var (text, metadata) = DocxTextExtractor.Extract(stream, ct);
            return new Document(path, DocumentKind.Docx, [DocumentPage.OfText(1, text)], metadata);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FileFormatException or InvalidOperationException)
        {
            throw new DocumentException(DocumentErrorKind.Corrupt, path, $"'{name}' is a damaged Word document ({ex.GetType().Name}); open and re-save it in Word.", ex);
        }
    }

    private DocumentException TooLarge(string path, string name, long bytes, string qualifier) =>
        new(DocumentErrorKind.TooLarge, path, string.Create(CultureInfo.InvariantCulture,
            $"'{name}' is {Megabytes(bytes)}{qualifier}, which exceeds MaxBytes {Megabytes(Limits.MaxBytes)}; raise MEDDOCS_MAX_DOCUMENT_BYTES or split the file."));

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");

    private static DocumentException Unsupported(string path, string name, string what) =>
        new(DocumentErrorKind.Unsupported, path, $"'{name}' is an unsupported file type: {what}. Supported: {SupportedTypes}.");

    private static DocumentException Corrupt(string path, string name, string problem) =>
        new(DocumentErrorKind.Corrupt, path, $"'{name}' {problem}.");
}
