using System.Text.Json;

namespace MedDocs.Simulator;

/// <summary>Reads an OpenAI embeddings body: <c>input</c> as a string or an array of strings.</summary>
internal static class EmbeddingsRequestParser
{
    public static (EmbeddingsRequest? Request, string? Error) Parse(string rawBody)
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
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("input", out JsonElement input))
            {
                return (null, "'input' field is required");
            }

            List<string> inputs = [];
            if (input.ValueKind == JsonValueKind.String)
            {
                inputs.Add(input.GetString() ?? string.Empty);
            }
            else if (input.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in input.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        // Token arrays (what tiktoken-based clients send) are refused, as LM Studio does.
                        return (null, null);
                    }

                    inputs.Add(item.GetString() ?? string.Empty);
                }
            }
            else
            {
                return (null, null);
            }

            string model = root.TryGetProperty("model", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString() ?? "" : "";
            string? format = root.TryGetProperty("encoding_format", out JsonElement f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            int? dimensions = root.TryGetProperty("dimensions", out JsonElement d) && d.ValueKind == JsonValueKind.Number && d.TryGetInt32(out int n) ? n : null;
            return (new EmbeddingsRequest(model, inputs, format == "base64", dimensions), null);
        }
    }
}
