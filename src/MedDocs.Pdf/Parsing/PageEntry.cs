using MedDocs.Pdf.Objects;

namespace MedDocs.Pdf.Parsing;

/// <summary>A page dictionary with the attributes it inherits from the page tree (resources, boxes, rotation).</summary>
internal sealed record PageEntry(PdfDictionary Page, PdfDictionary? Resources, PdfArray? MediaBox, PdfArray? CropBox, int Rotate);
