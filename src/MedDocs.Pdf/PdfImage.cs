namespace MedDocs.Pdf;

/// <summary>An image drawn on a page; CoversPage is true when it fills most of the page (a scan).</summary>
public sealed record PdfImage(int Width, int Height, PdfImageFormat Format, byte[] Data, bool CoversPage);
