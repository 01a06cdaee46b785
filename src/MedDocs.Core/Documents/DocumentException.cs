namespace MedDocs.Core.Documents;

/// <summary>
/// A document could not be loaded. The message names the file and says what to do;
/// it never contains the document's text.
/// </summary>
public sealed class DocumentException : Exception
{
    public DocumentException(DocumentErrorKind kind, string? path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Path = path;
    }

    public DocumentErrorKind Kind { get; }

    /// <summary>The file that failed; null for raw text.</summary>
    public string? Path { get; }
}
