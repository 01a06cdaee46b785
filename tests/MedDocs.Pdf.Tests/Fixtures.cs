namespace MedDocs.Pdf.Tests;

/// <summary>Access to the committed fixture PDFs and their pdftotext reference text.</summary>
internal static class Fixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Reference(string name) => File.ReadAllText(Path.ChangeExtension(PathOf(name), ".txt"));

    public static string AllText(PdfFile pdf) => string.Join("\n", pdf.EnumeratePages().Select(p => p.Text));
}
