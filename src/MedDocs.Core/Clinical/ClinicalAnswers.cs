using System.Text.Json;

namespace MedDocs.Core.Clinical;

/// <summary>
/// Reads the model's JSON answers. A value outside the schema (a missing section, a section that is not a string,
/// an unknown entity type, an entity without its mention) makes the whole answer invalid, so StructuredChat asks once more.
/// </summary>
internal static class ClinicalAnswers
{
    public static Dictionary<string, string>? Sections(JsonElement root, SoapTemplate template)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in ClinicalSections.For(template))
        {
            if (!root.TryGetProperty(section.Key, out var value) || value.ValueKind != JsonValueKind.String)
            {
                return null;
            }
            sections[section.Key] = value.GetString()!.Trim();
        }
        return sections;
    }

    public static List<ExtractedEntity>? Entities(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entities", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var entities = new List<ExtractedEntity>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || !Enum.TryParse<MedicalEntityType>(type.GetString(), ignoreCase: true, out var kind)
                || !Enum.IsDefined(kind)
                || Optional(item, "text") is not { } text)
            {
                return null;
            }
            entities.Add(new ExtractedEntity(kind, text, Optional(item, "name"), Optional(item, "code"), Optional(item, "dose"),
                Optional(item, "route"), Optional(item, "frequency"), Optional(item, "value"), Optional(item, "unit"), Optional(item, "reaction")));
        }
        return entities;
    }

    public static NotePart? Part(JsonElement root, SoapTemplate template, bool withEntities)
    {
        var sections = Sections(root, template);
        if (sections is null)
        {
            return null;
        }
        if (!withEntities)
        {
            return new NotePart(sections, null);
        }
        var entities = Entities(root);
        return entities is null ? null : new NotePart(sections, entities);
    }

    /// <summary>A trimmed string, or null when absent, null or blank; numbers are taken as written (models send 98.6 for "98.6").</summary>
    private static string? Optional(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
