namespace MedDocs.Core.Documents;

/// <summary>One page of a document. Non-paginated sources (text, DOCX, transcripts) have a single page 1.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Text">The page's text with LF line endings.</param>
/// <param name="Scanned">The page is an image (little or no text layer); see <paramref name="Images"/>.</param>
/// <param name="TextUnreliable">The reader could extract text but doubts it (broken font encodings, OCR layer of poor quality).</param>
/// <param name="Images">Whole-page images of a scanned page; empty for ordinary pages.</param>
public sealed record DocumentPage(int Number, string Text, bool Scanned, bool TextUnreliable, IReadOnlyList<PageImage> Images)
{
    /// <summary>A text-only page.</summary>
    public static DocumentPage OfText(int number, string text) => new(number, text, false, false, []);
}
