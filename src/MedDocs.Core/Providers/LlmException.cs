namespace MedDocs.Core.Providers;

/// <summary>
/// A failure talking to a model server, with a message that says what failed and a remedy that
/// says what to do. Never carries document text.
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

    /// <summary>Failures where the same request may succeed if sent again later.</summary>
    public bool IsTransient => Kind is LlmErrorKind.ConnectionRefused or LlmErrorKind.RateLimited or LlmErrorKind.ServerError;
}
