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
/// The message names options as concepts (<see cref="Wording"/>); each host words them its own way.
/// </summary>
public class MedDocsException : Exception
{
    public MedDocsException(string errorId, ErrorKind category, string message, Exception? inner = null)
        : this(errorId, category, HostMessage.Plain(message), inner)
    {
    }

    public MedDocsException(string errorId, ErrorKind category, HostMessage message, Exception? inner = null)
        : base(message?.ToString(), inner)
    {
        ErrorId = errorId;
        Category = category;
        Wording = message ?? HostMessage.Plain(string.Empty);
    }

    public string ErrorId { get; }
    public ErrorKind Category { get; }

    /// <summary>The message with its options and commands for a host to word (<see cref="HostVocabulary.Message"/>).</summary>
    public HostMessage Wording { get; }
}
