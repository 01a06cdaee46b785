using MedDocs.Core.Documents;

namespace MedDocs.Core.Tests.Documents;

public class DocumentModelTests
{
    private static Document ThreePages(params string[] texts) => new(
        "/records/chart.pdf",
        DocumentKind.Pdf,
        texts.Select((t, i) => DocumentPage.OfText(i + 1, t)).ToList(),
        new DocumentMetadata("Chart", null, null, texts.Length));

    [Fact]
    public void TextJoinsPagesWithTheSeparatorAndOffsetsPointAtEachPage()
    {
        var document = ThreePages("first page", "second", "third page text");

        Assert.Equal(string.Join(Document.PageSeparator, "first page", "second", "third page text"), document.Text);
        Assert.Equal(3, document.PageOffsets.Count);
        for (var i = 0; i < document.Pages.Count; i++)
        {
            var page = document.Pages[i];
            Assert.Equal(page.Text, document.Text.Substring(document.PageOffsets[i], page.Text.Length));
        }
    }

    [Fact]
    public void PageAtMapsEveryOffsetToThePageHoldingIt()
    {
        var document = ThreePages("alpha", "bravo charlie", "delta");

        for (var offset = 0; offset <= document.Text.Length; offset++)
        {
            var expected = offset < document.PageOffsets[1] ? 1 : offset < document.PageOffsets[2] ? 2 : 3;
            Assert.Equal(expected, document.PageAt(offset));
        }

        var bravo = document.Text.IndexOf("bravo", StringComparison.Ordinal);
        Assert.Equal(2, document.PageAt(bravo));
        Assert.Equal(1, document.PageAt(bravo - 1)); // last character of the separator
        Assert.Equal(3, document.PageAt(document.Text.IndexOf("delta", StringComparison.Ordinal)));
    }

    [Fact]
    public void PageAtHandlesEmptyPagesAndRejectsOutOfRangeOffsets()
    {
        var document = ThreePages("", "", "x");

        Assert.Equal(1, document.PageAt(0));
        Assert.Equal(3, document.PageAt(document.Text.Length));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.PageAt(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.PageAt(document.Text.Length + 1));
    }

    [Fact]
    public void PageAtReturnsThePagesOwnNumber()
    {
        // A reader may hand over a page range (pages 5-6 of a larger file).
        var document = new Document("/x.pdf", DocumentKind.Pdf,
            [DocumentPage.OfText(5, "five"), DocumentPage.OfText(6, "six")], new DocumentMetadata(null, null, null, 2));

        Assert.Equal(5, document.PageAt(0));
        Assert.Equal(6, document.PageAt(document.Text.Length - 1));
    }

    [Fact]
    public void FromTextNormalisesLineEndingsAndKeepsTheLabel()
    {
        var document = Document.FromText("line one\r\nline two\rline three\n", "pipeline item 3");

        Assert.Equal("line one\nline two\nline three\n", document.Text);
        Assert.Equal(DocumentKind.RawText, document.Kind);
        Assert.Null(document.Path);
        Assert.Single(document.Pages);
        Assert.Equal("pipeline item 3", document.Metadata.Title);
        Assert.Equal("pipeline item 3", document.DisplayName);
        Assert.Equal("(text)", Document.FromText("x").DisplayName);
    }

    [Fact]
    public void ADocumentNeedsAPage() =>
        Assert.Throws<ArgumentException>(() => new Document(null, DocumentKind.Text, [], new DocumentMetadata(null, null, null, 0)));

    [Fact]
    public void ScannedIsTrueWhenAnyPageIsScanned()
    {
        var pages = new List<DocumentPage>
        {
            DocumentPage.OfText(1, "typed"),
            new(2, "", Scanned: true, TextUnreliable: false, Images: [new PageImage(PageImage.Jpeg, 10, 10, [0xFF, 0xD8])]),
        };

        Assert.True(new Document("/a.pdf", DocumentKind.Pdf, pages, new DocumentMetadata(null, null, null, 2)).Scanned);
        Assert.False(ThreePages("a", "b", "c").Scanned);
    }
}
