using System.Text.Json.Nodes;

namespace MedDocs.Simulator;

/// <summary>An error answer. <see cref="PlainString"/> selects LM Studio's <c>{"error":"text"}</c>
/// over OpenAI's <c>{"error":{"message","type","param","code"}}</c>; <see cref="PlainTextBody"/> sends the bare text
/// (Ollama's Go router).</summary>
internal sealed record SimulatedError(
    int Status,
    string Message,
    bool PlainString = false,
    string Type = "invalid_request_error",
    string? Param = null,
    string? Code = null,
    bool PlainTextBody = false)
{
    public JsonObject ToJson(bool forcePlainString) => PlainString || forcePlainString
        ? new JsonObject { ["error"] = Message }
        : new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = Message,
                ["type"] = Type,
                ["param"] = Param,
                ["code"] = Code,
            },
        };
}
