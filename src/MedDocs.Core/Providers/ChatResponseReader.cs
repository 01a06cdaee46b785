using System.Text.Json;

namespace MedDocs.Core.Providers;

/// <summary>
/// Reads chat and embedding answers tolerantly: unknown or empty finish_reason, missing usage and
/// a 200 answer that is really an error are all handled here rather than thrown by the SDK.
/// </summary>
internal static class ChatResponseReader
{
    public static ChatResult ReadChat(ReadOnlyMemory<byte> body, ServerTarget target, string requestedModel, TimeSpan elapsed, IReadOnlyList<string>? sent = null)
    {
        using var doc = Parse(body, target);
        var root = doc.RootElement;
        ThrowIfError(root, target, sent);
        if (!root.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0)
        {
            throw Malformed(target, "it has no choices");
        }
        var choice = choices[0];
        string? content = null;
        if (choice.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object &&
            message.TryGetProperty("content", out var contentElement))
        {
            content = contentElement.ValueKind switch
            {
                JsonValueKind.String => contentElement.GetString(),
                JsonValueKind.Null => string.Empty,
                _ => contentElement.GetRawText(),
            };
        }
        if (content is null)
        {
            throw Malformed(target, "its first choice has no message content");
        }
        var rawFinish = choice.TryGetProperty("finish_reason", out var finish) && finish.ValueKind == JsonValueKind.String
            ? finish.GetString()
            : null;
        var (prompt, completion) = ReadUsage(root);
        var model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : requestedModel;
        return new ChatResult(content, FinishReasons.Normalize(rawFinish), rawFinish, prompt, completion, model, elapsed);
    }

    public static EmbeddingBatch ReadEmbeddings(ReadOnlyMemory<byte> body, ServerTarget target, string requestedModel, int expected, TimeSpan elapsed, IReadOnlyList<string>? sent = null)
    {
        using var doc = Parse(body, target);
        var root = doc.RootElement;
        ThrowIfError(root, target, sent);
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            throw Malformed(target, "it has no data array");
        }
        var vectors = new float[expected][];
        var position = 0;
        foreach (var item in data.EnumerateArray())
        {
            var index = item.TryGetProperty("index", out var i) && i.TryGetInt32(out var parsed) ? parsed : position;
            if (index < 0 || index >= expected || !item.TryGetProperty("embedding", out var embedding) || embedding.ValueKind != JsonValueKind.Array)
            {
                throw Malformed(target, "an embedding is missing or out of range");
            }
            var vector = new float[embedding.GetArrayLength()];
            var k = 0;
            foreach (var value in embedding.EnumerateArray())
            {
                vector[k++] = value.GetSingle();
            }
            vectors[index] = vector;
            position++;
        }
        if (vectors.Any(v => v is null))
        {
            throw Malformed(target, $"it returned {position} vectors for {expected} inputs");
        }
        var (prompt, _) = ReadUsage(root);
        var model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : requestedModel;
        return new EmbeddingBatch(vectors, model, prompt, elapsed);
    }

    private static (int Prompt, int Completion) ReadUsage(JsonElement root)
    {
        if (!root.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return (0, 0);
        }
        var prompt = usage.TryGetProperty("prompt_tokens", out var p) && p.TryGetInt32(out var pv) ? pv : 0;
        var completion = usage.TryGetProperty("completion_tokens", out var c) && c.TryGetInt32(out var cv) ? cv : 0;
        return (prompt, completion);
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> body, ServerTarget target)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new LlmException(LlmErrorKind.ProtocolError, target.Endpoint,
                $"{target.Label} at {target.Where} sent an answer that is not valid JSON.",
                "Retry; if it persists, check the server's log or reload the model.", ex);
        }
    }

    /// <summary>HTTP 200 with an error body (LM Studio does this): a server error, never mistaken for a bad answer.</summary>
    private static void ThrowIfError(JsonElement root, ServerTarget target, IReadOnlyList<string>? sent)
    {
        if (ServerError.FromJson(200, root) is { } error)
        {
            throw ServerErrorParser.Classify(error, target, sent);
        }
    }

    private static LlmException Malformed(ServerTarget target, string what) =>
        new(LlmErrorKind.ProtocolError, target.Endpoint,
            $"{target.Label} at {target.Where} sent an answer MedDocs cannot read: {what}.",
            "Check that the endpoint is an OpenAI-compatible server.");
}
