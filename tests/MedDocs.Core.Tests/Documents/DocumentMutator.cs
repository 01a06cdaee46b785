using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MedDocs.Pdf.Tests;

namespace MedDocs.Core.Tests.Documents;

/// <summary>
/// Seeded mutations of small valid PDFs and DOCX packages, shared by the bounded fuzz test and the longer fuzz harness
/// in the benchmarks. PDFs are damaged at the byte and keyword level; DOCX packages both as bytes (the ZIP) and inside
/// their XML parts (re-zipped), so OpenXml itself gets hostile input, not only the ZIP reader.
/// </summary>
public static class DocumentMutator
{
    /// <summary>PDF mutations are shared with the PDF reader's own robustness test (see PdfMutator).</summary>
    public static byte[] MutatePdf(byte[] original, Random random) => PdfMutator.Mutate(original, random);

    public static byte[] MutateDocx(byte[] original, Random random)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(random);
        switch (random.Next(4))
        {
            case 0: // the ZIP's bytes: local headers, sizes, CRCs, the central directory
                var data = (byte[])original.Clone();
                for (var k = random.Next(1, 12); k > 0; k--)
                {
                    data[random.Next(data.Length)] = (byte)random.Next(256);
                }

                return data;
            case 1:
                return original[..random.Next(1, original.Length)];
            default: // one XML part's text, re-zipped
                string[] parts = ["word/document.xml", "word/document.xml", "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "docProps/app.xml"];
                var part = parts[random.Next(parts.Length)];
                return RewritePart(original, part, xml => MutateXml(xml, random));
        }
    }

    private static string MutateXml(string xml, Random random)
    {
        if (xml.Length == 0)
        {
            return xml;
        }

        var at = random.Next(xml.Length);
        return random.Next(6) switch
        {
            0 => xml.Remove(at, Math.Min(random.Next(1, 200), xml.Length - at)),
            1 => xml.Insert(at, xml.Substring(random.Next(xml.Length) / 2, Math.Min(random.Next(1, 400), xml.Length / 2))),
            2 => xml.Insert(at, string.Concat(Enumerable.Repeat("<w:p>", random.Next(1, 600)))), // deep, unbalanced nesting
            3 => xml.Insert(at, "<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\">]>&a;"), // DTDs are refused, never expanded
            4 => xml.Replace("w:p>", random.Next(2) == 0 ? "w:tbl>" : "w:tc>", StringComparison.Ordinal), // elements where they do not belong
            _ => xml.Replace("ContentType=\"", "ContentType=\"x" + "\";/ "[random.Next(4)], StringComparison.Ordinal),
        };
    }

    private static byte[] RewritePart(byte[] package, string part, Func<string, string> rewrite)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true);
            var entry = zip.GetEntry(part);
            if (entry is null)
            {
                return package;
            }

            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
            writer.Write(rewrite(xml));
        }
        catch (InvalidDataException)
        {
            return package;
        }

        return stream.ToArray();
    }

    /// <summary>A small but varied valid .docx: heading, paragraphs, a table, a list item, a tab and a break.</summary>
    public static byte[] SeedDocx(int variant)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text($"Progress note {variant}"))),
                new Paragraph(new Run(new Text("Patient seen for wrist pain after a fall.")), new Run(new TabChar()), new Run(new Text("Stable."))),
                new Table(
                    new TableRow(new TableCell(new Paragraph(new Run(new Text("Medication")))), new TableCell(new Paragraph(new Run(new Text("Dose"))))),
                    new TableRow(new TableCell(new Paragraph(new Run(new Text("Cefazolin")))), new TableCell(new Paragraph(new Run(new Text("2 g")))))),
                new Paragraph(
                    new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
                    new Run(new Text("Follow up in two weeks"), new Break(), new Text("Signed."))));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
            document.PackageProperties.Title = "Progress note";
        }

        return stream.ToArray();
    }
}
