using System.Buffers.Binary;
using System.IO.Compression;
using MedDocs.Pdf.Images;

namespace MedDocs.Pdf.Tests;

public class ImageTests
{
    [Fact]
    public void Jpeg_scan_is_detected_and_passed_through()
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf("scanned-jpeg.pdf"));
        var page = pdf.GetPage(1);
        Assert.True(page.IsScanned);
        Assert.Equal(string.Empty, page.Text);
        var image = Assert.Single(page.Images);
        Assert.Equal(PdfImageFormat.Jpeg, image.Format);
        Assert.True(image.CoversPage);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, image.Data[..3]);
        Assert.Equal(new byte[] { 0xFF, 0xD9 }, image.Data[^2..]);
    }

    [Fact]
    public void Flate_gray_scan_becomes_a_valid_png()
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf("scanned-png.pdf"));
        var page = pdf.GetPage(1);
        Assert.True(page.IsScanned);
        var image = Assert.Single(page.Images);
        Assert.Equal(PdfImageFormat.Png, image.Format);
        var (width, height, colorType, pixels) = DecodePng(image.Data);
        Assert.Equal(image.Width, width);
        Assert.Equal(image.Height, height);
        Assert.Equal(0, colorType);
        // A scanned letter is mostly white paper with some dark ink.
        Assert.True(pixels.Count(p => p > 200) > pixels.Length / 2);
        Assert.Contains(pixels, p => p < 100);
    }

    [Theory]
    [InlineData("gs-letter.pdf")]
    [InlineData("chromium-lab.pdf")]
    public void Text_pages_are_not_scans(string name)
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf(name));
        Assert.All(pdf.EnumeratePages(), p => Assert.False(p.IsScanned));
    }

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
    }

    [Fact]
    public void Rgb_image_xobject_becomes_png_with_the_same_pixels()
    {
        var pixels = new byte[4 * 2 * 3];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(i * 10);
        }

        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var image = b.AddStream("/Type /XObject /Subtype /Image /Width 4 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", TestPdfBuilder.Deflate(pixels));
        var content = b.AddStream(string.Empty, TestPdfBuilder.Latin1("q 612 0 0 792 0 0 cm /Im1 Do Q"));
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {content} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        var result = pdf.GetPage(1);
        Assert.True(result.IsScanned);
        var png = Assert.Single(result.Images);
        var (width, height, colorType, decoded) = DecodePng(png.Data);
        Assert.Equal((4, 2, (byte)2), (width, height, colorType));
        Assert.Equal(pixels, decoded);
    }

    [Fact]
    public void Small_images_do_not_make_a_text_page_a_scan()
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var image = b.AddStream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", [0]);
        var content = b.AddStream(string.Empty, TestPdfBuilder.Latin1("q 20 0 0 20 10 10 cm /Im1 Do Q"));
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {content} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        Assert.False(pdf.GetPage(1).IsScanned);
        Assert.Empty(pdf.GetPage(1).Images);
    }

    /// <summary>Reads back our PNG: checks signature, chunk CRCs and IHDR, and inflates filter-0 rows.</summary>
    private static (int Width, int Height, byte ColorType, byte[] Pixels) DecodePng(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, png[..8]);
        int width = 0, height = 0;
        byte colorType = 0, depth = 0;
        using var idat = new MemoryStream();
        var at = 8;
        while (at < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)), Crc32.Compute(png.AsSpan(at + 4, length + 4)));
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                depth = data[8];
                colorType = data[9];
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        Assert.Equal(8, depth);
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var bytesPerPixel = colorType == 2 ? 3 : 1;
        var rowBytes = width * bytesPerPixel;
        var rows = raw.ToArray();
        var pixels = new byte[rowBytes * height];
        for (var r = 0; r < height; r++)
        {
            Assert.Equal(0, rows[r * (rowBytes + 1)]);
            Array.Copy(rows, (r * (rowBytes + 1)) + 1, pixels, r * rowBytes, rowBytes);
        }

        return (width, height, colorType, pixels);
    }
}

public class FaxScanTests
{
    [Fact]
    public void Ccitt_group4_scan_is_wrapped_in_a_tiff_with_the_fax_data()
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf("scanned-ccitt.pdf"));
        var page = pdf.GetPage(1);
        Assert.True(page.IsScanned);
        var image = Assert.Single(page.Images);
        Assert.Equal(PdfImageFormat.Ccitt, image.Format);
        Assert.Equal((826, 1169), (image.Width, image.Height));
        var tiff = image.Data;
        Assert.Equal("II*\0"u8.ToArray(), tiff[..4]);
        var ifd = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(4));
        var tags = new Dictionary<int, uint>();
        var count = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(ifd));
        for (var i = 0; i < count; i++)
        {
            var at = ifd + 2 + (i * 12);
            var type = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(at + 2));
            tags[System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(at))] = type == 3
                ? System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(at + 8))
                : System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(at + 8));
        }

        Assert.Equal(826u, tags[256]);
        Assert.Equal(1169u, tags[257]);
        Assert.Equal(4u, tags[259]); // Group 4
        Assert.Equal((uint)(tiff.Length - (int)tags[273]), tags[279]);
        Assert.True(tags[279] > 1000);
    }
}
