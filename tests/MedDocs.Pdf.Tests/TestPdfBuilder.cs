using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MedDocs.Pdf.Tests;

/// <summary>Writes small PDFs object by object, so tests can exercise one feature (a filter, a font encoding) at a time.</summary>
public sealed class TestPdfBuilder
{
    private readonly List<byte[]> objects = [];

    /// <summary>Adds an object (its body, without "N 0 obj") and returns its number.</summary>
    public int Add(string body)
    {
        objects.Add(Encoding.Latin1.GetBytes(body));
        return objects.Count;
    }

    public int AddStream(string dictionaryEntries, byte[] data)
    {
        var head = Encoding.Latin1.GetBytes($"<< {dictionaryEntries} /Length {data.Length} >>\nstream\n");
        var tail = "\nendstream"u8.ToArray();
        objects.Add([.. head, .. data, .. tail]);
        return objects.Count;
    }

    public int Reserve() => Add("null");

    public void Set(int number, string body) => objects[number - 1] = Encoding.Latin1.GetBytes(body);

    /// <summary>A one-page document: the content stream is added as given, with the resources dictionary text.</summary>
    public static byte[] SinglePage(string resources, byte[] content, string contentEntries = "")
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var stream = b.AddStream(contentEntries, content);
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources {resources} /Contents {stream} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        return b.Build(catalog);
    }

    public byte[] Build(int root, string extraTrailer = "")
    {
        using var output = new MemoryStream();
        output.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            output.Write(objects[i]);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root {root} 0 R {extraTrailer} >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(sb.ToString()));
        return output.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    public const string HelveticaResources = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >>";
}
