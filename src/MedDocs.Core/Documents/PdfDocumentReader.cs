using System.Globalization;
using MedDocs.Pdf;

namespace MedDocs.Core.Documents;

/// <summary>
/// The thin adapter between MedDocs.Pdf and the document model: opens the bytes with <see cref="PdfFile"/>, enforces
/// the page limit, and maps pages, scanned page images and metadata. Reader exceptions become
/// <see cref="DocumentException"/>s (password → <see cref="DocumentErrorKind.PasswordProtected"/>, anything else → <see cref="DocumentErrorKind.Corrupt"/>).
/// </summary>
public sealed class PdfDocumentReader
{
    private readonly PdfOpenOptions? _options;
    private readonly PdfDecodeBudget? _sharedBudget;

    /// <param name="options">Password and page options.</param>
    /// <param name="sharedBudget">Decoding budget shared by the documents of a batch (the loader's), or null.</param>
    public PdfDocumentReader(PdfOpenOptions? options = null, PdfDecodeBudget? sharedBudget = null)
    {
        _options = options;
        _sharedBudget = sharedBudget;
    }

    /// <summary>Reads every page. Cancellation (including the loader's time budget) surfaces as <see cref="OperationCanceledException"/>.</summary>
    public Document Read(string path, byte[] data, DocumentLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var name = System.IO.Path.GetFileName(path);
        var options = (_options ?? new PdfOpenOptions()) with
        {
            MaxDecodedBytes = limits.MaxDecodedBytes,
            SharedBudget = _sharedBudget ?? _options?.SharedBudget,
        };
        try
        {
            using var pdf = PdfFile.Open(data, options);
            var pdfMetadata = pdf.Metadata;
            if (pdf.PageCount > limits.MaxPages)
            {
                throw new DocumentException(DocumentErrorKind.TooManyPages, path, string.Create(CultureInfo.InvariantCulture,
                    $"'{name}' has {pdf.PageCount} pages, more than MaxPages {limits.MaxPages}; raise MEDDOCS_MAX_PAGES or split the PDF."));
            }

            var notes = new List<string>();
            var pages = new List<DocumentPage>(pdf.PageCount);
            foreach (var page in pdf.EnumeratePages(ct))
            {
                ct.ThrowIfCancellationRequested();
                pages.Add(new DocumentPage(
                    page.Number,
                    LineEndings.ToLf(page.Text),
                    page.IsScanned,
                    page.TextUnreliable,
                    MapImages(page.Number, page.IsScanned, page.Images, notes),
                    page.IsDamaged));
            }

            if (pages.Count == 0)
            {
                throw new DocumentException(DocumentErrorKind.Corrupt, path,
                    $"'{name}' has no readable pages; open it in a PDF viewer and re-save or re-export it.");
            }

            if (pages.TrueForAll(p => p.Damaged && string.IsNullOrWhiteSpace(p.Text) && !p.Scanned))
            {
                // Nothing at all could be read: that is a failure, not an empty success.
                throw new DocumentException(DocumentErrorKind.Corrupt, path,
                    $"'{name}' is damaged: {DocumentWarnings.Pages(pages.Select(p => p.Number).ToList())} could not be read (the file is cut short or corrupt); get an intact copy of the file.");
            }

            return new Document(path, DocumentKind.Pdf, pages, MapMetadata(pdfMetadata, pages.Count), notes: notes,
                warnings: DecodeCutWarnings(name, pdf.DecodeCuts));
        }
        catch (PdfPasswordException ex)
        {
            HostMessage advice = string.IsNullOrEmpty(_options?.Password)
                ? HostMessage.Of($"give its password ({HostOption.Parameter("Password")})")
                : "the password given was not accepted; check it";
            throw new DocumentException(DocumentErrorKind.PasswordProtected, path, HostMessage.Of($"'{name}' is password-protected; {advice}."), ex);
        }
        catch (PdfException ex)
        {
            // The reader's message says what is wrong and what to do (structure, never content): pass it on once.
            throw new DocumentException(DocumentErrorKind.Corrupt, path, $"'{name}' could not be read as a PDF: {ex.Message}", ex);
        }
    }

    /// <summary>One warning per limit that cut streams, naming the pages and the setting that raises it.</summary>
    internal static IReadOnlyList<string> DecodeCutWarnings(string name, IReadOnlyList<PdfDecodeCut> cuts)
    {
        var warnings = new List<string>();
        foreach (var group in cuts.GroupBy(c => c.Limit))
        {
            var pages = group.Where(c => c.Page is not null).Select(c => c.Page!.Value).Distinct().ToList();
            var where = pages.Count > 0 ? DocumentWarnings.Pages(pages) : "the document's structure";
            var limit = Megabytes(group.First().LimitBytes);
            warnings.Add(group.Key switch
            {
                PdfDecodeLimit.Stream => $"'{name}': a compressed stream on {where} decompresses to more than {limit} (a decompression bomb?) and was cut there; text or images after that point are missing.",
                PdfDecodeLimit.Document => $"'{name}': its compressed streams decompress to more than MaxDecodedBytes ({limit}); reading stopped on {where}, so text or images there are missing. Raise MEDDOCS_MAX_DECODED_BYTES if the file is genuine.",
                _ => $"'{name}': the decompression budget shared by the documents read at the same time, MaxBatchDecodedBytes ({limit}), was spent on {where}, so text or images there are missing. Run it again alone, lower the throttle limit or raise MEDDOCS_MAX_BATCH_DECODED_BYTES.",
            });
        }

        return warnings;
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");

    /// <summary>
    /// Whole-page images of scanned pages, in formats a vision model accepts; other formats are left out with a note
    /// (never the image itself, never the text).
    /// </summary>
    internal static IReadOnlyList<PageImage> MapImages(int pageNumber, bool isScanned, IReadOnlyList<PdfImage> images, List<string> notes)
    {
        if (!isScanned)
        {
            return [];
        }

        var result = new List<PageImage>();
        foreach (var image in images.Where(i => i.CoversPage))
        {
            switch (image.Format)
            {
                case PdfImageFormat.Jpeg:
                    result.Add(new PageImage(PageImage.Jpeg, image.Width, image.Height, image.Data));
                    break;
                case PdfImageFormat.Png:
                    result.Add(new PageImage(PageImage.Png, image.Width, image.Height, image.Data));
                    break;
                default:
                    notes.Add(string.Create(CultureInfo.InvariantCulture,
                        $"Page {pageNumber}: scanned image in {image.Format} format ({image.Width}x{image.Height}) is not passed to vision models (JPEG and PNG only); OCR the PDF to read this page."));
                    break;
            }
        }

        return result;
    }

    internal static DocumentMetadata MapMetadata(PdfMetadata metadata, int pageCount) => new(
        Blank(metadata.Title),
        Blank(metadata.Author),
        Blank(metadata.Producer) ?? Blank(metadata.Creator),
        pageCount,
        metadata.Encrypted,
        metadata.Repaired);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
