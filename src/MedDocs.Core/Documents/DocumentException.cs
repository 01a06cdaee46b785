namespace MedDocs.Core.Documents;

/// <summary>
/// A document could not be loaded. The message names the file and says what to do;
/// it never contains the document's text.
/// </summary>
public sealed class DocumentException : MedDocsException
{
    public DocumentException(DocumentErrorKind kind, string? path, string message, Exception? innerException = null)
        : this(kind, path, HostMessage.Plain(message), innerException)
    {
    }

    public DocumentException(DocumentErrorKind kind, string? path, HostMessage message, Exception? innerException = null)
        : base("Document" + kind, CategoryOf(kind), message, innerException)
    {
        Kind = kind;
        Path = path;
    }

    public DocumentErrorKind Kind { get; }

    /// <summary>The file that failed; null for raw text.</summary>
    public string? Path { get; }

    private static ErrorKind CategoryOf(DocumentErrorKind kind) => kind switch
    {
        DocumentErrorKind.NotFound => ErrorKind.NotFound,
        DocumentErrorKind.TooLarge or DocumentErrorKind.TooManyPages => ErrorKind.LimitExceeded,
        DocumentErrorKind.Timeout => ErrorKind.Timeout,
        DocumentErrorKind.PasswordProtected => ErrorKind.Security,
        DocumentErrorKind.Unreadable => ErrorKind.PermissionDenied,
        _ => ErrorKind.InvalidData,
    };
}
