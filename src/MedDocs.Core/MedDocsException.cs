namespace MedDocs.Core;

/// <summary>Broad failure categories hosts map to their own (PowerShell ErrorCategory, CLI exit codes).</summary>
public enum ErrorKind
{
    NotFound,
    InvalidData,
    PermissionDenied,
    LimitExceeded,
    Timeout,
    Security,
    InvalidOperation,
}

/// <summary>
/// Base for MedDocs' own per-item failures (documents, answers) that are not server errors:
/// a stable ErrorId and a category, and a message that says what to do — never document text.
/// </summary>
public class MedDocsException : Exception
{
    public MedDocsException(string errorId, ErrorKind category, string message, Exception? inner = null)
        : base(message, inner)
    {
        ErrorId = errorId;
        Category = category;
    }

    public string ErrorId { get; }
    public ErrorKind Category { get; }
}
