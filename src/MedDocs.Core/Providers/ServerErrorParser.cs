using System.Text.Json;

namespace MedDocs.Core.Providers;

/// <summary>
/// Turns a server's error answer into a clear <see cref="LlmException"/>: what happened, in MedDocs' words, with the
/// server's error type/code and a short, cleaned excerpt of its message (<see cref="ServerText"/>: no echoed input,
/// no PHI, no keys), and a remedy for the server that is really there (<see cref="ServerAdvice"/>).
/// Recognised, per server: context overflow (llama.cpp exceed_context_size_error; vLLM and OpenAI "maximum context
/// length is N"; LM Studio "loaded with context length of only N"), no model loaded, unknown model, a model that
/// cannot embed or chat, credentials, rate limits, LM Studio's 200 "Unexpected endpoint", and llama.cpp's 500 when
/// it cannot parse a (cut-off) answer.
/// </summary>
public static class ServerErrorParser
{
    /// <summary>The server's error message when the body is an error object, else null (for classifying, not for showing).</summary>
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
    public static string? ExtractErrorMessage(JsonElement root) => ServerError.FromJson(0, root)?.Message;

    /// <summary>Builds the exception for an error answer (status and body as received).</summary>
    /// <param name="sent">What the request carried (message texts, embedding inputs), so echoes of it are not shown.</param>
    public static LlmException ToException(int status, ReadOnlySpan<byte> body, ServerTarget target, IReadOnlyList<string>? sent = null) =>
        Classify(ServerError.Parse(status, body), target, sent);

    /// <summary>The exception for an error already read.</summary>
    public static LlmException Classify(ServerError error, ServerTarget target, IReadOnlyList<string>? sent = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(target);
        var status = error.Status;
        var text = error.Message ?? string.Empty;
        var said = Said(error, target, sent);
        var where = $"{target.Label} at {target.Where}";
        LlmException Make(LlmErrorKind kind, string problem, HostMessage remedy) => new(kind, target.Endpoint, problem, remedy)
        {
            ServerStatus = status,
            ServerErrorType = error.Label,
            ReportedContextTokens = error.ContextTokens,
            ReportedPromptTokens = error.PromptTokens,
        };

        if (status is >= 300 and < 400)
        {
            return Make(LlmErrorKind.NotAnApiServer,
                $"{where} answered with a redirect (HTTP {status}); MedDocs follows no redirects, so nothing was generated and the request was not repeated.",
                "Set the endpoint to the server's own address (redirects could lead off this machine).");
        }
        if (IsContextOverflow(error))
        {
            var sizes = error.ContextTokens is int context
                ? error.PromptTokens is int prompt ? $" ({prompt} tokens for a context of {context})" : $" (its context is {context} tokens)"
                : string.Empty;
            return Make(LlmErrorKind.ContextOverflow,
                $"The input is longer than the context {where} gives one request{sizes}; it was rejected, not answered ({said}).",
                ServerAdvice.LargerContext(target, null));
        }
        if (Contains(text, "no models loaded") || Contains(text, "no model loaded") || Contains(text, "model is not loaded"))
        {
            return Make(LlmErrorKind.NoModelLoaded, $"{where} has no model loaded ({said}).", ServerAdvice.Load(target, null));
        }
        if (status == 200 && Contains(text, "unexpected endpoint"))
        {
            return Make(LlmErrorKind.NotAnApiServer,
                $"{where} answered, but not with the OpenAI-compatible API ({said}).",
                "Check the endpoint URL (it should end in /v1) and the port.");
        }
        if (status is 401 or 403)
        {
            return Make(LlmErrorKind.Unauthorized, $"{where} refused the credentials ({said}).",
                "Check the ApiKey setting (MEDDOCS_API_KEY or OPENAI_API_KEY).");
        }
        if (status == 429)
        {
            return Make(LlmErrorKind.RateLimited, $"{where} is rate limiting requests ({said}).",
                "Lower the ServerSlots setting (MEDDOCS_SERVER_SLOTS) or try again later.");
        }
        if (status is 400 or 404 or 501 && (Contains(text, "not embedding") || Contains(text, "not an embedding") || Contains(text, "support embeddings")))
        {
            return Make(LlmErrorKind.ModelNotFound, $"{where} cannot make embeddings with the requested model ({said}).",
                ServerAdvice.NotAnEmbeddingModel(target));
        }
        if (status is 400 or 404 && (Contains(text, "is not llm") || Contains(text, "not a chat model") || Contains(text, "support chat")))
        {
            return Make(LlmErrorKind.ModelNotFound, $"{where} cannot chat with the requested model ({said}).",
                HostMessage.Of($"Set {HostOption.Setting("Model")} (MEDDOCS_MODEL) to a chat model the server lists ({HostCommand.Health} shows each model's type where the server reports it)."));
        }
        // LM Studio: 400 "Invalid model identifier"; Ollama: 404 "model … not found"; OpenAI: 404 "does not exist".
        if (status is 400 or 404 && Contains(text, "model") &&
            (Contains(text, "not found") || Contains(text, "does not exist") || Contains(text, "invalid model identifier") || Contains(text, "no such")))
        {
            return Make(LlmErrorKind.ModelNotFound, $"{where} does not have the requested model ({said}).", ServerAdvice.GetModel(target, null));
        }
        if (status >= 500 && Contains(text, "failed to parse"))
        {
            // llama.cpp's chat parser throws on an answer it cannot read, typically one cut off before it closed.
            return Make(LlmErrorKind.AnswerCutOff,
                $"{where} could not read the model's answer, usually because it was cut off before it was complete ({said}).",
                HostMessage.Of($"MedDocs asks once more; if it persists, the model needs more room to answer: {ServerAdvice.LargerContext(target, null)}"));
        }
        if (status >= 500)
        {
            return Make(LlmErrorKind.ServerError, $"{where} failed ({said}).",
                "Check the server's log; if it keeps failing, restart the server or reload the model.");
        }
        if (status >= 400)
        {
            return Make(LlmErrorKind.BadRequest, $"{where} rejected the request ({said}).",
                HostMessage.Of($"Check {HostOption.Setting("Model")} and {HostOption.Setting("Endpoint")} ({HostCommand.Configuration} shows them)."));
        }
        // HTTP 200 whose body is an error: the server failed; the request is not sent again.
        return Make(LlmErrorKind.ServerError, $"{where} answered HTTP {status} with an error instead of a result ({said}); the request was not repeated.",
            "Check the server's log and the endpoint URL.");
    }

    /// <summary>A context overflow in any server's words (llama.cpp also answers 500 for one embedding input over its batch size).</summary>
    internal static bool IsContextOverflow(ServerError error)
    {
        var text = error.Message ?? string.Empty;
        return error.Type is "exceed_context_size_error" || error.Code is "context_length_exceeded" ||
               Contains(text, "context length") || Contains(text, "context_length") || Contains(text, "context window") ||
               Contains(text, "maximum context") || Contains(text, "too many tokens") || Contains(text, "context size") ||
               Contains(text, "too large to process");
    }

    private static string Said(ServerError error, ServerTarget target, IReadOnlyList<string>? sent)
    {
        var label = error.Label is { } l ? $"HTTP {error.Status} {l}" : $"HTTP {error.Status}";
        var shown = error.Message is { } message ? ServerText.Clean(message, target.ApiKey, sent) : string.Empty;
        return shown.Length == 0 ? label : $"{label}: \"{shown}\"";
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
