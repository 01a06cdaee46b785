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

    /// <summary>WhisperX output is a few levels deep; System.Text.Json refuses more than 64.</summary>
    private const int MaxJsonDepth = 64;

    private readonly Func<string, byte[], DocumentLimits, CancellationToken, Document> _readPdf;
    private readonly Action<DocumentWarning>? _onWarning;

    /// <param name="limits">Size, page, time and decoding limits; defaults when null.</param>
    /// <param name="pdfOptions">PDF open options (the password for encrypted PDFs).</param>
    /// <param name="onWarning">
    /// Called (on the loading thread) with each warning of each document loaded: pages that need OCR, blank or
    /// damaged pages, streams cut by a decoding limit. Hosts print these; the records carry them too.
    /// </param>
    public DocumentLoader(DocumentLimits? limits = null, PdfOpenOptions? pdfOptions = null, Action<DocumentWarning>? onWarning = null)
    {
        Limits = limits ?? new DocumentLimits();
        // One loader serves one batch: the documents it reads in parallel share one decoding budget.
        var batchBudget = new PdfDecodeBudget(Limits.MaxBatchDecodedBytes, "MaxBatchDecodedBytes");
        _readPdf = new PdfDocumentReader(pdfOptions, batchBudget).Read;
        _onWarning = onWarning;
    }

    /// <summary>For tests: substitute the PDF reader to see what is routed to it.</summary>
    internal DocumentLoader(DocumentLimits? limits, Func<string, byte[], DocumentLimits, CancellationToken, Document> readPdf, Action<DocumentWarning>? onWarning = null)
    {
        ArgumentNullException.ThrowIfNull(readPdf);
        Limits = limits ?? new DocumentLimits();
        _readPdf = readPdf;
        _onWarning = onWarning;
    }

    public DocumentLimits Limits { get; }

    /// <summary>Loads one file within <see cref="DocumentLimits.TimeBudget"/> (opening it included).</summary>
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
            var document = await Task.Run(() => Parse(fullPath, name, data, budget.Token), budget.Token)
                .WaitAsync(budget.Token)
                .ConfigureAwait(false);
            Announce(document);
            return document;
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested && budget.IsCancellationRequested)
        {
            throw new DocumentException(DocumentErrorKind.Timeout, fullPath, string.Create(CultureInfo.InvariantCulture,
                $"Reading '{name}' took longer than the time budget of {Limits.TimeBudget.TotalSeconds:0.#} s; raise MEDDOCS_DOCUMENT_TIMEOUT_SEC or split the file."), ex);
        }
    }

    /// <summary>
    /// Text that arrived as bytes (stdin): read up to <see cref="DocumentLimits.MaxBytes"/>, decoded like a text file
    /// (byte-order mark, UTF-8, UTF-16, Windows-1252), never more.
    /// </summary>
    /// <param name="input">The stream to read to its end.</param>
    /// <param name="label">How results and messages name it (e.g. "stdin").</param>
    /// <exception cref="DocumentException">More than MaxBytes arrived (TooLarge), or the bytes are binary data (Unsupported).</exception>
    public async Task<Document> LoadTextAsync(Stream input, string label, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrEmpty(label);
        var data = await ReadCappedAsync(input, null, label, ct).ConfigureAwait(false);
        var decoded = TextDecoder.Decode(data);
        if (ContentSniffer.LooksBinary(decoded.Text))
        {
            throw new DocumentException(DocumentErrorKind.Unsupported, null, $"'{label}' is binary data, not text; give files by path instead.");
        }

        var document = Document.FromText(decoded.Text, label);
        Announce(document);
        return document;
    }

    /// <summary>Loads a source's file, or wraps its text; either way the host hears about the document's warnings.</summary>
    /// <exception cref="DocumentException">The file could not be read (see <see cref="LoadAsync(string, CancellationToken)"/>).</exception>
    public Task<Document> LoadAsync(DocumentSource source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Path is not null)
        {
            return LoadAsync(source.Path, ct);
        }

        var document = Document.FromText(source.Text ?? string.Empty, source.Label);
        Announce(document);
        return Task.FromResult(document);
    }

    /// <summary>Hands each of the document's warnings to the host's callback.</summary>
    private void Announce(Document document)
    {
        if (_onWarning is null)
        {
            return;
        }

        foreach (var warning in document.Warnings)
        {
            _onWarning(new DocumentWarning(document.Path, warning));
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

        if (info.LinkTarget is not null)
        {
            CheckLink(path, name);
        }

        if (SpecialFiles.Describe(path) is { } what)
        {
            // Opening a FIFO blocks until something writes to it, and a device never ends: refuse before opening.
            throw new DocumentException(DocumentErrorKind.Unsupported, path,
                $"'{name}' is {what}, not a regular file; MedDocs reads only regular files. Save the data to a file and give that file.");
        }

        if (info.Length > Limits.MaxBytes)
        {
            throw TooLarge(path, name, info.Length, "");
        }

        try
        {
            // Open inside the budget too: on systems where special files cannot be recognised, a blocking open
            // times out instead of holding the batch forever.
            var opening = Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan), ct);
            FileStream stream;
            try
            {
                stream = await opening.WaitAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _ = opening.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                throw;
            }

            await using (stream.ConfigureAwait(false))
            {
                return await ReadCappedAsync(stream, path, name, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentException(DocumentErrorKind.NotFound, path, $"File '{path}' was not found; check the path.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentException(DocumentErrorKind.Unreadable, path, $"'{name}' cannot be read: access denied; check the file's permissions.", ex);
        }
        catch (IOException ex) when (IsLinkLoop(ex))
        {
            throw LinkLoop(path, name, ex);
        }
        catch (IOException ex) when (ex.HResult == unchecked((int)0x80070020) || ex.HResult == unchecked((int)0x80070021))
        {
            throw new DocumentException(DocumentErrorKind.Unreadable, path, $"'{name}' is locked by another program; close it and retry.", ex);
        }
        catch (IOException ex)
        {
            throw new DocumentException(DocumentErrorKind.Unreadable, path, $"'{name}' cannot be read: the system reported an I/O error ({ex.GetType().Name}); check the disk or network share, or copy the file elsewhere and retry.", ex);
        }
    }

    /// <summary>
    /// Reads to the end, but never more than <see cref="DocumentLimits.MaxBytes"/> bytes: the size a file system
    /// reports is not trusted (devices and pipes say 0, a file may grow while it is read).
    /// </summary>
    private async Task<byte[]> ReadCappedAsync(Stream stream, string? path, string name, CancellationToken ct)
    {
        var cap = Math.Min(Limits.MaxBytes, Array.MaxLength);
        var expected = stream.CanSeek ? Math.Min(stream.Length, cap) : 0;
        using var buffer = new MemoryStream(expected > 0 ? (int)expected : 81920);
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                throw cap < Limits.MaxBytes
                    ? new DocumentException(DocumentErrorKind.TooLarge, path, string.Create(CultureInfo.InvariantCulture,
                        $"'{name}' is larger than {Megabytes(cap)}, the most MedDocs can hold in memory as one document; split the file."))
                    : new DocumentException(DocumentErrorKind.TooLarge, path, string.Create(CultureInfo.InvariantCulture,
                        $"'{name}' gave more than MaxBytes {Megabytes(Limits.MaxBytes)} when read (a device, a pipe or a file still growing?); raise MEDDOCS_MAX_DOCUMENT_BYTES or give a smaller file."));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>A symbolic link must lead to an existing file; a loop or a dangling link gets its own message.</summary>
    private static void CheckLink(string path, string name)
    {
        FileSystemInfo? target;
        try
        {
            target = File.ResolveLinkTarget(path, returnFinalTarget: true);
        }
        catch (IOException ex)
        {
            throw LinkLoop(path, name, ex);
        }

        if (target is null || !target.Exists)
        {
            throw new DocumentException(DocumentErrorKind.NotFound, path,
                $"'{name}' is a symbolic link to '{target?.FullName ?? "(unknown)"}', which does not exist; fix or remove the link.");
        }
    }

    /// <summary>ELOOP: 40 on Linux, 62 on macOS and the BSDs.</summary>
    private static bool IsLinkLoop(IOException ex) => (OperatingSystem.IsLinux() && ex.HResult == 40) || (!OperatingSystem.IsWindows() && !OperatingSystem.IsLinux() && ex.HResult == 62);

    private static DocumentException LinkLoop(string path, string name, Exception inner) =>
        new(DocumentErrorKind.Unreadable, path, $"'{name}' is a symbolic link that never reaches a file (the links loop, or the chain is too long); point it at the real file.", inner);

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
            throw new DocumentException(DocumentErrorKind.Corrupt, path, DescribeJsonProblem(name, text, ex), ex);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A wrong value type (with its JSON path, never the value), absurd nesting, or plain invalid JSON (with its line).</summary>
    private static string DescribeJsonProblem(string name, string text, JsonException ex)
    {
        if (ex.Path is { Length: > 1 } where)
        {
            return $"'{name}' is not a WhisperX transcript MedDocs can read: the value at {where} has the wrong type (start and end are numbers, text and speaker are strings); check the file was written by WhisperX.";
        }

        if (NestingDepth(text) > MaxJsonDepth)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"'{name}' nests its JSON more than {MaxJsonDepth} levels deep, which no WhisperX transcript does; check the file.");
        }

        var line = ex.LineNumber is { } number ? string.Create(CultureInfo.InvariantCulture, $" at line {number + 1}") : "";
        return $"'{name}' is not valid JSON{line}; check the WhisperX output was written completely.";
    }

    /// <summary>The deepest nesting of objects and arrays, outside strings.</summary>
    private static int NestingDepth(string json)
    {
        int depth = 0, deepest = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c is '}' or ']')
            {
                depth--;
            }
        }

        return deepest;
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
            // Before OpenXml sees it: its parser recurses per element, and a stack overflow cannot be caught.
            switch (DocxPackageCheck.Check(data, Limits.MaxBytes, Limits.MaxXmlDepth, ct))
            {
                case { Kind: DocxProblemKind.TooDeep } deep:
                    throw new DocumentException(DocumentErrorKind.Corrupt, path, string.Create(CultureInfo.InvariantCulture,
                        $"'{name}' nests the XML in {deep.Part} more than {deep.Limit} levels deep, which Word never writes (a crafted file?); it is not read. Open and re-save it in Word if it is genuine."));
                case { Kind: DocxProblemKind.TooLarge } large:
                    throw new DocumentException(DocumentErrorKind.TooLarge, path,
                        $"'{name}' unpacks to more than MaxBytes {Megabytes(Limits.MaxBytes)} (at {large.Part}); raise MEDDOCS_MAX_DOCUMENT_BYTES or split the document.");
            }

            using var stream = new MemoryStream(data, writable: false);
            var (text, metadata) = DocxTextExtractor.Extract(stream, ct);
            return new Document(path, DocumentKind.Docx, [DocumentPage.OfText(1, text)], metadata);
        }
        catch (System.Xml.XmlException ex)
        {
            throw new DocumentException(DocumentErrorKind.Corrupt, path, $"'{name}' is a damaged Word document: one of its parts is not well-formed XML; open and re-save it in Word.", ex);
        }
        catch (Exception ex) when (IsContentTypeProblem(ex))
        {
            throw new DocumentException(DocumentErrorKind.Corrupt, path, $"'{name}' is a damaged Word document: its [Content_Types].xml lists an invalid content type, so its parts cannot be found; open and re-save it in Word.", ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FileFormatException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw new DocumentException(DocumentErrorKind.Corrupt, path, $"'{name}' is a damaged Word document ({Describe(ex)}); open and re-save it in Word.", ex);
        }
    }

    /// <summary>System.IO.Packaging's content type parser throws a bare ArgumentException ("ContentType string is not valid").</summary>
    private static bool IsContentTypeProblem(Exception ex) =>
        ex is ArgumentException && (ex.StackTrace?.Contains("ContentType", StringComparison.Ordinal) == true || ex.Message.Contains("ContentType", StringComparison.Ordinal));

    private static string Describe(Exception ex) => ex switch
    {
        InvalidDataException => "its ZIP container is damaged",
        DocumentFormat.OpenXml.Packaging.OpenXmlPackageException => "its package structure is invalid",
        FileFormatException => "its package structure is invalid",
        _ => "its parts are inconsistent",
    };

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
