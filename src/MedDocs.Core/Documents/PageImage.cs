namespace MedDocs.Core.Documents;

/// <summary>
/// A whole-page image of a scanned page, ready for a vision model.
/// Only formats a vision model accepts are kept: <c>image/jpeg</c> and <c>image/png</c>.
/// </summary>
public sealed record PageImage(string MediaType, int Width, int Height, byte[] Data)
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
}
