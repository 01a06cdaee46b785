using System.Text.Json;

namespace MedDocs.Core.Providers;

/// <summary>The outcome of one probe GET: a status and parsed JSON, or the transport error.</summary>
internal sealed record HttpGetResult(int? Status, JsonElement? Json, Exception? Error, double ElapsedMs)
{
    public bool Answered => Status is not null;
    public bool IsOkJson => Status == 200 && Json is { ValueKind: JsonValueKind.Object };
    public string? ErrorMessage => Json is { } json ? ServerErrorParser.ExtractErrorMessage(json) : null;
}
