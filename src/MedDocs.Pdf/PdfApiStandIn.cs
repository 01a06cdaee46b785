// STAND-IN ONLY: the agreed public API of the PDF reader, so MedDocs.Core compiles on the `docs` branch
// before the real reader is merged. Delete this file when merging src/MedDocs.Pdf from the PDF branch.
#pragma warning disable CA1822, CA1032, CA1063, CA1816, CA1065, IDE0060
namespace MedDocs.Pdf;

public sealed class PdfFile : IDisposable
{
    private PdfFile() { }

    public static PdfFile Open(byte[] data, PdfOpenOptions? options = null) => throw new PdfException("PDF reader not available");
    public static PdfFile Open(string path, PdfOpenOptions? options = null) => throw new PdfException("PDF reader not available");

    public PdfMetadata Metadata => throw new PdfException("PDF reader not available");
    public int PageCount => throw new PdfException("PDF reader not available");
    /// <summary>1-based page number.</summary>
    public PdfPage GetPage(int number) => throw new PdfException("PDF reader not available");
    public IEnumerable<PdfPage> EnumeratePages(CancellationToken ct = default) => throw new PdfException("PDF reader not available");
    public void Dispose() { }
}

public sealed record PdfOpenOptions
{
    public string? Password { get; init; }
    public int MaxPages { get; init; } = int.MaxValue;
}

public sealed record PdfMetadata(string? Title, string? Author, string? Subject, string? Creator, string? Producer, int PageCount, bool Encrypted, string Version, bool Repaired);

public sealed class PdfPage
{
    private PdfPage() { }

    public int Number { get; }
    public double Width { get; }
    public double Height { get; }
    public string Text { get; } = "";
    public bool IsScanned { get; }
    public bool TextUnreliable { get; }
    public IReadOnlyList<PdfImage> Images { get; } = [];
}

public sealed record PdfImage(int Width, int Height, PdfImageFormat Format, byte[] Data, bool CoversPage);

public enum PdfImageFormat { Jpeg, Png, Jpeg2000, Ccitt, Jbig2, Raw }

public class PdfException : Exception
{
    public PdfException() { }
    public PdfException(string message) : base(message) { }
    public PdfException(string message, Exception inner) : base(message, inner) { }
}

public sealed class PdfPasswordException : PdfException
{
    public PdfPasswordException() { }
    public PdfPasswordException(string message) : base(message) { }
    public PdfPasswordException(string message, Exception inner) : base(message, inner) { }
}
