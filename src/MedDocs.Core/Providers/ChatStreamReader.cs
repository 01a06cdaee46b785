using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace MedDocs.Core.Providers;

/// <summary>Reads an SSE chat stream ("data: {chunk}" … "data: [DONE]") and times it.</summary>
internal static class ChatStreamReader
{
    public static async Task<StreamResult> ReadAsync(Stream stream, ServerTarget target, string model, Stopwatch watch, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var content = new StringBuilder();
        TimeSpan? firstToken = null;
        var chunks = 0;
        var usageTokens = 0;
        var events = 0;
        var other = new StringBuilder();
        string? line;
        while ((line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is not null)
        {
            if (!line.StartsWith("data:", StringComparison.Ordinal))
            {
                // Kept (bounded) in case this is not a stream at all but LM Studio's 200-with-error JSON.
                if (events == 0 && other.Length < MaxNonEventChars)
                {
                    other.AppendLine(line);
                }
                continue;
            }
            events++;
            var data = line.AsSpan(5).Trim();
            if (data.SequenceEqual("[DONE]"))
            {
                break;
            }
            using var doc = ParseChunk(data.ToString(), target);
            var root = doc.RootElement;
            if (ServerError.FromJson(200, root) is { } error)
            {
                throw ServerErrorParser.Classify(error, target);
            }
            if (root.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object &&
                usage.TryGetProperty("completion_tokens", out var ct) && ct.TryGetInt32(out var tokens))
            {
                usageTokens = tokens;
            }
            if (root.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0 &&
                choices[0].TryGetProperty("delta", out var delta) && delta.TryGetProperty("content", out var piece) &&
                piece.ValueKind == JsonValueKind.String && piece.GetString() is { Length: > 0 } text)
            {
                firstToken ??= watch.Elapsed;
                chunks++;
                content.Append(text);
            }
        }
        if (events == 0)
        {
            throw NotAStream(other.ToString(), target);
        }
        var total = watch.Elapsed;
        return new StreamResult(content.ToString(), firstToken ?? total, total, usageTokens > 0 ? usageTokens : chunks, model);
    }

    private const int MaxNonEventChars = 64 * 1024;

    private static LlmException NotAStream(string body, ServerTarget target)
    {
        if (ServerErrorParser.ExtractErrorMessage(Encoding.UTF8.GetBytes(body)) is not null)
        {
            return ServerErrorParser.ToException(200, Encoding.UTF8.GetBytes(body), target);
        }
        return new LlmException(LlmErrorKind.ProtocolError, target.Endpoint,
            $"{target.Label} at {target.Where} answered a streaming request without any stream events.",
            "Check that the endpoint is an OpenAI-compatible server that supports streaming.");
    }

    private static JsonDocument ParseChunk(string data, ServerTarget target)
    {
        try
        {
            return JsonDocument.Parse(data);
        }
        catch (JsonException ex)
        {
            throw new LlmException(LlmErrorKind.ProtocolError, target.Endpoint,
                $"{target.Label} at {target.Where} sent a stream chunk that is not valid JSON.",
                "Retry; if it persists, check the server's log.", ex);
        }
    }
}
