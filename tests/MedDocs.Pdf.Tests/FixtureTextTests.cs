namespace MedDocs.Pdf.Tests;

/// <summary>Real producers' PDFs: our text must match poppler's pdftotext word for word (order ignored) above a floor.</summary>
public class FixtureTextTests
{
    public static TheoryData<string, double> Corpus => new()
    {
        { "groff-letter.pdf", 0.97 },
        { "gs-letter.pdf", 0.97 },
        { "pdflatex-report.pdf", 0.95 },
        { "chromium-lab.pdf", 0.97 },
        { "chromium-cjk.pdf", 0.95 },
        { "libreoffice-referral.pdf", 0.97 },
        { "libreoffice-cjk.pdf", 0.95 },
        { "qpdf-objstm.pdf", 0.95 },
        { "qpdf-linearized.pdf", 0.97 },
        { "enc-rc4-40.pdf", 0.97 },
        { "enc-rc4-128.pdf", 0.97 },
        { "enc-aes-128.pdf", 0.97 },
        { "enc-aes-256.pdf", 0.95 },
        { "damaged-startxref.pdf", 0.97 },
        { "damaged-shifted.pdf", 0.97 },
        { "damaged-garbled-xref.pdf", 0.97 },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Text_matches_pdftotext(string name, double floor)
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf(name));
        var text = Fixtures.AllText(pdf);
        var f1 = WordF1.Score(text, Fixtures.Reference(name));
        Assert.True(f1 >= floor, $"{name}: word F1 {WordF1.Format(f1)} < {floor}; missing: {string.Join(' ', WordF1.Missing(text, Fixtures.Reference(name)).Take(10))}");
    }

    [Theory]
    [InlineData("groff-letter.pdf", "Ceftriaxone 2 g intravenously once daily for five days, followed by oral amoxicillin.")]
    [InlineData("gs-letter.pdf", "oxygen saturation 91% on room air.")]
    [InlineData("gs-letter.pdf", "a three-day history")]
    [InlineData("pdflatex-report.pdf", "paroxysmal atrial fibrillation; the official diagnosis awaits the Holter")]
    [InlineData("pdflatex-report.pdf", "Efficacy of rate control")]
    [InlineData("chromium-lab.pdf", "Größe, Übelkeit, café, naïve, señor")]
    [InlineData("chromium-lab.pdf", "Order ID: LAB-2025-000417")]
    [InlineData("chromium-cjk.pdf", "社区获得性肺炎")]
    [InlineData("chromium-cjk.pdf", "患者は安定した状態で退院した")]
    [InlineData("chromium-cjk.pdf", "퇴원 요약")]
    [InlineData("libreoffice-referral.pdf", "Kellgren–Lawrence grade 3")]
    [InlineData("libreoffice-referral.pdf", "Oxford Knee Score 19/48 41/48")]
    [InlineData("libreoffice-cjk.pdf", "头孢曲松 2 克 静脉滴注")]
    public void Key_phrases_are_extracted_exactly(string name, string phrase)
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf(name));
        // Line breaks fall where the producer put them; the words and their order must be exact.
        Assert.Contains(phrase, Fixtures.AllText(pdf).Replace('\n', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_are_separated_and_pages_have_no_trailing_whitespace()
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf("groff-letter.pdf"));
        var page = pdf.GetPage(1);
        Assert.StartsWith("Discharge Summary — Synthetic Test Document\nDr. Amelia Fictitious", page.Text, StringComparison.Ordinal);
        Assert.Equal(page.Text.TrimEnd(), page.Text);
        Assert.False(page.TextUnreliable);
    }

    [Fact]
    public void Metadata_reports_producer_version_and_page_size()
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf("gs-letter.pdf"));
        Assert.Equal("GPL Ghostscript 10.00.0", pdf.Metadata.Producer);
        Assert.Equal("groff version 1.22.4", pdf.Metadata.Creator);
        Assert.Equal("1.7", pdf.Metadata.Version);
        Assert.Equal(1, pdf.Metadata.PageCount);
        Assert.False(pdf.Metadata.Repaired);
        Assert.False(pdf.Metadata.Encrypted);
        var page = pdf.GetPage(1);
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
    }

    [Fact]
    public void Pdflatex_title_from_info_dictionary_is_absent_but_producer_is_pdftex()
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf("pdflatex-report.pdf"));
        Assert.Contains("pdfTeX", pdf.Metadata.Producer, StringComparison.Ordinal);
    }
}

public class EmbeddedFontFallbackTests
{
    [Fact]
    public void Without_ToUnicode_the_embedded_TrueType_cmap_still_gives_text()
    {
        // Same length replacement keeps every offset valid: the fonts simply lose their /ToUnicode.
        var data = Fixtures.Bytes("chromium-lab.pdf");
        var text = System.Text.Encoding.Latin1.GetString(data).Replace("/ToUnicode", "/ToUnicodX", StringComparison.Ordinal);
        using var pdf = PdfFile.Open(System.Text.Encoding.Latin1.GetBytes(text));
        var page = pdf.GetPage(1);
        Assert.False(pdf.Metadata.Repaired);
        Assert.Contains("Potassium 5.9 mmol/L 3.5–5.1 HIGH", page.Text, StringComparison.Ordinal);
        Assert.True(WordF1.Score(page.Text, Fixtures.Reference("chromium-lab.pdf")) >= 0.95);
    }
}
