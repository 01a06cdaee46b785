namespace MedDocs.Pdf.Tests;

/// <summary>
/// Decompression bombs: a stream is cut at the per-stream cap, a document at its decoding budget, and documents read
/// together at the shared budget — and every cut is reported, never silent. Bombs are made here, small on disk.
/// </summary>
public class DecodeBudgetTests
{
    private static readonly byte[] Zeros = TestPdfBuilder.Deflate(new byte[8 << 20]); // 8 MB of zeros in ~8 KB

    /// <summary>A page with some text, then <paramref name="bombs"/> content streams that each inflate to 8 MB of zeros.</summary>
    private static byte[] BombPdf(int bombs)
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var parts = new List<int> { b.AddStream(string.Empty, TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (Readable first line) Tj ET")) };
        for (var i = 0; i < bombs; i++)
        {
            parts.Add(b.AddStream("/Filter /FlateDecode", Zeros));
        }

        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources {TestPdfBuilder.HelveticaResources} /Contents [{string.Join(' ', parts.Select(p => $"{p} 0 R"))}] >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        return b.Build(catalog);
    }

    [Fact]
    public void A_stream_over_the_stream_cap_is_cut_and_reported()
    {
        using var pdf = PdfFile.Open(BombPdf(1), new PdfOpenOptions { MaxStreamBytes = 1 << 20 });
        Assert.Equal("Readable first line", pdf.GetPage(1).Text);
        var cut = Assert.Single(pdf.DecodeCuts);
        Assert.Equal(PdfDecodeLimit.Stream, cut.Limit);
        Assert.Equal(1, cut.Page);
        Assert.Equal(1 << 20, cut.LimitBytes);
    }

    [Fact]
    public void Many_streams_on_one_page_share_the_document_budget()
    {
        // 16 streams x 8 MB would be 128 MB; the document may decode 20 MB in all.
        using var pdf = PdfFile.Open(BombPdf(16), new PdfOpenOptions { MaxDecodedBytes = 20 << 20 });
        Assert.Equal("Readable first line", pdf.GetPage(1).Text);
        Assert.Contains(pdf.DecodeCuts, c => c.Limit == PdfDecodeLimit.Document && c.LimitBytes == 20 << 20);
    }

    [Fact]
    public void Documents_read_together_share_the_batch_budget_until_closed()
    {
        var shared = new PdfDecodeBudget(12 << 20, "batch");
        var options = new PdfOpenOptions { SharedBudget = shared };
        using (var first = PdfFile.Open(BombPdf(1), options))
        {
            _ = first.GetPage(1);
            Assert.Empty(first.DecodeCuts);
            using var second = PdfFile.Open(BombPdf(1), options);
            _ = second.GetPage(1);
            Assert.Contains(second.DecodeCuts, c => c.Limit == PdfDecodeLimit.Shared);
        }

        Assert.Equal(12 << 20, shared.Remaining); // closing gives the bytes back
        using var third = PdfFile.Open(BombPdf(1), options);
        _ = third.GetPage(1);
        Assert.Empty(third.DecodeCuts);
    }

    [Fact]
    public void Intact_files_report_no_cuts()
    {
        using var pdf = PdfFile.Open(Fixtures.Bytes("qpdf-objstm.pdf"));
        _ = Fixtures.AllText(pdf);
        Assert.Empty(pdf.DecodeCuts);
    }

    [Fact]
    public void Image_samples_padded_past_the_budget_are_dropped_not_allocated()
    {
        // 20000 x 10000 RGB declared, a few bytes given: padding the samples would allocate 600 MB.
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var image = b.AddStream("/Type /XObject /Subtype /Image /Width 20000 /Height 10000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", TestPdfBuilder.Deflate(new byte[16]));
        var content = b.AddStream(string.Empty, TestPdfBuilder.Latin1("q 612 0 0 792 0 0 cm /Im1 Do Q"));
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 {image} 0 R >> >> /Contents {content} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog), new PdfOpenOptions { MaxDecodedBytes = 64 << 20 });
        var result = pdf.GetPage(1);
        Assert.True(result.IsScanned);
        Assert.Empty(result.Images);
        Assert.Contains(pdf.DecodeCuts, c => c.Limit == PdfDecodeLimit.Document);
    }
}
