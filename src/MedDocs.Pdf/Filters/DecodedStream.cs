using MedDocs.Pdf.Objects;

namespace MedDocs.Pdf.Filters;

/// <summary>
/// Stream bytes after the general-purpose filters; when an image codec (DCT, JPX, CCITT, JBIG2)
/// comes next, its name and parameters are kept so the data can be passed through untouched.
/// </summary>
internal sealed record DecodedStream(byte[] Data, string? ImageFilter, PdfDictionary? ImageParameters);
