namespace MedDocs.Pdf.Tests;

public class StructureTests
{
    [Theory]
    [InlineData("damaged-startxref.pdf", "Ceftriaxone 2 g intravenously")]
    [InlineData("damaged-shifted.pdf", "Ceftriaxone 2 g intravenously")]
    [InlineData("damaged-garbled-xref.pdf", "Ceftriaxone 2 g intravenously")]
    [InlineData("damaged-truncated.pdf", "paroxysmal atrial fibrillation")]
    [InlineData("damaged-objstm-shifted.pdf", "paroxysmal atrial fibrillation")] // pdftotext gives up on this one

    public void Damaged_files_open_and_are_flagged_repaired(string name, string phrase)
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf(name));
        Assert.True(pdf.Metadata.Repaired);
        Assert.True(pdf.PageCount >= 1);
        Assert.Contains(phrase, Fixtures.AllText(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qpdf-objstm.pdf")]
    [InlineData("qpdf-linearized.pdf")]
    [InlineData("pdflatex-report.pdf")]
    public void Intact_files_are_not_flagged_repaired(string name)
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf(name));
        Assert.False(pdf.Metadata.Repaired);
    }

    [Fact]
    public void Incremental_update_replaces_the_page_content()
    {
        var original = TestPdfBuilder.SinglePage(TestPdfBuilder.HelveticaResources, TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (Old diagnosis) Tj ET"));
        // Append an update that rewrites the content stream (object 3) and chains to the old xref via /Prev.
        var oldXref = System.Text.Encoding.ASCII.GetString(original).LastIndexOf("startxref", StringComparison.Ordinal);
        var prev = int.Parse(System.Text.Encoding.ASCII.GetString(original)[(oldXref + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        var content = "BT /F1 12 Tf 72 700 Td (Amended diagnosis) Tj ET";
        var update = $"3 0 obj\n<< /Length {content.Length} >>\nstream\n{content}\nendstream\nendobj\n";
        var updateOffset = original.Length;
        var xrefOffset = updateOffset + update.Length;
        var tail = $"xref\n3 1\n{updateOffset:D10} 00000 n \ntrailer\n<< /Size 5 /Root 1 0 R /Prev {prev} >>\nstartxref\n{xrefOffset}\n%%EOF\n";
        byte[] updated = [.. original, .. TestPdfBuilder.Latin1(update + tail)];

        using var pdf = PdfFile.Open(updated);
        Assert.Equal("Amended diagnosis", pdf.GetPage(1).Text);
        Assert.False(pdf.Metadata.Repaired);
    }

    [Fact]
    public void MaxPages_caps_the_page_count()
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf("pdflatex-report.pdf"), new PdfOpenOptions { MaxPages = 1 });
        Assert.Equal(1, pdf.PageCount);
        Assert.Single(pdf.EnumeratePages());
        Assert.Equal(2, pdf.Metadata.PageCount); // the document's own count
        Assert.Throws<ArgumentOutOfRangeException>(() => pdf.GetPage(2));
    }

    [Fact]
    public void Page_numbers_outside_the_document_are_rejected()
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf("gs-letter.pdf"));
        Assert.Throws<ArgumentOutOfRangeException>(() => pdf.GetPage(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => pdf.GetPage(2));
    }

    [Fact]
    public void Enumeration_honours_cancellation()
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf("gs-letter.pdf"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => pdf.EnumeratePages(cts.Token).ToList());
    }

    [Fact]
    public void Not_a_pdf_is_a_PdfException_with_guidance()
    {
        var ex = Assert.Throws<PdfException>(() => PdfFile.Open("hello, this is a text file"u8.ToArray()));
        Assert.Contains("not a PDF", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_without_any_catalog_is_a_PdfException()
    {
        Assert.Throws<PdfException>(() => PdfFile.Open("%PDF-1.4\n1 0 obj << /Foo 1 >> endobj\n%%EOF"u8.ToArray()));
    }

    [Fact]
    public void Broken_page_tree_falls_back_to_page_objects()
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var content = b.AddStream(string.Empty, TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (Orphan page) Tj ET"));
        b.Add($"<< /Type /Page /MediaBox [0 0 612 792] /Resources {TestPdfBuilder.HelveticaResources} /Contents {content} 0 R >>");
        b.Set(catalog, "<< /Type /Catalog /Pages 99 0 R >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        Assert.Equal("Orphan page", pdf.GetPage(1).Text);
    }

    [Fact]
    public void Opening_by_path_names_the_file_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"meddocs-notpdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllText(path, "plain text");
        try
        {
            var ex = Assert.Throws<PdfException>(() => PdfFile.Open(path));
            Assert.Contains(Path.GetFileName(path), ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
