using MedDocs.Pdf.Objects;

namespace MedDocs.Pdf.Text;

/// <summary>An image drawn on the page: its stream and the CTM that maps the unit square onto the page.</summary>
internal sealed record ImagePlacement(PdfStream Stream, Matrix Ctm, PdfDictionary? Resources);
