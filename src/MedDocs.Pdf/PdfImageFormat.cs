namespace MedDocs.Pdf;

/// <summary>Encoding of <see cref="PdfImage.Data"/>: Jpeg/Png/Jpeg2000 are complete files; Ccitt is a single-strip TIFF (Group 3/4) around the fax data; Jbig2 is the raw PDF stream data (global segments not included); Raw is decoded samples.</summary>
public enum PdfImageFormat
{
    Jpeg,
    Png,
    Jpeg2000,
    Ccitt,
    Jbig2,
    Raw,
}
