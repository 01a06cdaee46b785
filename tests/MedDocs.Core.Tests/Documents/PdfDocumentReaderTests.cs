using MedDocs.Core.Documents;
using MedDocs.Pdf;

namespace MedDocs.Core.Tests.Documents;

public class PdfDocumentReaderTests
{
    private static readonly byte[] JpegBytes = [0xFF, 0xD8, 0xFF, 0xE0];
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47];

    [Fact]
    public void ScannedPagesKeepWholePageJpegAndPngImages()
    {
        var notes = new List<string>();
        PdfImage[] images =
        [
            new(2550, 3300, PdfImageFormat.Jpeg, JpegBytes, CoversPage: true),
            new(1700, 2200, PdfImageFormat.Png, PngBytes, CoversPage: true),
            new(120, 40, PdfImageFormat.Jpeg, JpegBytes, CoversPage: false), // a logo, not the page
        ];

        var mapped = PdfDocumentReader.MapImages(3, isScanned: true, images, notes);

        Assert.Equal(
        [
            new PageImage(PageImage.Jpeg, 2550, 3300, JpegBytes),
            new PageImage(PageImage.Png, 1700, 2200, PngBytes),
        ], mapped);
        Assert.Empty(notes);
    }

    [Theory]
    [InlineData(PdfImageFormat.Jbig2)]
    [InlineData(PdfImageFormat.Ccitt)]
    [InlineData(PdfImageFormat.Jpeg2000)]
    [InlineData(PdfImageFormat.Raw)]
    public void OtherFormatsAreLeftOutWithANote(PdfImageFormat format)
    {
        var notes = new List<string>();

        var mapped = PdfDocumentReader.MapImages(7, isScanned: true, [new PdfImage(2480, 3508, format, [1, 2, 3], CoversPage: true)], notes);

        Assert.Empty(mapped);
        var note = Assert.Single(notes);
        Assert.StartsWith("Page 7:", note, StringComparison.Ordinal);
        Assert.Contains(format.ToString(), note, StringComparison.Ordinal);
    }

    [Fact]
    public void PagesThatAreNotScannedCarryNoImages()
    {
        var notes = new List<string>();

        var mapped = PdfDocumentReader.MapImages(1, isScanned: false, [new PdfImage(100, 100, PdfImageFormat.Jpeg, JpegBytes, CoversPage: true)], notes);

        Assert.Empty(mapped);
        Assert.Empty(notes);
    }

    [Fact]
    public void MetadataKeepsTitleAuthorProducerAndFlags()
    {
        var metadata = PdfDocumentReader.MapMetadata(
            new PdfMetadata("Certified record", "HIM", "Subject", "Word", "Acrobat Distiller", 62, Encrypted: true, "1.6", Repaired: true), 62);

        Assert.Equal(new DocumentMetadata("Certified record", "HIM", "Acrobat Distiller", 62, Encrypted: true, Repaired: true), metadata);
    }

    [Fact]
    public void TheCreatorStandsInForAMissingProducer()
    {
        var metadata = PdfDocumentReader.MapMetadata(new PdfMetadata(" ", null, null, "Scanner Suite", "", 1, false, "1.4", false), 1);

        Assert.Null(metadata.Title);
        Assert.Equal("Scanner Suite", metadata.Producer);
    }
}
