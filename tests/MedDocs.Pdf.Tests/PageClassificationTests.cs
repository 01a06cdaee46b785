using System.Text;

namespace MedDocs.Pdf.Tests;

/// <summary>
/// Pages without (usable) text are told apart: a scan (an image covers the page; a stamp line of text is kept),
/// a blank page, and a damaged one (content, fonts or the page itself lost, as in a truncated file).
/// </summary>
public class PageClassificationTests
{
    private const string Gray = "/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8";

    private static PdfPage OnePage(string content, string resources = "<< >>", bool withImage = false)
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var image = withImage ? b.AddStream(Gray, new byte[64]) : 0;
        var stream = b.AddStream(string.Empty, TestPdfBuilder.Latin1(content));
        var resourceText = withImage ? resources.Replace("<<", $"<< /XObject << /Im1 {image} 0 R >>", StringComparison.Ordinal) : resources;
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources {resourceText} /Contents {stream} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        return pdf.GetPage(1);
    }

    [Fact]
    public void Scan_with_an_e_filing_stamp_is_scanned_and_keeps_the_stamp()
    {
        const string stamp = "Case 2:24-cv-01234 Document 12 Filed 03/04/24 Page 1 of 12";
        var page = OnePage($"q 612 0 0 792 0 0 cm /Im1 Do Q BT /F1 8 Tf 72 780 Td ({stamp}) Tj ET",
            $"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>", withImage: true);
        Assert.True(page.IsScanned);
        Assert.Equal(stamp, page.Text);
        Assert.Single(page.Images);
        Assert.False(page.IsBlank);
    }

    [Fact]
    public void Text_page_over_a_full_page_background_image_is_not_a_scan()
    {
        var lines = new StringBuilder("q 612 0 0 792 0 0 cm /Im1 Do Q BT /F1 11 Tf 72 740 Td 14 TL ");
        for (var i = 0; i < 40; i++)
        {
            lines.Append("(The patient reports intermittent wrist pain after the fall, worse in the evening.) ' ");
        }

        var page = OnePage(lines.Append("ET").ToString(), "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>", withImage: true);
        Assert.False(page.IsScanned);
        Assert.False(page.IsDamaged);
    }

    [Fact]
    public void Empty_page_is_blank_not_damaged()
    {
        var page = OnePage("q 0 0 1 rg 10 10 100 100 re f Q");
        Assert.True(page.IsBlank);
        Assert.False(page.IsDamaged);
        Assert.False(page.IsScanned);
        Assert.Equal(string.Empty, page.Text);
    }

    [Fact]
    public void Text_drawn_with_a_lost_font_is_damaged_not_blank()
    {
        var page = OnePage("BT /F1 12 Tf 72 700 Td (Lost diagnosis) Tj ET", "<< /Font << /F1 99 0 R >> >>");
        Assert.True(page.IsDamaged);
        Assert.False(page.IsBlank);
    }

    [Fact]
    public void Page_whose_content_object_is_missing_is_damaged()
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Contents 42 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        Assert.True(pdf.GetPage(1).IsDamaged);
        Assert.False(pdf.GetPage(1).IsBlank);
    }

    [Fact]
    public void Truncated_file_keeps_the_pages_it_has_and_marks_the_lost_ones()
    {
        // Three pages; the file is cut inside page 3's content stream, before page 3's object and the xref.
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var kids = new List<int>();
        for (var n = 1; n <= 3; n++)
        {
            var content = b.AddStream(string.Empty, TestPdfBuilder.Latin1($"BT /F1 12 Tf 72 700 Td (Progress note page {n} of three) Tj ET"));
            kids.Add(b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources {TestPdfBuilder.HelveticaResources} /Contents {content} 0 R >>"));
        }

        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 3 /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] >>");
        var full = Encoding.Latin1.GetString(b.Build(catalog));
        var cut = full[..(full.IndexOf("(Progress note page 3", StringComparison.Ordinal) + 10)];

        using var pdf = PdfFile.Open(Encoding.Latin1.GetBytes(cut));
        Assert.True(pdf.Metadata.Repaired);
        Assert.Equal(3, pdf.PageCount);
        var read = pdf.EnumeratePages().ToList();
        Assert.Equal("Progress note page 1 of three", read[0].Text);
        Assert.Equal("Progress note page 2 of three", read[1].Text);
        Assert.False(read[0].IsDamaged);
        Assert.True(read[2].IsDamaged);
        Assert.False(read[2].IsBlank);
    }

    [Fact]
    public void Cut_fixture_whose_fonts_are_lost_is_damaged_not_an_empty_success()
    {
        // groff writes its fonts at the end of the file: cutting the last 3 % loses them, and every glyph with them.
        var data = Fixtures.Bytes("groff-letter.pdf");
        using var pdf = PdfFile.Open(data[..(int)(data.Length * 0.97)]);
        var page = pdf.GetPage(1);
        Assert.True(page.IsDamaged);
        Assert.False(page.IsBlank);
    }
}
