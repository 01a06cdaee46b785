namespace MedDocs.Core.Documents;

/// <summary>
/// A loaded document: its pages, their joined text, metadata and (for WhisperX) the timed transcript.
/// Every MedDocs operation starts from one. Build it with <see cref="DocumentLoader"/> or <see cref="FromText"/>.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is the pages' text joined with <see cref="PageSeparator"/> (LF, form feed, LF): the form
/// feed is the traditional page break, and the LFs keep the last line of one page and the first of the next
/// from running together for a model or a regex. <see cref="PageOffsets"/> holds where each page starts in
/// <see cref="Text"/>, so an offset found in the text maps back to a page with <see cref="PageAt"/>.
/// All properties are computed once in the constructor so Text and PageOffsets always agree with Pages.
/// </remarks>
public sealed record Document
{
    /// <summary>Placed between pages in <see cref="Text"/>.</summary>
    public const string PageSeparator = "\n\f\n";

    public Document(
        string? path,
        DocumentKind kind,
        IReadOnlyList<DocumentPage> pages,
        DocumentMetadata metadata,
        IReadOnlyList<TranscriptSegment>? transcript = null,
        IReadOnlyList<string>? notes = null,
        IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(metadata);
        if (pages.Count == 0)
        {
            throw new ArgumentException("A document has at least one page.", nameof(pages));
        }

        Path = path;
        Kind = kind;
        Pages = pages;
        Metadata = metadata;
        Transcript = transcript;
        Notes = notes ?? [];

        // Offsets first, then one concatenation: no intermediate copies of large texts.
        var offsets = new int[pages.Count];
        var position = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            offsets[i] = position;
            position += pages[i].Text.Length + PageSeparator.Length;
        }

        Text = pages.Count == 1 ? pages[0].Text : string.Join(PageSeparator, pages.Select(p => p.Text));
        PageOffsets = offsets;
        Warnings = new WarningList([.. DocumentWarnings.FromPages(DisplayName, pages), .. warnings ?? [], .. Notes]);
    }

    /// <summary>The file it was read from; null for raw text.</summary>
    public string? Path { get; }

    public DocumentKind Kind { get; }

    public IReadOnlyList<DocumentPage> Pages { get; }

    /// <summary>All pages' text joined with <see cref="PageSeparator"/>.</summary>
    public string Text { get; }

    /// <summary>Start offset in <see cref="Text"/> of each page, in page order.</summary>
    public IReadOnlyList<int> PageOffsets { get; }

    public DocumentMetadata Metadata { get; }

    /// <summary>Timed, speaker-labelled segments for WhisperX transcripts; null for other kinds.</summary>
    public IReadOnlyList<TranscriptSegment>? Transcript { get; }

    /// <summary>Things the loader could not carry over (e.g. a scanned image in a format vision models do not take).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>True when any page is a scan.</summary>
    public bool Scanned => Pages.Any(p => p.Scanned);

    /// <summary>True when some page's content can only be read with OCR (a scan, or fonts that give no text).</summary>
    public bool NeedsOcr => Pages.Any(p => p.NeedsOcr);

    /// <summary>True when any page has text that is not whitespace.</summary>
    public bool HasText => Pages.Any(p => !string.IsNullOrWhiteSpace(p.Text));

    /// <summary>
    /// What a user must know about this document's text: pages that are scans (need OCR), damaged, undecodable or
    /// blank, streams cut by a decoding limit, scanned images left out (<see cref="Notes"/>). Names the file and page
    /// numbers, never the document's text. Empty when the text is complete.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>A name for messages: the file name, else the raw text's label, else "(text)".</summary>
    /// <summary>What records show as Path: the file, or the label given to text (null for unlabelled text).</summary>
    public string? Name => Path ?? Metadata.Title;

    public string DisplayName => Path is not null ? System.IO.Path.GetFileName(Path) : Metadata.Title ?? "(text)";

    /// <summary>
    /// The page number (1-based, as in <see cref="DocumentPage.Number"/>) holding the character at
    /// <paramref name="offset"/> in <see cref="Text"/>. Offsets inside a page separator belong to the page before it;
    /// <c>Text.Length</c> (an end offset) belongs to the last page.
    /// </summary>
    public int PageAt(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);

        // The last page whose start is at or before the offset.
        int low = 0, high = PageOffsets.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (PageOffsets[mid] <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return Pages[low].Number;
    }

    /// <summary>A one-page document from text handed over directly (pipeline input). Line endings become LF.</summary>
    /// <param name="text">The text.</param>
    /// <param name="label">Optional name for messages and records (kept as <see cref="DocumentMetadata.Title"/>).</param>
    public static Document FromText(string text, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = LineEndings.ToLf(text);
        return new Document(
            null,
            DocumentKind.RawText,
            [DocumentPage.OfText(1, normalized)],
            new DocumentMetadata(label, null, null, 1));
    }
}
