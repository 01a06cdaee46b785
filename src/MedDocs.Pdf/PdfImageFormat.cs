namespace MedDocs.Pdf;

/// <summary>Encoding of <see cref="PdfImage.Data"/>: Jpeg/Png/Jpeg2000 are complete files; Ccitt/Jbig2 are the raw PDF stream data; Raw is decoded samples.</summary>
public enum PdfImageFormat
{
    Jpeg,
    Png,
    Jpeg2000,
    Ccitt,
    Jbig2,
    Raw,
}
