namespace MedDocs.Simulator;

/// <summary>How a server that echoes its input words the error (the shapes MedDocs must never pass on verbatim).</summary>
public enum EchoStyle
{
    /// <summary>FastAPI/pydantic v2 validation: 422 {"detail":[{"type","loc","msg","input": the offending value}]}.</summary>
    FastApi422,

    /// <summary>A 400 whose message quotes the prompt it could not handle.</summary>
    Json400,

    /// <summary>A crashed handler's plain-text 500 with the value in its trace.</summary>
    PlainText500,

    /// <summary>A 401 that quotes the Authorization header it refused.</summary>
    Auth401,
}
