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

    public PdfDocumentReader(PdfOpenOptions? options = null) => _options = options;

    /// <summary>Reads every page. Cancellation (including the loader's time budget) surfaces as <see cref="OperationCanceledException"/>.</summary>
    public Document Read(string path, byte[] data, DocumentLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var name = System.IO.Path.GetFileName(path);
        try
        {
            using var pdf = PdfFile.Open(data, _options);
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
                    MapImages(page.Number, page.IsScanned, page.Images, notes)));
            }

            if (pages.Count == 0)
            {
                throw new DocumentException(DocumentErrorKind.Corrupt, path,
                    $"'{name}' has no readable pages; open it in a PDF viewer and re-save or re-export it.");
            }

            return new Document(path, DocumentKind.Pdf, pages, MapMetadata(pdfMetadata, pages.Count), notes: notes);
        }
        catch (PdfPasswordException ex)
        {
            var advice = string.IsNullOrEmpty(_options?.Password)
                ? "give its password (-Password / --password)"
                : "the password given was not accepted; check it";
            throw new DocumentException(DocumentErrorKind.PasswordProtected, path, $"'{name}' is password-protected; {advice}.", ex);
        }
        catch (PdfException ex)
        {
            // The reader's message describes the damage (structure, not content), so it is safe to pass on.
            throw new DocumentException(DocumentErrorKind.Corrupt, path,
                $"'{name}' could not be read as a PDF ({ex.Message}); re-save or re-export it from a PDF viewer.", ex);
        }
    }

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
