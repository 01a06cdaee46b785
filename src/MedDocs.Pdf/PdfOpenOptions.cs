namespace MedDocs.Pdf;

/// <summary>How to open a PDF: the password to try (as user, then owner password), a page limit and decoding limits.</summary>
public sealed record PdfOpenOptions
{
    /// <summary>Default for <see cref="MaxStreamBytes"/>: 256 MB.</summary>
    public const long DefaultMaxStreamBytes = 256L * 1024 * 1024;

    /// <summary>Default for <see cref="MaxDecodedBytes"/>: 512 MB.</summary>
    public const long DefaultMaxDecodedBytes = 512L * 1024 * 1024;

    public string? Password { get; init; }

    /// <summary>Pages beyond this number are not exposed (PageCount is capped).</summary>
    public int MaxPages { get; init; } = int.MaxValue;

    /// <summary>Most bytes one stream may decompress to; the rest of that stream is cut (and reported in <see cref="PdfFile.DecodeCuts"/>).</summary>
    public long MaxStreamBytes { get; init; } = DefaultMaxStreamBytes;

    /// <summary>Most bytes all the document's streams may decompress to together (content, fonts, object streams, image samples).</summary>
    public long MaxDecodedBytes { get; init; } = DefaultMaxDecodedBytes;

    /// <summary>
    /// A budget shared with other documents read at the same time (a batch): bytes this document decodes are taken from it
    /// and given back when the <see cref="PdfFile"/> is disposed. Null: no shared limit.
    /// </summary>
    public PdfDecodeBudget? SharedBudget { get; init; }
}
