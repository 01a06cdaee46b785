using System.Text;
using MedDocs.Pdf.Filters;

namespace MedDocs.Pdf.Tests;

public class FilterTests
{
    private const string Content = "BT /F1 12 Tf 72 700 Td (Filtered text survives) Tj 0 -14 Td (second line) Tj ET";

    public static TheoryData<string, Func<byte[], byte[]>> Encoders => new()
    {
        { "/FlateDecode", TestPdfBuilder.Deflate },
        { "/LZWDecode", TestEncoders.Lzw },
        { "/ASCII85Decode", TestEncoders.Ascii85 },
        { "/ASCIIHexDecode", TestEncoders.AsciiHex },
        { "/RunLengthDecode", TestEncoders.RunLength },
        { "[/ASCII85Decode /FlateDecode]", data => TestEncoders.Ascii85(TestPdfBuilder.Deflate(data)) },
    };

    [Theory]
    [MemberData(nameof(Encoders))]
    public void Content_streams_decode_through_each_filter(string filter, Func<byte[], byte[]> encode)
    {
        var pdf = TestPdfBuilder.SinglePage(TestPdfBuilder.HelveticaResources, encode(TestPdfBuilder.Latin1(Content)), $"/Filter {filter}");
        using var file = PdfFile.Open(pdf);
        Assert.Equal("Filtered text survives\nsecond line", file.GetPage(1).Text);
    }

    [Fact]
    public void Lzw_decodes_the_example_from_the_pdf_specification()
    {
        var decoded = LzwFilter.Decode(Convert.FromHexString("800B6050220C0C8501"), earlyChange: true, 1000, out _);
        Assert.Equal("-----A---B", Encoding.ASCII.GetString(decoded));
    }

    [Fact]
    public void Lzw_round_trips_data_that_needs_wider_codes()
    {
        var random = new Random(7);
        var data = new byte[20000];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (byte)"abcdefgh ,."[random.Next(11)];
        }

        Assert.Equal(data, LzwFilter.Decode(TestEncoders.Lzw(data), earlyChange: true, 1 << 20, out _));
    }

    [Fact]
    public void Ascii85_and_run_length_round_trip_binary_data()
    {
        var data = new byte[1000];
        new Random(3).NextBytes(data);
        Array.Clear(data, 100, 50); // exercises 'z' and long runs
        Assert.Equal(data, AsciiFilters.Decode85(TestEncoders.Ascii85(data)));
        Assert.Equal(data, AsciiFilters.DecodeRunLength(TestEncoders.RunLength(data), 1 << 20, out _));
        Assert.Equal(data, AsciiFilters.DecodeHex(TestEncoders.AsciiHex(data)));
    }

    [Fact]
    public void Png_up_predictor_is_undone()
    {
        // Two rows of 3 columns with filter type 2 (Up): second row stores differences to the first.
        byte[] predicted = [2, 1, 2, 3, 2, 1, 1, 1];
        Assert.Equal(new byte[] { 1, 2, 3, 2, 3, 4 }, Predictor.Apply(predicted, 12, 1, 8, 3));
    }

    [Fact]
    public void Png_sub_and_paeth_predictors_are_undone()
    {
        byte[] predicted = [1, 5, 1, 1, 4, 0, 0, 0];
        Assert.Equal(new byte[] { 5, 6, 7, 5, 6, 7 }, Predictor.Apply(predicted, 15, 1, 8, 3));
    }

    [Fact]
    public void Truncated_flate_stream_keeps_what_was_inflated()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => $"BT /F1 12 Tf 72 {700 - i} Td (line {i}) Tj ET\n"));
        var deflated = TestPdfBuilder.Deflate(TestPdfBuilder.Latin1(text));
        var cut = deflated.AsSpan(0, deflated.Length * 2 / 3).ToArray();
        var decoded = Encoding.Latin1.GetString(FlateFilter.Decode(cut, 1 << 20, out _));
        Assert.StartsWith("BT /F1 12 Tf 72 700 Td (line 0) Tj ET", decoded, StringComparison.Ordinal);
        Assert.True(decoded.Length > text.Length / 3);
    }

    [Fact]
    public void Flate_without_zlib_header_is_read_as_raw_deflate()
    {
        var zlib = TestPdfBuilder.Deflate(TestPdfBuilder.Latin1(Content));
        var raw = zlib.AsSpan(2, zlib.Length - 6).ToArray();
        Assert.Equal(Content, Encoding.Latin1.GetString(FlateFilter.Decode(raw, 1 << 20, out _)));
    }

    [Fact]
    public void Unknown_filter_is_a_clear_PdfException()
    {
        var ex = Assert.Throws<PdfException>(() => StreamFilters.Decode([1, 2, 3], new Objects.PdfName("MysteryDecode"), null, o => o, Limits.DecodeAccount.StreamCapOnly(1 << 20)));
        Assert.Contains("MysteryDecode", ex.Message, StringComparison.Ordinal);
    }
}
