namespace MedDocs.Core.Providers;

/// <summary>
/// A failure talking to a model server, with a message that says what failed and a remedy that
/// says what to do. Never carries document text: a server's words appear only cleaned (<see cref="ServerText"/>).
/// </summary>
public sealed class LlmException : Exception
{
    public LlmException(LlmErrorKind kind, Uri? endpoint, string problem, HostMessage remedy, Exception? inner = null)
        : base(Join(problem, remedy).ToString(), inner)
    {
        Kind = kind;
        Endpoint = endpoint;
        Problem = problem;
        Remedy = remedy;
        Wording = Join(problem, remedy);
    }

    public LlmErrorKind Kind { get; }
    public Uri? Endpoint { get; }
    public string Problem { get; }

    /// <summary>What to do; it may name options and commands each host words its own way.</summary>
    public HostMessage Remedy { get; }

    /// <summary>Problem and remedy, for a host to word (<see cref="HostVocabulary.Message"/>).</summary>
    public HostMessage Wording { get; }

    /// <summary>The HTTP status the server answered with, when the failure is an answer.</summary>
    public int? ServerStatus { get; init; }

    /// <summary>The server's own error type/code ("exceed_context_size_error"), when it gave one.</summary>
    public string? ServerErrorType { get; init; }

    /// <summary>The context size (tokens) the server said a request gets, when it said.</summary>
    public int? ReportedContextTokens { get; init; }

    /// <summary>The prompt size (tokens) the server counted, when it said.</summary>
    public int? ReportedPromptTokens { get; init; }

    /// <summary>Failures where the same request may succeed if sent again later.</summary>
    private static HostMessage Join(string problem, HostMessage remedy) =>
        remedy is null || remedy.IsEmpty ? problem : HostMessage.Of($"{problem} {remedy}");

    public bool IsTransient => Kind is LlmErrorKind.ConnectionRefused or LlmErrorKind.RateLimited or LlmErrorKind.ServerError;
}
