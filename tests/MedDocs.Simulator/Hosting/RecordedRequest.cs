namespace MedDocs.Simulator;

/// <summary>One request as the server received it.</summary>
/// <param name="Body">Raw body text (truncated past <see cref="SimulatorOptions.MaxLoggedBodyChars"/>).</param>
/// <param name="Authorization">The Authorization header, to check that a key was (or was not) sent.</param>
public sealed record RecordedRequest(
    DateTimeOffset ReceivedAt,
    string Method,
    string Path,
    string Query,
    string Body,
    bool BodyTruncated,
    string? Authorization);
