using System.Text.Json;
using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>
/// Writes the /v1/chat/completions body ourselves rather than through the SDK's typed options:
/// the SDK sends MaxOutputTokenCount as max_completion_tokens, which Ollama and older local
/// servers ignore, so local providers get max_tokens.
/// </summary>
internal static class ChatRequestWriter
{
    public static byte[] Write(ChatRequest request, string model, int maxTokens, double temperature, ProviderKind kind, bool stream)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model", model);
            json.WriteStartArray("messages");
            foreach (var message in request.Messages)
            {
                WriteMessage(json, message);
            }
            json.WriteEndArray();
            json.WriteNumber("temperature", temperature);
            // OpenAI's newer models reject max_tokens; every local server understands it.
            json.WriteNumber(kind == ProviderKind.OpenAI ? "max_completion_tokens" : "max_tokens", maxTokens);
            json.WriteBoolean("stream", stream);
            if (request.Schema is { } schema)
            {
                json.WriteStartObject("response_format");
                json.WriteString("type", "json_schema");
                json.WriteStartObject("json_schema");
                json.WriteString("name", schema.Name);
                json.WriteBoolean("strict", schema.Strict);
                json.WritePropertyName("schema");
                using (var parsed = JsonDocument.Parse(schema.SchemaJson))
                {
                    parsed.RootElement.WriteTo(json);
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteMessage(Utf8JsonWriter json, ChatMessage message)
    {
        json.WriteStartObject();
        json.WriteString("role", message.Role);
        if (message.Images is not { Count: > 0 } images)
        {
            json.WriteString("content", message.Text);
        }
        else
        {
            json.WriteStartArray("content");
            json.WriteStartObject();
            json.WriteString("type", "text");
            json.WriteString("text", message.Text);
            json.WriteEndObject();
            foreach (var image in images)
            {
                json.WriteStartObject();
                json.WriteString("type", "image_url");
                json.WriteStartObject("image_url");
                json.WriteString("url", $"data:{image.MediaType};base64,{Convert.ToBase64String(image.Data)}");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    public static byte[] WriteEmbeddings(IReadOnlyList<string> inputs, string model)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("model", model);
            json.WriteStartArray("input");
            foreach (var input in inputs)
            {
                json.WriteStringValue(input);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
