namespace MedDocs.Core.Providers;

/// <summary>What went wrong talking to a model server; hosts map each kind to an error category.</summary>
public enum LlmErrorKind
{
    ConnectionRefused,
    ConnectionDropped,
    Timeout,
    RateLimited,
    ServerError,
    NoModelLoaded,
    ModelNotFound,
    ContextOverflow,
    Unauthorized,
    BadRequest,
    /// <summary>The server answered, but not with the API (e.g. LM Studio's 200 "Unexpected endpoint").</summary>
    NotAnApiServer,
    /// <summary>The server's answer could not be read (malformed JSON, missing fields).</summary>
    ProtocolError,
    /// <summary>The answer was read but did not satisfy the requested schema, even after a retry.</summary>
    InvalidAnswer,
    /// <summary>The answer was cut off before it was complete (token limit or context exhausted).</summary>
    AnswerCutOff,
    RemoteNotAllowed,
    NoServer,
}
