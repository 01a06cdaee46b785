namespace MedDocs.Pdf;

/// <summary>How to open a PDF: the password to try (as user, then owner password) and a page limit.</summary>
public sealed record PdfOpenOptions
{
    public string? Password { get; init; }

    /// <summary>Pages beyond this number are not exposed (PageCount is capped).</summary>
    public int MaxPages { get; init; } = int.MaxValue;
}
