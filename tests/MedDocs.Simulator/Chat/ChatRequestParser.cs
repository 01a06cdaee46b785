using System.Text;
using System.Text.Json;

namespace MedDocs.Simulator;

/// <summary>Reads an OpenAI chat completion body. Returns an error text for bodies a real server rejects.</summary>
internal static class ChatRequestParser
{
    public static (ParsedChatBody? Body, string? Error) Parse(string rawBody)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(rawBody);
        }
        catch (JsonException)
        {
            return (null, "Request body is not valid JSON.");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "Request body must be a JSON object.");
            }

            if (!root.TryGetProperty("messages", out JsonElement messagesElement) || messagesElement.ValueKind != JsonValueKind.Array
                || messagesElement.GetArrayLength() == 0)
            {
                return (null, "'messages' field is required and must be a non-empty array");
            }

            List<SimulatedMessage> messages = [];
            foreach (JsonElement message in messagesElement.EnumerateArray())
            {
                if (message.ValueKind != JsonValueKind.Object)
                {
                    return (null, "Each message must be an object with 'role' and 'content'.");
                }

                messages.Add(ReadMessage(message));
            }

            string? format = null;
            JsonElement? schema = null;
            string? schemaName = null;
            if (root.TryGetProperty("response_format", out JsonElement responseFormat) && responseFormat.ValueKind == JsonValueKind.Object)
            {
                format = String(responseFormat, "type");
                if (format == "json_schema" && responseFormat.TryGetProperty("json_schema", out JsonElement jsonSchema)
                    && jsonSchema.ValueKind == JsonValueKind.Object)
                {
                    schemaName = String(jsonSchema, "name");
                    if (jsonSchema.TryGetProperty("schema", out JsonElement s))
                    {
                        schema = s.Clone();
                    }
                }
            }

            int? maxTokens = Int(root, "max_completion_tokens") ?? Int(root, "max_tokens");
            bool includeUsage = root.TryGetProperty("stream_options", out JsonElement streamOptions)
                && streamOptions.ValueKind == JsonValueKind.Object
                && streamOptions.TryGetProperty("include_usage", out JsonElement include) && include.ValueKind == JsonValueKind.True;

            return (new ParsedChatBody(
                String(root, "model") ?? string.Empty,
                messages,
                schema,
                schemaName,
                format,
                maxTokens is > 0 ? maxTokens : null,
                root.TryGetProperty("temperature", out JsonElement t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : null,
                root.TryGetProperty("stream", out JsonElement stream) && stream.ValueKind == JsonValueKind.True,
                includeUsage), null);
        }
    }

    private static SimulatedMessage ReadMessage(JsonElement message)
    {
        string role = String(message, "role") ?? "user";
        if (!message.TryGetProperty("content", out JsonElement content))
        {
            return new SimulatedMessage(role, string.Empty, 0);
        }

        if (content.ValueKind == JsonValueKind.String)
        {
            return new SimulatedMessage(role, content.GetString() ?? string.Empty, 0);
        }

        StringBuilder text = new();
        int images = 0;
        if (content.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement part in content.EnumerateArray())
            {
                switch (String(part, "type"))
                {
                    case "text":
                        text.Append(String(part, "text"));
                        break;
                    case "image_url" or "input_image" or "image":
                        images++;
                        break;
                }
            }
        }

        return new SimulatedMessage(role, text.ToString(), images);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) ? n : null;
}
