using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MedDocs.Core.Tests.Documents;

/// <summary>Small PDFs written object by object for the loader's tests (the PDF reader's own tests have a fuller builder).</summary>
internal static class TestPdfs
{
    public const string Helvetica = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >>";

    /// <summary>One page per entry: its content stream (raw or Flate) and resources.</summary>
    public static byte[] Pages(params (byte[] Content, bool Flate, string Resources, byte[]? Image)[] pages)
    {
        var objects = new List<byte[]> { Array.Empty<byte>(), Array.Empty<byte>() }; // 1 catalog, 2 page tree
        var kids = new List<int>();
        foreach (var (content, flate, resources, image) in pages)
        {
            var resourceText = resources;
            if (image is not null)
            {
                objects.Add(Stream("/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8", image));
                resourceText = resources.Replace("<<", $"<< /XObject << /Im1 {objects.Count} 0 R >>", StringComparison.Ordinal);
            }

            objects.Add(Stream(flate ? "/Filter /FlateDecode" : "", content));
            var contentNumber = objects.Count;
            objects.Add(Latin1($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources {resourceText} /Contents {contentNumber} 0 R >>"));
            kids.Add(objects.Count);
        }

        objects[0] = Latin1("<< /Type /Catalog /Pages 2 0 R >>");
        objects[1] = Latin1($"<< /Type /Pages /Count {kids.Count} /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] >>");
        return Build(objects);
    }

    public static byte[] TextPage(string text) => Pages((Latin1($"BT /F1 12 Tf 72 700 Td ({text}) Tj ET"), false, Helvetica, null));

    /// <summary>A full-page image with one 8-pt stamp line of text: a court filing scanned to images.</summary>
    public static (byte[] Content, bool Flate, string Resources, byte[]? Image) StampedScan(string stamp) =>
        (Latin1($"q 612 0 0 792 0 0 cm /Im1 Do Q BT /F1 8 Tf 72 780 Td ({stamp}) Tj ET"), false, Helvetica, new byte[64]);

    public static (byte[] Content, bool Flate, string Resources, byte[]? Image) Text(string text) =>
        (Latin1($"BT /F1 12 Tf 72 700 Td ({text}) Tj ET"), false, Helvetica, null);

    public static (byte[] Content, bool Flate, string Resources, byte[]? Image) Empty() => ([], false, "<< >>", null);

    /// <summary>Content that inflates to <paramref name="megabytes"/> MB of zeros from a few KB.</summary>
    public static (byte[] Content, bool Flate, string Resources, byte[]? Image) ZeroBomb(int megabytes) =>
        (Deflate(new byte[megabytes << 20]), true, Helvetica, null);

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Stream(string entries, byte[] data) =>
        [.. Latin1($"<< {entries} /Length {data.Length} >>\nstream\n"), .. data, .. "\nendstream"u8.ToArray()];

    private static byte[] Build(List<byte[]> objects)
    {
        using var output = new MemoryStream();
        output.Write("%PDF-1.7\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Latin1($"{i + 1} 0 obj\n"));
            output.Write(objects[i]);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Latin1(table.ToString()));
        return output.ToArray();
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
