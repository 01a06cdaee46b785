namespace MedDocs.Core.Documents;

/// <summary>One page of a document. Non-paginated sources (text, DOCX, transcripts) have a single page 1.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Text">The page's text with LF line endings.</param>
/// <param name="Scanned">The page is an image (no text layer, or only a stamp line, which <paramref name="Text"/> keeps); see <paramref name="Images"/>.</param>
/// <param name="TextUnreliable">The reader could extract text but doubts it (broken font encodings, OCR layer of poor quality).</param>
/// <param name="Images">Whole-page images of a scanned page; empty for ordinary pages.</param>
/// <param name="Damaged">Part or all of the page could not be read (missing from a truncated file, content or fonts lost).</param>
public sealed record DocumentPage(int Number, string Text, bool Scanned, bool TextUnreliable, IReadOnlyList<PageImage> Images, bool Damaged = false)
{
    /// <summary>No text, nothing scanned, nothing undecodable and no damage: the page is empty.</summary>
    public bool Blank => !Scanned && !Damaged && !TextUnreliable && string.IsNullOrWhiteSpace(Text);

    /// <summary>The page's content is only readable by OCR: a scan, or glyphs whose fonts give no text.</summary>
    public bool NeedsOcr => Scanned || (TextUnreliable && string.IsNullOrWhiteSpace(Text));

    /// <summary>A text-only page.</summary>
    public static DocumentPage OfText(int number, string text) => new(number, text, false, false, []);
}
