namespace MedDocs.Pdf;

/// <summary>One page's extracted text and images. Width and Height are in points as displayed (after /Rotate).</summary>
public sealed class PdfPage
{
    internal PdfPage(int number, double width, double height, string text, bool isScanned, bool textUnreliable, IReadOnlyList<PdfImage> images)
    {
        Number = number;
        Width = width;
        Height = height;
        Text = text;
        IsScanned = isScanned;
        TextUnreliable = textUnreliable;
        Images = images;
    }

    /// <summary>1-based page number.</summary>
    public int Number { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>Text in content order: words separated by spaces, lines by \n, no trailing whitespace.</summary>
    public string Text { get; }

    /// <summary>No text layer and an image covering most of the page: the text must come from OCR.</summary>
    public bool IsScanned { get; }

    /// <summary>Some fonts had no usable Unicode mapping, so parts of Text may be wrong or missing.</summary>
    public bool TextUnreliable { get; }

    public IReadOnlyList<PdfImage> Images { get; }
}
