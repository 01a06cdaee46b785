using System.Text.Json;

namespace MedDocs.Core.Providers;

/// <summary>
/// Turns a server's error answer into a clear <see cref="LlmException"/>. LM Studio sends errors both
/// as <c>{"error":"plain string"}</c> and as <c>{"error":{"message":…}}</c>, sometimes with HTTP 200.
/// </summary>
public static class ServerErrorParser
{
    private const int MaxServerMessageChars = 300;

    /// <summary>The server's error message when the body is an error object, else null.</summary>
    public static string? ExtractErrorMessage(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var doc = JsonDocument.ParseValue(ref reader);
            return ExtractErrorMessage(doc.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The error message of an already parsed body, else null.</summary>
    public static string? ExtractErrorMessage(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error", out var error))
        {
            return null;
        }
        return error.ValueKind switch
        {
            JsonValueKind.String => error.GetString(),
            JsonValueKind.Object when error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String => m.GetString(),
            JsonValueKind.Null => null,
            _ => error.GetRawText(),
        };
    }

    /// <summary>Builds the exception for an error answer (status and body as received).</summary>
    public static LlmException ToException(int status, ReadOnlySpan<byte> body, ServerTarget target)
    {
        var serverMessage = ExtractErrorMessage(body) ?? (status >= 400 ? PlainText(body) : null);
        return Classify(status, serverMessage, target);
    }

    internal static LlmException Classify(int status, string? serverMessage, ServerTarget target)
    {
        var shown = Shorten(serverMessage);
        var said = string.IsNullOrWhiteSpace(shown) ? $"HTTP {status}" : $"HTTP {status}: \"{shown}\"";
        var text = serverMessage ?? string.Empty;
        var where = $"{target.Label} at {target.Endpoint}";

        if (Contains(text, "no models loaded") || Contains(text, "no model loaded") || Contains(text, "model is not loaded"))
        {
            return new LlmException(LlmErrorKind.NoModelLoaded, target.Endpoint,
                $"{where} has no model loaded ({said}).",
                target.Kind == Configuration.ProviderKind.Ollama
                    ? "Pull and run a model: `ollama pull <model>`."
                    : "Load one with `lms load <model>` (or in LM Studio's Developer tab), or enable JIT loading.");
        }
        if (Contains(text, "context length") || Contains(text, "context_length") || Contains(text, "context window") ||
            Contains(text, "maximum context") || Contains(text, "too many tokens"))
        {
            return new LlmException(LlmErrorKind.ContextOverflow, target.Endpoint,
                $"The input is longer than the model's context on {where} ({said}).",
                "Load the model with a larger context (`lms load <model> --context-length <N>`) or set MEDDOCS_CONTEXT_LENGTH to the loaded size so MedDocs sends smaller parts.");
        }
        if (status == 200 && Contains(text, "unexpected endpoint"))
        {
            return new LlmException(LlmErrorKind.NotAnApiServer, target.Endpoint,
                $"{where} answered, but not with the OpenAI-compatible API ({said}).",
                "Check the endpoint URL (it should end in /v1) and the port.");
        }
        if (status is 401 or 403)
        {
            return new LlmException(LlmErrorKind.Unauthorized, target.Endpoint,
                $"{where} refused the credentials ({said}).",
                "Check the API key (OPENAI_API_KEY or MEDDOCS_API_KEY).");
        }
        if (status == 429)
        {
            return new LlmException(LlmErrorKind.RateLimited, target.Endpoint,
                $"{where} is rate limiting requests ({said}).",
                "Lower -ThrottleLimit or try again later.");
        }
        if (status is 400 or 404 && (Contains(text, "not embedding") || Contains(text, "not an embedding") || Contains(text, "support embeddings")))
        {
            return new LlmException(LlmErrorKind.ModelNotFound, target.Endpoint,
                $"{where} cannot make embeddings with the requested model ({said}).",
                "Set MEDDOCS_EMBEDDING_MODEL to a model the server lists with type embeddings (Test-LMStudio or `meddocs health` shows each model's type).");
        }
        if (status is 400 or 404 && (Contains(text, "is not llm") || Contains(text, "not a chat model") || Contains(text, "support chat")))
        {
            return new LlmException(LlmErrorKind.ModelNotFound, target.Endpoint,
                $"{where} cannot chat with the requested model ({said}).",
                "Set -Model / MEDDOCS_MODEL to a model the server lists with type llm or vlm (Test-LMStudio or `meddocs health` shows each model's type).");
        }
        // LM Studio: 400 "Invalid model identifier"; Ollama: 404 "model … not found"; OpenAI: 404 "does not exist".
        if (status is 400 or 404 && Contains(text, "model") &&
            (Contains(text, "not found") || Contains(text, "does not exist") || Contains(text, "invalid model identifier") || Contains(text, "no such")))
        {
            return new LlmException(LlmErrorKind.ModelNotFound, target.Endpoint,
                $"{where} does not have the requested model ({said}).",
                target.Kind == Configuration.ProviderKind.Ollama
                    ? "Pull it (`ollama pull <model>`), or set -Model / MEDDOCS_MODEL to a model `meddocs health` lists."
                    : "List the models with Test-LMStudio (or `meddocs health`) and set -Model / MEDDOCS_MODEL to one of them.");
        }
        if (status >= 500)
        {
            return new LlmException(LlmErrorKind.ServerError, target.Endpoint,
                $"{where} failed ({said}).",
                "Check the server's log; if it keeps failing, reload the model.");
        }
        if (status >= 400)
        {
            return new LlmException(LlmErrorKind.BadRequest, target.Endpoint,
                $"{where} rejected the request ({said}).",
                "Check the model and settings with Get-MedDocsConfiguration.");
        }
        return new LlmException(LlmErrorKind.ProtocolError, target.Endpoint,
            $"{where} answered with an error ({said}).",
            "Check the endpoint URL and that the server speaks the OpenAI API.");
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static string? PlainText(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }
        var text = System.Text.Encoding.UTF8.GetString(body.Length > 1000 ? body[..1000] : body).Trim();
        return text.Length == 0 ? null : text;
    }

    private static string? Shorten(string? message)
    {
        if (message is null)
        {
            return null;
        }
        var flat = message.ReplaceLineEndings(" ").Trim();
        return flat.Length <= MaxServerMessageChars ? flat : string.Concat(flat.AsSpan(0, MaxServerMessageChars), "…");
    }
}
