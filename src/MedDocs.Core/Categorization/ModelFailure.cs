using MedDocs.Core.Providers;

namespace MedDocs.Core.Categorization;

/// <summary>
/// What to say when the model call behind an unsure rules verdict failed. Built from the failure's kind only — never
/// from the server's own message, which may echo the document — so it is safe in results, warnings and logs.
/// </summary>
public static class ModelFailure
{
    /// <summary>A short cause, e.g. "the model server refused the connection".</summary>
    public static string Describe(LlmErrorKind kind) => kind switch
    {
        LlmErrorKind.ConnectionRefused => "the model server refused the connection",
        LlmErrorKind.ConnectionDropped => "the model server closed the connection",
        LlmErrorKind.Timeout => "the model server did not answer in time",
        LlmErrorKind.RateLimited => "the model server is rate limiting requests",
        LlmErrorKind.ServerError => "the model server failed",
        LlmErrorKind.NoModelLoaded => "the model server has no model loaded",
        LlmErrorKind.ModelNotFound => "the model server does not have the model",
        LlmErrorKind.ContextOverflow => "the document did not fit the model's context",
        LlmErrorKind.Unauthorized => "the model server refused the credentials",
        LlmErrorKind.BadRequest => "the model server rejected the request",
        LlmErrorKind.NotAnApiServer => "the endpoint did not answer with the model API",
        LlmErrorKind.ProtocolError => "the model server's answer could not be read",
        LlmErrorKind.InvalidAnswer => "the model gave no usable answer",
        LlmErrorKind.RemoteNotAllowed => "the model server is not allowed",
        LlmErrorKind.NoServer => "no model server is in use",
        _ => "the model call failed",
    };
}
