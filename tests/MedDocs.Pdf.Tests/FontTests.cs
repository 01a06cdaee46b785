namespace MedDocs.Pdf.Tests;

/// <summary>Synthetic PDFs, one font feature each: encodings, Differences, ToUnicode forms, CID fonts, widths for word gaps.</summary>
public class FontTests
{
    private static string Extract(string fontDictionary, string content, params (string Entries, string Data)[] extraStreams)
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var streamNumbers = extraStreams.Select(s => b.AddStream(s.Entries, TestPdfBuilder.Latin1(s.Data))).ToArray();
        var font = b.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, fontDictionary, streamNumbers.Cast<object>().ToArray()));
        var contentNumber = b.AddStream(string.Empty, TestPdfBuilder.Latin1(content));
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {contentNumber} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        return pdf.GetPage(1).Text;
    }

    [Fact]
    public void WinAnsi_maps_high_codes()
    {
        var text = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "BT /F1 12 Tf 72 700 Td (Caf\\351 \\223quoted\\224 \\200 5\\26710) Tj ET");
        Assert.Equal("Café “quoted” € 5·10", text);
    }

    [Fact]
    public void Differences_use_glyph_names_and_uni_names()
    {
        var text = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [1 /fi /uni2022 /u1F600 /Omega /germandbls /f_f] >> >>",
            "BT /F1 12 Tf 72 700 Td (\\001rst \\002 \\003 \\004 \\005 \\006ect) Tj ET");
        Assert.Equal("first • 😀 Ω ß ffect", text);
    }

    [Fact]
    public void Standard_encoding_is_the_default_for_type1()
    {
        var text = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>", "BT /F1 12 Tf 72 700 Td (It\\047s \\252quoted\\272) Tj ET");
        Assert.Equal("It’s “quoted”", text);
    }

    [Fact]
    public void Symbol_font_maps_greek_and_math()
    {
        var text = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>", "BT /F1 12 Tf 72 700 Td (abg \\263 \\245 \\345) Tj ET");
        Assert.Equal("αβγ ≥ ∞ ∑", text);
    }

    [Fact]
    public void ToUnicode_bfchar_bfrange_and_ligatures()
    {
        const string cmap = """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            1 begincodespacerange <00> <FF> endcodespacerange
            2 beginbfchar <01> <00660069> <02> <D83DDE00> endbfchar
            2 beginbfrange <41> <43> <0058> <61> <62> [<03B1> <03B2>] endbfrange
            endcmap CMapName currentdict /CMap defineresource pop end end
            """;
        var text = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode {0} 0 R >>",
            "BT /F1 12 Tf 72 700 Td (\\001ABC ab \\002) Tj ET", (string.Empty, cmap));
        Assert.Equal("fiXYZ αβ 😀", text);
    }

    [Fact]
    public void Type0_identity_font_with_ToUnicode_and_W_widths()
    {
        const string cmap = """
            begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange
            1 beginbfrange <0001> <0005> <4E00> endbfrange
            1 beginbfchar <0010> <0041> endbfchar endcmap
            """;
        // CIDs 1-5 are 1000 wide, CID 16 is 500: the TJ gap of 1000 units then reads as a word break.
        var text = Extract("<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H /ToUnicode {0} 0 R /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [16 [500]] >>] >>",
            "BT /F1 12 Tf 72 700 Td [<00010002> -1000 <00030010>] TJ ET", (string.Empty, cmap));
        Assert.Equal("一丁 丂A", text);
    }

    [Fact]
    public void Unicode_predefined_cmap_codes_are_utf16()
    {
        var text = Extract("<< /Type /Font /Subtype /Type0 /BaseFont /MSung /Encoding /UniCNS-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /MSung /CIDSystemInfo << /Registry (Adobe) /Ordering (CNS1) /Supplement 0 >> >>] >>",
            "BT /F1 12 Tf 72 700 Td <75C54EBA> Tj ET");
        Assert.Equal("病人", text);
    }

    [Fact]
    public void Font_without_any_unicode_mapping_marks_text_unreliable()
    {
        var pdf = TestPdfBuilder.SinglePage("<< /Font << /F1 << /Type /Font /Subtype /Type0 /BaseFont /Opaque /Encoding /Identity-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Opaque >>] >> >> >>",
            TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td <0011002200330044> Tj ET"));
        using var file = PdfFile.Open(pdf);
        Assert.True(file.GetPage(1).TextUnreliable);
        Assert.Equal(string.Empty, file.GetPage(1).Text); // glyph ids are not guessed as ASCII
    }

    [Fact]
    public void Mapped_text_is_not_marked_unreliable()
    {
        using var file = PdfFile.Open(TestPdfBuilder.SinglePage(TestPdfBuilder.HelveticaResources, TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (Plain) Tj ET")));
        Assert.False(file.GetPage(1).TextUnreliable);
    }

    [Fact]
    public void Standard14_widths_separate_words_positioned_without_spaces()
    {
        // Each word is placed by Td after the previous one's Helvetica width plus about a space; no space characters.
        var text = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "BT /F1 10 Tf 72 700 Td (Blood) Tj 30.6 0 Td (pressure) Tj ET");
        Assert.Equal("Blood pressure", text);
        var joined = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "BT /F1 10 Tf 72 700 Td (Blo) Tj 15.0 0 Td (od) Tj ET");
        Assert.Equal("Blood", joined);
    }

    [Fact]
    public void Kerning_in_TJ_does_not_split_words_but_large_gaps_do()
    {
        var text = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
            "BT /F1 12 Tf 72 700 Td [(W) 80 (ave) -30 (form) -400 (analysis)] TJ ET");
        Assert.Equal("Waveform analysis", text);
    }

    [Fact]
    public void Text_state_operators_and_quote_operators_move_lines()
    {
        var text = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "BT /F1 12 Tf 14 TL 72 700 Td (first) Tj T* (second) Tj (third) ' 2 0 (fourth) \" 0 -20 TD (fifth) Tj ET");
        Assert.Equal("first\nsecond\nthird\nfourth\nfifth", text);
    }

    [Fact]
    public void Superscripts_stay_on_their_line()
    {
        var text = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "BT /F1 12 Tf 72 700 Td (m) Tj 4 Ts 8 Tf (2) Tj 0 Ts 12 Tf ( area) Tj ET");
        Assert.Equal("m2 area", text);
    }

    [Fact]
    public void Form_xobjects_with_their_own_resources_are_followed()
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var form = b.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 0 -100] /Resources << /Font << /F9 << /Type /Font /Subtype /Type1 /BaseFont /Courier >> >> >>",
            TestPdfBuilder.Latin1("BT /F9 12 Tf 72 700 Td (Inside the form) Tj ET"));
        var content = b.AddStream(string.Empty, TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (Before) Tj ET /X1 Do q 1 0 0 1 0 -50 cm /X1 Do Q"));
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> /XObject << /X1 {form} 0 R >> >> /Contents {content} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        Assert.Equal("Before\nInside the form\nInside the form", pdf.GetPage(1).Text);
    }

    [Fact]
    public void Self_referencing_form_does_not_recurse_forever()
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var form = b.Reserve();
        b.Set(form, $"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /Me {form} 0 R >> /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Loop) Tj ET /Me Do  \nendstream");
        var content = b.AddStream(string.Empty, TestPdfBuilder.Latin1("/Me Do"));
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Me {form} 0 R >> >> /Contents {content} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        Assert.Equal("Loop", pdf.GetPage(1).Text);
    }

    [Fact]
    public void Type3_font_uses_its_font_matrix_and_differences()
    {
        var text = Extract("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 10 10] /FontMatrix [0.1 0 0 0.1 0 0] /CharProcs << >> /Encoding << /Type /Encoding /Differences [65 /H /i /space] >> /FirstChar 65 /Widths [6 3 3] /Resources << >> >>",
            "BT /F1 12 Tf 72 700 Td (ABCAB) Tj ET");
        Assert.Equal("Hi Hi", text);
    }

    [Fact]
    public void Rotated_text_keeps_words_and_lines()
    {
        // Text running bottom-to-top (as on a /Rotate 90 page): two lines, words separated by TJ gaps.
        var text = Extract("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "BT /F1 12 Tf 0 1 -1 0 100 100 Tm [(Rotated) -400 (words)] TJ 0 1 -1 0 115 100 Tm (next line) Tj ET");
        Assert.Equal("Rotated words\nnext line", text);
    }
}

public class PageBoxTests
{
    [Fact]
    public void Text_entirely_off_the_page_is_ignored()
    {
        var content = TestPdfBuilder.Latin1("BT /F1 12 Tf -900 700 Td (Hidden template text) Tj ET BT /F1 12 Tf 72 700 Td (Visible) Tj ET BT /F1 12 Tf 72 2000 Td (Above the page) Tj ET");
        using var pdf = PdfFile.Open(TestPdfBuilder.SinglePage(TestPdfBuilder.HelveticaResources, content));
        Assert.Equal("Visible", pdf.GetPage(1).Text);
    }

    [Fact]
    public void Page_box_not_at_the_origin_keeps_its_text()
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var content = b.AddStream(string.Empty, TestPdfBuilder.Latin1("BT /F1 12 Tf 1072 1700 Td (Shifted box) Tj ET"));
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [1000 1000 1612 1792] /Rotate 90 /Resources {TestPdfBuilder.HelveticaResources} /Contents {content} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        var result = pdf.GetPage(1);
        Assert.Equal("Shifted box", result.Text);
        Assert.Equal((792.0, 612.0), (result.Width, result.Height)); // rotated: landscape as displayed
    }
}

public class OverprintTests
{
    [Fact]
    public void Fake_bold_drawn_twice_is_read_once()
    {
        var content = TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (Allergy: penicillin) Tj ET BT /F1 12 Tf 72.3 700 Td (Allergy: penicillin) Tj ET BT /F1 12 Tf 72 686 Td (next) Tj ET");
        using var pdf = PdfFile.Open(TestPdfBuilder.SinglePage(TestPdfBuilder.HelveticaResources, content));
        Assert.Equal("Allergy: penicillin\nnext", pdf.GetPage(1).Text);
    }

    [Fact]
    public void Repeated_words_at_different_places_are_kept()
    {
        var content = TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (no no) Tj 0 -14 Td (no) Tj ET");
        using var pdf = PdfFile.Open(TestPdfBuilder.SinglePage(TestPdfBuilder.HelveticaResources, content));
        Assert.Equal("no no\nno", pdf.GetPage(1).Text);
    }

    [Fact]
    public void Private_use_mappings_are_dropped_and_flag_the_page()
    {
        const string cmap = "begincmap 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <41> <5A> <E041> endbfrange endcmap";
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var toUnicode = b.AddStream(string.Empty, TestPdfBuilder.Latin1(cmap));
        var content = b.AddStream(string.Empty, TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (ABCDEF) Tj ET"));
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 << /Type /Font /Subtype /TrueType /BaseFont /Broken /ToUnicode {toUnicode} 0 R >> >> >> /Contents {content} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        var result = pdf.GetPage(1);
        Assert.True(result.TextUnreliable);
        Assert.DoesNotContain(result.Text, c => c is >= '\uE000' and <= '\uF8FF');
    }
}

public class SymbolicTrueTypeTests
{
    private static PdfPage Render(string baseFont)
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var descriptor = b.Add($"<< /Type /FontDescriptor /FontName /{baseFont} /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>");
        var content = b.AddStream(string.Empty, TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (Diagnosis) Tj ET"));
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 << /Type /Font /Subtype /TrueType /BaseFont /{baseFont} /FirstChar 32 /LastChar 126 /FontDescriptor {descriptor} 0 R >> >> >> /Contents {content} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        return pdf.GetPage(1);
    }

    [Fact]
    public void Text_font_flagged_symbolic_reads_as_ascii()
    {
        var page = Render("Arial,Bold");
        Assert.Equal("Diagnosis", page.Text);
        Assert.False(page.TextUnreliable);
    }

    [Fact]
    public void Pictograph_font_without_mapping_is_unreliable()
    {
        Assert.True(Render("Wingdings-Regular").TextUnreliable);
    }
}
