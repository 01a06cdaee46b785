using System.Text.Json.Nodes;

namespace MedDocs.Simulator;

/// <summary>The JSON an error answer is written in, per server.</summary>
internal enum ErrorShape
{
    /// <summary>OpenAI (and LM Studio, Ollama's /v1): <c>{"error":{"message","type","param","code"}}</c>.</summary>
    OpenAI,

    /// <summary>llama.cpp's format_error_response: <c>{"error":{"code":400,"message","type"}}</c> (+ extra fields).</summary>
    LlamaCpp,

    /// <summary>vLLM's ErrorResponse: <c>{"error":{"message","type","param","code":400}}</c>.</summary>
    Vllm,

    /// <summary>FastAPI's default for routes it does not know: <c>{"detail":"Not Found"}</c>.</summary>
    FastApiDetail,
}

/// <summary>An error answer. <see cref="PlainString"/> selects LM Studio's <c>{"error":"text"}</c>; <see cref="PlainTextBody"/>
/// sends the bare text (Ollama's Go router); otherwise <see cref="Shape"/> decides the object's fields.</summary>
internal sealed record SimulatedError(
    int Status,
    string Message,
    bool PlainString = false,
    string Type = "invalid_request_error",
    string? Param = null,
    string? Code = null,
    bool PlainTextBody = false,
    ErrorShape Shape = ErrorShape.OpenAI)
{
    /// <summary>Fields a server adds to its error object (llama.cpp: n_prompt_tokens and n_ctx on a context overflow).</summary>
    public JsonObject? Extra { get; init; }

    public JsonObject ToJson(bool forcePlainString)
    {
        if (PlainString || forcePlainString)
        {
            return new JsonObject { ["error"] = Message };
        }

        JsonObject error = Shape switch
        {
            ErrorShape.FastApiDetail => [],
            ErrorShape.LlamaCpp => new JsonObject { ["code"] = Status, ["message"] = Message, ["type"] = Type },
            ErrorShape.Vllm => new JsonObject { ["message"] = Message, ["type"] = Type, ["param"] = Param, ["code"] = Status },
            _ => new JsonObject { ["message"] = Message, ["type"] = Type, ["param"] = Param, ["code"] = Code },
        };
        if (Shape == ErrorShape.FastApiDetail)
        {
            return new JsonObject { ["detail"] = Message };
        }

        foreach ((string key, JsonNode? value) in Extra ?? [])
        {
            error[key] = value?.DeepClone();
        }

        return new JsonObject { ["error"] = error };
    }
}
