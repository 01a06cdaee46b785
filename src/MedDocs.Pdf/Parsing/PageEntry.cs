using MedDocs.Pdf.Objects;

namespace MedDocs.Pdf.Parsing;

/// <summary>
/// A page dictionary with the attributes it inherits from the page tree (resources, boxes, rotation). A page the
/// tree lists but the file does not contain (a damaged or truncated file) has <see cref="Missing"/> set.
/// </summary>
internal sealed record PageEntry(PdfDictionary Page, PdfDictionary? Resources, PdfArray? MediaBox, PdfArray? CropBox, int Rotate)
{
    public bool Missing { get; init; }

    public static PageEntry Lost() => new(new PdfDictionary(), null, null, null, 0) { Missing = true };
}
