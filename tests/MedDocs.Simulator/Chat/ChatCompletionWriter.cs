using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MedDocs.Simulator;

/// <summary>Writes a reply in OpenAI's chat completion shape, whole or as server-sent events.</summary>
internal static class ChatCompletionWriter
{
    private const int MaxContentChunks = 200;

    public static Task WriteAsync(HttpContext context, ChatReply reply, CancellationToken ct)
    {
        JsonObject completion = Envelope(reply, "chat.completion");
        completion["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content },
            ["logprobs"] = null,
            ["finish_reason"] = reply.FinishReason,
        });
        completion["usage"] = Usage(reply);

        if (!reply.Malformed)
        {
            return JsonWriter.WriteAsync(context, completion, ct);
        }

        // A connection cut mid-body: status 200, JSON that stops halfway.
        string json = completion.ToJsonString(SimulatorJson.Options);
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json[..(json.Length / 2)], ct);
    }

    public static async Task StreamAsync(HttpContext context, ChatReply reply, int firstTokenDelayMs, bool includeUsage, CancellationToken ct)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await SendAsync(context, Chunk(reply, new JsonObject { ["role"] = "assistant", ["content"] = "" }, finish: false), ct);

        if (firstTokenDelayMs > 0)
        {
            await Task.Delay(firstTokenDelayMs, ct);
        }

        if (reply.Malformed)
        {
            string chunk = Chunk(reply, new JsonObject { ["content"] = reply.Content }, finish: false).ToJsonString(SimulatorJson.Options);
            await context.Response.WriteAsync($"data: {chunk[..(chunk.Length / 2)]}\n\n", ct);
            await context.Response.WriteAsync("data: [DONE]\n\n", ct);
            return;
        }

        int pieceLength = Math.Max(8, (reply.Content.Length + MaxContentChunks - 1) / MaxContentChunks);
        for (int start = 0; start < reply.Content.Length; start += pieceLength)
        {
            string piece = reply.Content.Substring(start, Math.Min(pieceLength, reply.Content.Length - start));
            await SendAsync(context, Chunk(reply, new JsonObject { ["content"] = piece }, finish: false), ct);
        }

        await SendAsync(context, Chunk(reply, [], finish: true), ct);
        if (includeUsage)
        {
            JsonObject usage = Envelope(reply, "chat.completion.chunk");
            usage["choices"] = new JsonArray();
            usage["usage"] = Usage(reply);
            await SendAsync(context, usage, ct);
        }

        await context.Response.WriteAsync("data: [DONE]\n\n", ct);
    }

    private static async Task SendAsync(HttpContext context, JsonObject chunk, CancellationToken ct)
    {
        await context.Response.WriteAsync($"data: {chunk.ToJsonString(SimulatorJson.Options)}\n\n", ct);
        await context.Response.Body.FlushAsync(ct);
    }

    private static JsonObject Chunk(ChatReply reply, JsonObject delta, bool finish)
    {
        JsonObject chunk = Envelope(reply, "chat.completion.chunk");
        chunk["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = delta,
            ["logprobs"] = null,
            ["finish_reason"] = finish ? reply.FinishReason : null,
        });
        return chunk;
    }

    private static JsonObject Envelope(ChatReply reply, string objectType) => new()
    {
        ["id"] = reply.Id,
        ["object"] = objectType,
        ["created"] = reply.Created,
        ["model"] = reply.Model,
        ["system_fingerprint"] = reply.Model,
    };

    private static JsonObject Usage(ChatReply reply) => new()
    {
        ["prompt_tokens"] = reply.PromptTokens,
        ["completion_tokens"] = reply.CompletionTokens,
        ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
    };
}
