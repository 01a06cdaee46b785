using System.Management.Automation;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Infrastructure;

/// <summary>
/// Maps core failures to PowerShell error records: stable ErrorId, fitting category, the item as target, and the
/// core's host-neutral message in PowerShell's words (-Model, Test-LMStudio) as the displayed message.
/// </summary>
internal static class ErrorRecords
{
    public static ErrorRecord For(Exception exception, object? target)
    {
        // An endpoint as the target is shown and logged: never with the user-info (user:password@) it may carry.
        target = target is Uri endpoint ? EndpointPolicy.Printable(endpoint) : target;
        return Worded(Build(exception, target));
    }

    /// <summary>
    /// Gives a record PowerShell's wording of its exception's message (ErrorDetails, what the console shows and
    /// $error[0].ToString() returns) and, for a server failure, its remedy as the RecommendedAction.
    /// </summary>
    public static ErrorRecord Worded(ErrorRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var exception = record.Exception;
        var worded = PowerShellVocabulary.Instance.Message(exception);
        var remedy = exception is LlmException llm ? llm.Remedy.Word(PowerShellVocabulary.Instance) : null;
        if (worded != exception.Message || !string.IsNullOrEmpty(remedy))
        {
            record.ErrorDetails = new ErrorDetails(worded) { RecommendedAction = remedy };
        }
        return record;
    }

    private static ErrorRecord Build(Exception exception, object? target) => exception switch
    {
        LlmException llm => new ErrorRecord(llm, "Llm" + llm.Kind, CategoryOf(llm.Kind), target),
        SettingsException settings => new ErrorRecord(settings, "InvalidSetting", ErrorCategory.InvalidArgument, target),
        FileNotFoundException notFound => new ErrorRecord(notFound, "FileNotFound", ErrorCategory.ObjectNotFound, target),
        UnauthorizedAccessException denied => new ErrorRecord(denied, "AccessDenied", ErrorCategory.PermissionDenied, target),
        Core.MedDocsException known => new ErrorRecord(known, known.ErrorId, CategoryOf(known.Category), target),
        _ => new ErrorRecord(exception, "UnexpectedError", ErrorCategory.NotSpecified, target),
    };

    private static ErrorCategory CategoryOf(LlmErrorKind kind) => kind switch
    {
        LlmErrorKind.ConnectionRefused or LlmErrorKind.ConnectionDropped or LlmErrorKind.NoServer => ErrorCategory.ConnectionError,
        LlmErrorKind.Timeout => ErrorCategory.OperationTimeout,
        LlmErrorKind.RateLimited => ErrorCategory.LimitsExceeded,
        LlmErrorKind.NoModelLoaded or LlmErrorKind.ModelNotFound => ErrorCategory.ObjectNotFound,
        LlmErrorKind.ContextOverflow => ErrorCategory.LimitsExceeded,
        LlmErrorKind.Unauthorized => ErrorCategory.AuthenticationError,
        LlmErrorKind.RemoteNotAllowed => ErrorCategory.SecurityError,
        LlmErrorKind.ProtocolError or LlmErrorKind.NotAnApiServer => ErrorCategory.ProtocolError,
        LlmErrorKind.InvalidAnswer => ErrorCategory.InvalidResult,
        _ => ErrorCategory.InvalidOperation,
    };

    private static ErrorCategory CategoryOf(Core.ErrorKind category) => category switch
    {
        Core.ErrorKind.NotFound => ErrorCategory.ObjectNotFound,
        Core.ErrorKind.InvalidData => ErrorCategory.InvalidData,
        Core.ErrorKind.PermissionDenied => ErrorCategory.PermissionDenied,
        Core.ErrorKind.LimitExceeded => ErrorCategory.LimitsExceeded,
        Core.ErrorKind.Timeout => ErrorCategory.OperationTimeout,
        Core.ErrorKind.Security => ErrorCategory.SecurityError,
        _ => ErrorCategory.InvalidOperation,
    };
}
