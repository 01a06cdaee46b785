namespace MedDocs.Pdf.Tests;

/// <summary>Vertical writing (Identity-V CID fonts): columns right to left, each top to bottom, with /W2 and /DW2 advances.</summary>
public class VerticalWritingTests
{
    // CIDs 1..8 → 病 人 は 元 気 で す 。
    private const string ToUnicode = """
        begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange
        8 beginbfchar <0001> <75C5> <0002> <4EBA> <0003> <306F> <0004> <5143> <0005> <6C17> <0006> <3067> <0007> <3059> <0008> <3002> endbfchar endcmap
        """;

    private static PdfPage Render(string cidFontExtras, string content)
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var cmap = b.AddStream(string.Empty, TestPdfBuilder.Latin1(ToUnicode));
        var font = b.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /MinchoV /Encoding /Identity-V /ToUnicode {cmap} 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /MinchoV /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 {cidFontExtras} >>] >>");
        var stream = b.AddStream(string.Empty, TestPdfBuilder.Latin1(content));
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {stream} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        return pdf.GetPage(1);
    }

    [Fact]
    public void Columns_read_right_to_left_and_top_to_bottom_whatever_the_drawing_order()
    {
        // The left column is drawn first, and its glyphs bottom-up: reading order must still be right column first.
        var page = Render(string.Empty,
            "BT /F1 12 Tf 1 0 0 1 470 652 Tm <0007> Tj 1 0 0 1 470 664 Tm <0006> Tj 1 0 0 1 470 676 Tm <0005> Tj 1 0 0 1 470 688 Tm <0004> Tj ET "
            + "BT /F1 12 Tf 500 700 Td <000100020003> Tj ET");
        Assert.Equal("病人は\n元気です", page.Text);
        Assert.False(page.IsBlank);
        Assert.False(page.IsScanned);
    }

    [Fact]
    public void Vertical_advances_come_from_DW2()
    {
        // Short glyphs (DW2 w1 = -400) placed every 4.8 pt at 12 pt: with the default one-em advance they would
        // seem to overlap and read as separate words.
        var page = Render("/DW2 [880 -400]",
            "BT /F1 12 Tf 1 0 0 1 500 700 Tm <0001> Tj 1 0 0 1 500 695.2 Tm <0002> Tj 1 0 0 1 500 690.4 Tm <0003> Tj ET");
        Assert.Equal("病人は", page.Text);
    }

    [Fact]
    public void Vertical_advances_come_from_W2_per_cid()
    {
        // CIDs 1-3 advance 300 units, given as a range (cFirst cLast w1 vx vy) and as a list (c [w1 vx vy ...]).
        var page = Render("/W2 [1 2 -300 500 880 3 [-300 500 880]]",
            "BT /F1 10 Tf 1 0 0 1 500 700 Tm <0001> Tj 1 0 0 1 500 697 Tm <0002> Tj 1 0 0 1 500 694 Tm <0003> Tj ET");
        Assert.Equal("病人は", page.Text);
    }

    [Fact]
    public void Vertical_text_flows_down_the_column_with_TJ_spacing()
    {
        // Drawn as one TJ: the glyphs advance downwards; in vertical writing a positive adjustment moves further down (ISO 32000 9.4.4), a word gap.
        var page = Render(string.Empty, "BT /F1 12 Tf 500 700 Td [<00010002> 2000 <0003>] TJ ET");
        Assert.Equal("病人 は", page.Text);
    }
}
