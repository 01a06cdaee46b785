using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedDocs.Simulator;

/// <summary>Makes well-formed content that a schema validator rejects, the way small models go wrong:
/// an enum value outside the list, a property of the wrong type, or prose instead of JSON.</summary>
internal static class SchemaViolation
{
    public const string Prose = "Sure! This document appears to be a recipe for banana bread. Let me know if you need anything else.";

    public static string Corrupt(JsonElement? schema, string seedText)
    {
        if (schema is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("properties", out JsonElement properties) || properties.ValueKind != JsonValueKind.Object
            || SchemaInstanceGenerator.Generate(root, seedText) is not JsonObject instance)
        {
            return Prose;
        }

        foreach (JsonProperty property in properties.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("enum", out JsonElement options))
            {
                bool recipeAllowed = options.EnumerateArray().Any(o => o.ValueKind == JsonValueKind.String && o.GetString() == "Recipe");
                instance[property.Name] = recipeAllowed ? "Recipe (not on the list)" : "Recipe";
                return instance.ToJsonString(SimulatorJson.Options);
            }
        }

        foreach (JsonProperty property in properties.EnumerateObject())
        {
            if (WrongTypeFor(property.Value) is { } wrong)
            {
                instance[property.Name] = wrong;
                return instance.ToJsonString(SimulatorJson.Options);
            }
        }

        return Prose;
    }

    private static JsonValue? WrongTypeFor(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return type.GetString() switch
        {
            "string" => JsonValue.Create(12345),
            "number" or "integer" => JsonValue.Create("not-a-number"),
            "boolean" => JsonValue.Create("maybe"),
            "array" => JsonValue.Create("not-an-array"),
            "object" => JsonValue.Create("not-an-object"),
            _ => null,
        };
    }
}
