using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MedDocs.Core.Tests.Documents;

/// <summary>DOCX packages for hostile-input tests: a valid one from the OpenXml SDK, then one part swapped for a crafted one.</summary>
internal static class HostileDocxFiles
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Valid(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(new Paragraph(new Run(new Text(text)))));
        }

        return stream.ToArray();
    }

    /// <summary>A few KB on disk: <paramref name="depth"/> paragraphs nested inside each other (OpenXml recurses once per level).</summary>
    public static byte[] DeeplyNested(int depth)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{WordNamespace}\"><w:body>");
        xml.Insert(xml.Length, "<w:p>", depth);
        xml.Insert(xml.Length, "</w:p>", depth);
        xml.Append("</w:body></w:document>");
        return ReplacePart(Valid("placeholder"), "word/document.xml", xml.ToString());
    }

    /// <summary>The package with one part's content replaced.</summary>
    public static byte[] ReplacePart(byte[] package, string part, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }

        return stream.ToArray();
    }

    public static string ReadPart(byte[] package, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }
}
