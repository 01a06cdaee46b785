namespace MedDocs.Pdf;

internal static class PdfPlaceholder
{
}
