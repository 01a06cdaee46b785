namespace MedDocs.Pdf;

/// <summary>One page's extracted text and images. Width and Height are in points as displayed (after /Rotate).</summary>
public sealed class PdfPage
{
    private readonly Lazy<IReadOnlyList<PdfImage>> images;

    internal PdfPage(int number, double width, double height, string text, bool isScanned, bool textUnreliable, Lazy<IReadOnlyList<PdfImage>> images)
    {
        Number = number;
        Width = width;
        Height = height;
        Text = text;
        IsScanned = isScanned;
        TextUnreliable = textUnreliable;
        this.images = images;
    }

    /// <summary>1-based page number.</summary>
    public int Number { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>Text in content order: words separated by spaces, lines by \n, no trailing whitespace.</summary>
    public string Text { get; }

    /// <summary>
    /// An image covers most of the page and there is no text layer, or only a stamp covering a tiny share of the
    /// page (an e-filing header): the page's content must come from OCR. Text keeps any stamp.
    /// </summary>
    public bool IsScanned { get; }

    /// <summary>Some fonts had no usable Unicode mapping, so parts of Text may be wrong or missing.</summary>
    public bool TextUnreliable { get; }

    /// <summary>
    /// Part or all of the page could not be read: its object or content is missing from the file (a truncated file),
    /// a content stream is cut short or undecodable, or text was drawn with a font whose object is lost.
    /// Text holds what could be read.
    /// </summary>
    public bool IsDamaged { get; init; }

    /// <summary>No text (not even undecodable glyphs), no scanned image and no sign of damage: the page is empty (or holds only drawings).</summary>
    public bool IsBlank { get; init; }

    /// <summary>
    /// Images covering at least 10 % of the page, decoded on first access (so text-only use costs nothing).
    /// Not thread-safe together with other calls on the same <see cref="PdfFile"/>.
    /// </summary>
    public IReadOnlyList<PdfImage> Images => images.Value;
}
