namespace MedDocs.Core.Providers;

/// <summary>
/// A failure talking to a model server, with a message that says what failed and a remedy that
/// says what to do. Never carries document text: a server's words appear only cleaned (<see cref="ServerText"/>).
/// </summary>
public sealed class LlmException : Exception
{
    public LlmException(LlmErrorKind kind, Uri? endpoint, string problem, string remedy, Exception? inner = null)
        : base(remedy.Length == 0 ? problem : $"{problem} {remedy}", inner)
    {
        Kind = kind;
        Endpoint = endpoint;
        Problem = problem;
        Remedy = remedy;
    }

    public LlmErrorKind Kind { get; }
    public Uri? Endpoint { get; }
    public string Problem { get; }
    public string Remedy { get; }

    /// <summary>The HTTP status the server answered with, when the failure is an answer.</summary>
    public int? ServerStatus { get; init; }

    /// <summary>The server's own error type/code ("exceed_context_size_error"), when it gave one.</summary>
    public string? ServerErrorType { get; init; }

    /// <summary>The context size (tokens) the server said a request gets, when it said.</summary>
    public int? ReportedContextTokens { get; init; }

    /// <summary>The prompt size (tokens) the server counted, when it said.</summary>
    public int? ReportedPromptTokens { get; init; }

    /// <summary>Failures where the same request may succeed if sent again later.</summary>
    public bool IsTransient => Kind is LlmErrorKind.ConnectionRefused or LlmErrorKind.RateLimited or LlmErrorKind.ServerError;
}
