using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

public sealed class TextPositionTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd\nef", 8, 3, 2)]
    [InlineData("ab\n", 3, 2, 1)]
    public void OfGivesOneBasedLineAndColumn(string text, int offset, int line, int column) =>
        Assert.Equal(new TextPosition(line, column), TextPosition.Of(text, offset));

    [Fact]
    public void LineIndexAgreesWithTheScanAtEveryOffset()
    {
        const string text = "first line\nsecond\r\n\nfourth line here\nlast";
        var index = new LineIndex(text);
        Assert.Equal(5, index.LineCount);
        for (int offset = 0; offset <= text.Length; offset++)
        {
            Assert.Equal(TextPosition.Of(text, offset), index.PositionOf(offset));
        }
    }

    [Fact]
    public void OffsetsOutsideTheTextAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextPosition.Of("abc", 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LineIndex("abc").PositionOf(-1));
    }
}
