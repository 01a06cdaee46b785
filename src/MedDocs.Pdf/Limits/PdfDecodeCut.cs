namespace MedDocs.Pdf;

/// <summary>Which limit stopped a stream from decoding in full.</summary>
public enum PdfDecodeLimit
{
    /// <summary>One stream may decode to at most <see cref="PdfOpenOptions.MaxStreamBytes"/>.</summary>
    Stream,

    /// <summary>The document's budget, <see cref="PdfOpenOptions.MaxDecodedBytes"/>, was spent.</summary>
    Document,

    /// <summary>The budget shared with other documents (<see cref="PdfOpenOptions.SharedBudget"/>) was spent.</summary>
    Shared,
}

/// <summary>A stream that was cut short by a decoding limit: its text or image is incomplete.</summary>
/// <param name="Page">The page being read when it happened; null while opening the file (object streams).</param>
/// <param name="Limit">Which limit it hit.</param>
/// <param name="LimitBytes">The size of that limit in bytes.</param>
public sealed record PdfDecodeCut(int? Page, PdfDecodeLimit Limit, long LimitBytes);
