using System.Text;
using MedDocs.Pdf.Objects;
using MedDocs.Pdf.Parsing;

namespace MedDocs.Pdf.Tests;

/// <summary>Hostile and broken input: every outcome is a result or a PdfException, never a hang or another exception type.</summary>
public class RobustnessTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Mutated_fixtures_return_or_throw_PdfException()
    {
        var random = new Random(20251121);
        string[] seeds = ["gs-letter.pdf", "groff-letter.pdf", "qpdf-objstm.pdf", "chromium-lab.pdf", "enc-aes-128.pdf", "scanned-png.pdf",
            "libreoffice-referral.pdf", "chromium-cjk.pdf", "enc-rc4-40.pdf", "scanned-ccitt.pdf"];
        var failures = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var name = seeds[i % seeds.Length];
            var data = PdfMutator.Mutate(Fixtures.Bytes(name), random);
            var outcome = Task.Run(() => Exercise(data));
            if (await Task.WhenAny(outcome, Task.Delay(HangGuard)) != outcome)
            {
                failures.Add($"#{i} {name}: no result within {HangGuard.TotalSeconds} s (hang)");
                continue;
            }

            if (await outcome is { } unexpected)
            {
                failures.Add($"#{i} {name}: {unexpected.GetType().Name}: {unexpected.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    private static Exception? Exercise(byte[] data)
    {
        try
        {
            using var pdf = PdfFile.Open(data);
            foreach (var page in pdf.EnumeratePages())
            {
                _ = page.Text.Length + page.Images.Count;
            }

            return null;
        }
        catch (PdfException)
        {
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    [Fact]
    public void Deeply_nested_arrays_do_not_overflow_the_stack()
    {
        var content = new string('[', 200_000) + " (x) Tj";
        var pdf = TestPdfBuilder.SinglePage(TestPdfBuilder.HelveticaResources, TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td " + content + " ET"));
        using var file = PdfFile.Open(pdf);
        Assert.NotNull(file.GetPage(1).Text);

        var lexer = new PdfLexer(Encoding.ASCII.GetBytes(new string('<', 100_000)));
        Assert.NotNull(lexer.ReadObject());
    }

    [Fact]
    public void A_bad_token_or_unterminated_string_loses_that_token_not_the_page()
    {
        var pdf = TestPdfBuilder.SinglePage(TestPdfBuilder.HelveticaResources,
            TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (Kept) Tj ) } >> @@@ 12..3.4 Tj /F1 Tf (Also kept) Tj 0 -14 Td (unterminated Tj ET"));
        using var file = PdfFile.Open(pdf);
        var text = file.GetPage(1).Text;
        Assert.StartsWith("Kept", text, StringComparison.Ordinal);
        Assert.Contains("Also kept", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_images_are_skipped_by_the_lexer()
    {
        var content = new List<byte>(TestPdfBuilder.Latin1("BT /F1 12 Tf 72 700 Td (Before image) Tj ET\nBI /W 4 /H 4 /CS /G /BPC 8 ID "));
        content.AddRange(Encoding.Latin1.GetBytes("(((BT ET)))<<\0\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0AEIx"));
        content.AddRange(TestPdfBuilder.Latin1("\nEI\nBT /F1 12 Tf 72 600 Td (After image) Tj ET"));
        using var file = PdfFile.Open(TestPdfBuilder.SinglePage(TestPdfBuilder.HelveticaResources, content.ToArray()));
        Assert.Equal("Before image\nAfter image", file.GetPage(1).Text);
    }

    [Fact]
    public void Lexer_reads_all_object_kinds()
    {
        var lexer = new PdfLexer(Encoding.Latin1.GetBytes("<< /Name#20With#2FEscapes (str\\(ing\\)\\n\\101) /Hex <48 65 6C 6C 6F 7> /Arr [1 -2.5 .5 true null 3 0 R] >>"));
        var dict = Assert.IsType<PdfDictionary>(lexer.ReadObject());
        Assert.True(dict.ContainsKey("Name With/Escapes"));
        Assert.Equal("str(ing)\nA", Encoding.Latin1.GetString(((PdfString)dict["Name With/Escapes"]!).Bytes));
        Assert.Equal("Hellop", Encoding.Latin1.GetString(((PdfString)dict["Hex"]!).Bytes));
        var array = Assert.IsType<PdfArray>(dict["Arr"]);
        Assert.Equal(6, array.Count);
        Assert.Equal(-2.5, ((PdfNumber)array[1]).Value);
        Assert.Equal(0.5, ((PdfNumber)array[2]).Value);
        Assert.IsType<PdfReference>(array[5]);
    }

    [Fact]
    public void Stream_with_wrong_length_is_read_up_to_endstream()
    {
        var b = new TestPdfBuilder();
        var catalog = b.Reserve();
        var pages = b.Reserve();
        var content = b.Add("<< /Length 5 >>\nstream\nBT /F1 12 Tf 72 700 Td (Length was wrong) Tj ET\nendstream");
        var page = b.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources {TestPdfBuilder.HelveticaResources} /Contents {content} 0 R >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        b.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        using var pdf = PdfFile.Open(b.Build(catalog));
        Assert.Equal("Length was wrong", pdf.GetPage(1).Text);
    }
}
