using System.Text.Json;

namespace MedDocs.Core.Tests.Simulator;

/// <summary>A small JSON-schema checker (type, enum, properties, required, additionalProperties, items,
/// min/maxItems, minimum/maximum, min/maxLength, local $ref) — enough to tell valid from invalid answers.</summary>
internal static class TestSchemaValidator
{
    public static List<string> Errors(JsonElement schema, string instanceJson)
    {
        List<string> errors = [];
        JsonElement instance;
        try
        {
            instance = JsonDocument.Parse(instanceJson).RootElement;
        }
        catch (JsonException)
        {
            errors.Add("not JSON");
            return errors;
        }

        Check(schema, schema, instance, "$", errors);
        return errors;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            JsonElement target = root;
            foreach (string segment in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                target = target.GetProperty(segment);
            }

            Check(root, target, value, path, errors);
            return;
        }

        if (schema.TryGetProperty("type", out JsonElement type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, got {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("enum", out JsonElement options) && !options.EnumerateArray().Any(o => o.GetRawText() == value.GetRawText()))
        {
            errors.Add($"{path}: {value.GetRawText()} not in enum");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(root, schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                int count = value.GetArrayLength();
                if (schema.TryGetProperty("minItems", out JsonElement min) && count < min.GetInt32())
                {
                    errors.Add($"{path}: fewer than minItems");
                }

                if (schema.TryGetProperty("maxItems", out JsonElement max) && count > max.GetInt32())
                {
                    errors.Add($"{path}: more than maxItems");
                }

                if (schema.TryGetProperty("items", out JsonElement items))
                {
                    int i = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        Check(root, items, item, $"{path}[{i++}]", errors);
                    }
                }

                break;
            case JsonValueKind.Number:
                double number = value.GetDouble();
                if (schema.TryGetProperty("minimum", out JsonElement minimum) && number < minimum.GetDouble())
                {
                    errors.Add($"{path}: below minimum");
                }

                if (schema.TryGetProperty("maximum", out JsonElement maximum) && number > maximum.GetDouble())
                {
                    errors.Add($"{path}: above maximum");
                }

                break;
            case JsonValueKind.String:
                int length = value.GetString()!.Length;
                if (schema.TryGetProperty("maxLength", out JsonElement maxLength) && length > maxLength.GetInt32())
                {
                    errors.Add($"{path}: longer than maxLength");
                }

                if (schema.TryGetProperty("minLength", out JsonElement minLength) && length < minLength.GetInt32())
                {
                    errors.Add($"{path}: shorter than minLength");
                }

                break;
        }
    }

    private static void CheckObject(JsonElement root, JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        schema.TryGetProperty("properties", out JsonElement properties);
        if (schema.TryGetProperty("required", out JsonElement required))
        {
            foreach (JsonElement name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}: missing required {name.GetString()}");
                }
            }
        }

        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out JsonElement propertySchema))
            {
                Check(root, propertySchema, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out JsonElement additional) && additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{path}: unexpected property {property.Name}");
            }
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(t, value))
        : type.GetString() switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => value.ValueKind == JsonValueKind.Null,
            _ => true,
        };
}
