using System.Globalization;
using System.Text.Json;

namespace MedDocs.Core.Configuration;

/// <summary>
/// Reads the JSON config file: one object whose keys are setting names (case-insensitive).
/// Comments and trailing commas are allowed because people edit this file by hand; unknown keys
/// are errors so a typo never goes unnoticed.
/// </summary>
internal static class JsonConfigFile
{
    private const string SchemaKey = "$schema";

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static IReadOnlyDictionary<SettingDefinition, RawSetting> Read(string path)
    {
        var fileName = Path.GetFileName(path);
        var text = FileText.Read(path, SettingSource.ConfigFile, fileName);
        using var document = Parse(text, path, fileName);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new SettingsException(fileName, SettingSource.ConfigFile, path,
                $"Config file {path} must hold one JSON object of settings, e.g. {{\"Provider\": \"lmstudio\"}}; it holds a {document.RootElement.ValueKind}.");
        }

        var values = new Dictionary<SettingDefinition, RawSetting>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name == SchemaKey)
            {
                continue;
            }
            var definition = SettingsCatalog.Find(property.Name) ?? throw UnknownKey(property.Name, path);
            if (values.ContainsKey(definition))
            {
                throw new SettingsException(definition.Name, SettingSource.ConfigFile, path,
                    $"Config file {path} sets {definition.Name} more than once (keys are case-insensitive). Keep one.");
            }
            var valueText = ScalarText(property.Value, definition, path);
            if (!string.IsNullOrWhiteSpace(valueText))
            {
                values[definition] = new RawSetting(valueText.Trim(), SettingSource.ConfigFile, property.Name, path);
            }
        }
        return values;
    }

    private static JsonDocument Parse(string text, string path, string fileName)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException exception)
        {
            // JsonException counts lines and bytes from 0; people count from 1.
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            throw new SettingsException(fileName, SettingSource.ConfigFile, path,
                string.Create(CultureInfo.InvariantCulture,
                    $"Config file {path} is not valid JSON at line {line}, column {column}. Fix the syntax there (keys and strings in double quotes, commas between entries) or point {SettingsCatalog.ConfigFileVariable} at another file."));
        }
    }

    /// <summary>Strings as they are, numbers as written, true/false; null means "not set".</summary>
    private static string? ScalarText(JsonElement value, SettingDefinition definition, string path) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => null,
        JsonValueKind.Array when definition.IsList && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            string.Join("; ", value.EnumerateArray().Select(e => e.GetString()!.Trim())),
        _ => throw new SettingsException(definition.Name, SettingSource.ConfigFile, path,
            $"Invalid setting {definition.Name}: {definition.Name} (config file {path}) is a JSON {value.ValueKind.ToString().ToLowerInvariant()}: use a single string, number or true/false; {definition.Allowed}."),
    };

    private static SettingsException UnknownKey(string key, string path) =>
        new(key, SettingSource.ConfigFile, path,
            $"Config file {path} has an unknown setting '{key}'.{NameSuggestion.Hint(key, SettingsCatalog.Definitions.Select(d => d.Name))} Valid names are: {SettingsCatalog.NameList}.");
}
