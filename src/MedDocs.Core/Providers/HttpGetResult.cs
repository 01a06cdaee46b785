using System.Text.Json;

namespace MedDocs.Core.Providers;

/// <summary>The outcome of one probe request: a status and parsed JSON, or the transport error.</summary>
internal sealed record HttpGetResult(int? Status, JsonElement? Json, Exception? Error, double ElapsedMs)
{
    public bool Answered => Status is not null;
    public bool IsOkJson => Status == 200 && Json is { ValueKind: JsonValueKind.Object };
    /// <summary>Where a 3xx answer pointed (scheme, host and port only); null when the server answered itself.</summary>
    public string? RedirectedTo { get; init; }

    public string? ErrorMessage => Json is { } json ? ServerErrorParser.ExtractErrorMessage(json) : null;
}
