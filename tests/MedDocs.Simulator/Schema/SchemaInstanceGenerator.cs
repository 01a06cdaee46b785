using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedDocs.Simulator;

/// <summary>
/// Builds a value that validates against a JSON schema, as a structured-output model would.
/// Every declared property is filled in (deep inside recursive schemas only the required ones); choices (enum values, numbers, strings) derive from a hash of
/// <c>seedText</c> and the value's path, so one document always gets the same answer and different
/// documents get different ones. Supports type (also type arrays with "null"), enum, const, properties,
/// items, min/maxItems, minimum/maximum (also exclusive), multipleOf for integers, min/maxLength,
/// common formats, anyOf/oneOf/allOf and local $ref. "pattern" is not honoured.
/// </summary>
public static class SchemaInstanceGenerator
{
    private const int MaxDepth = 12;

    // Beyond this depth arrays shrink to minItems and objects keep only required properties,
    // so recursive schemas ($ref to an ancestor) end in a valid, finite instance.
    private const int ShrinkDepth = 4;

    /// <param name="numberRangesEnforced">
    /// False imitates llama.cpp's grammar, which holds integers but not numbers to minimum/maximum: most number values
    /// then fall outside the range — far above it (even as an exponent too big for a double, e.g. 6249e6810) or below it.
    /// </param>
    /// <param name="fullStrings">Plain strings with a maxLength are written out to it in words (a verbose model).</param>
    public static JsonNode? Generate(JsonElement schema, string seedText, bool numberRangesEnforced = true, bool fullStrings = false) =>
        new Walker(schema, StableHash.Of(seedText), numberRangesEnforced, fullStrings).Value(schema, "$", "value", 0);

    private sealed class Walker(JsonElement root, ulong seed, bool numberRangesEnforced, bool fullStrings)
    {
        public JsonNode? Value(JsonElement schema, string path, string name, int depth)
        {
            if (schema.ValueKind == JsonValueKind.True || schema.ValueKind != JsonValueKind.Object)
            {
                return JsonValue.Create(Text(name, path, default));
            }

            if (schema.TryGetProperty("$ref", out JsonElement reference) && reference.GetString() is { } pointer)
            {
                return depth >= MaxDepth ? null : Value(Resolve(pointer), path, name, depth + 1);
            }

            if (schema.TryGetProperty("const", out JsonElement constant))
            {
                return JsonNode.Parse(constant.GetRawText());
            }

            if (schema.TryGetProperty("enum", out JsonElement options) && options.ValueKind == JsonValueKind.Array && options.GetArrayLength() > 0)
            {
                return JsonNode.Parse(options[Pick(path, options.GetArrayLength())].GetRawText());
            }

            if (FirstNonNull(schema, "anyOf") is { } any)
            {
                return Value(any, path, name, depth + 1);
            }

            if (FirstNonNull(schema, "oneOf") is { } one)
            {
                return Value(one, path, name, depth + 1);
            }

            if (schema.TryGetProperty("allOf", out JsonElement all) && all.ValueKind == JsonValueKind.Array)
            {
                return AllOf(all, path, name, depth);
            }

            return TypeOf(schema) switch
            {
                "object" => depth >= MaxDepth ? new JsonObject() : Object(schema, path, depth),
                "array" => depth >= MaxDepth ? new JsonArray() : Array(schema, path, name, depth),
                "integer" => JsonValue.Create(Integer(schema, path)),
                "number" => numberRangesEnforced || !HasRange(schema) ? JsonValue.Create(Number(schema, path)) : OutOfRange(path),
                "boolean" => JsonValue.Create(Pick(path, 2) == 1),
                "null" => null,
                _ => JsonValue.Create(Text(name, path, schema)),
            };
        }

        private JsonObject Object(JsonElement schema, string path, int depth)
        {
            JsonObject result = [];
            if (schema.TryGetProperty("properties", out JsonElement properties) && properties.ValueKind == JsonValueKind.Object)
            {
                HashSet<string>? keep = depth >= ShrinkDepth ? RequiredNames(schema) : null;
                foreach (JsonProperty property in properties.EnumerateObject())
                {
                    if (keep is not null && !keep.Contains(property.Name))
                    {
                        continue;
                    }

                    result[property.Name] = Value(property.Value, $"{path}.{property.Name}", property.Name, depth + 1);
                }
            }

            return result;
        }

        private JsonArray Array(JsonElement schema, string path, string name, int depth)
        {
            int? minItems = IntKeyword(schema, "minItems");
            int count = depth >= ShrinkDepth ? minItems ?? 0 : Math.Max(1, minItems ?? 1);
            if (IntKeyword(schema, "maxItems") is { } max)
            {
                count = Math.Min(count, max);
            }

            bool hasItems = schema.TryGetProperty("items", out JsonElement items);
            JsonArray result = [];
            for (int i = 0; i < count; i++)
            {
                string itemPath = $"{path}[{i}]";
                result.Add(hasItems ? ItemValue(items, itemPath, name, depth, i) : JsonValue.Create(Text(name, itemPath, default)));
            }

            return result;
        }

        // Enum items step through the options so uniqueItems arrays get distinct values.
        private JsonNode? ItemValue(JsonElement items, string itemPath, string name, int depth, int index)
        {
            if (items.ValueKind == JsonValueKind.Object && items.TryGetProperty("enum", out JsonElement options)
                && options.ValueKind == JsonValueKind.Array && options.GetArrayLength() > 0)
            {
                int n = options.GetArrayLength();
                return JsonNode.Parse(options[(Pick(itemPath[..itemPath.LastIndexOf('[')], n) + index) % n].GetRawText());
            }

            return Value(items, itemPath, Singular(name), depth + 1);
        }

        private JsonNode? AllOf(JsonElement all, string path, string name, int depth)
        {
            JsonNode? merged = null;
            foreach (JsonElement part in all.EnumerateArray())
            {
                JsonNode? value = Value(part, path, name, depth + 1);
                if (merged is JsonObject target && value is JsonObject source)
                {
                    foreach ((string key, JsonNode? node) in source.ToList())
                    {
                        source.Remove(key);
                        target[key] = node;
                    }
                }
                else
                {
                    merged ??= value;
                }
            }

            return merged;
        }

        private long Integer(JsonElement schema, string path)
        {
            long low = (long?)NumberKeyword(schema, "minimum") ?? ((long?)NumberKeyword(schema, "exclusiveMinimum") + 1) ?? 0;
            long high = (long?)NumberKeyword(schema, "maximum") ?? ((long?)NumberKeyword(schema, "exclusiveMaximum") - 1) ?? low + 100;
            if (high < low)
            {
                high = low;
            }

            long value = low + (long)(Hash(path) % (ulong)(high - low + 1));
            if (IntKeyword(schema, "multipleOf") is > 0 and int step)
            {
                long rounded = (long)Math.Ceiling(value / (double)step) * step;
                value = rounded <= high ? rounded : (long)Math.Ceiling(low / (double)step) * step;
            }

            return value;
        }

        private double Number(JsonElement schema, string path)
        {
            double low = NumberKeyword(schema, "minimum") ?? NumberKeyword(schema, "exclusiveMinimum") ?? 0;
            double high = NumberKeyword(schema, "maximum") ?? NumberKeyword(schema, "exclusiveMaximum") ?? low + 100;
            if (high <= low)
            {
                return low;
            }

            // Stay strictly inside the range so exclusive bounds hold too.
            double fraction = 0.1 + (0.8 * ((Hash(path) % 1000) / 1000.0));
            double value = Math.Round(low + ((high - low) * fraction), 2);
            return value > low && value < high ? value : (low + high) / 2;
        }

        private static bool HasRange(JsonElement schema) =>
            schema.TryGetProperty("minimum", out _) || schema.TryGetProperty("maximum", out _) ||
            schema.TryGetProperty("exclusiveMinimum", out _) || schema.TryGetProperty("exclusiveMaximum", out _);

        /// <summary>What a model writes when only the number grammar binds it: one in four answers stays in range.</summary>
        private JsonNode? OutOfRange(string path) => ((Hash(path) >> 8) % 4) switch
        {
            0 => JsonNode.Parse($"{(Hash(path) % 9000) + 1000}e{(Hash(path) % 9000) + 1000}"),
            1 => JsonValue.Create(-Math.Round((Hash(path) % 100) / 10.0 + 0.1, 1)),
            2 => JsonValue.Create((long)(Hash(path) % 100) + 2),
            _ => JsonValue.Create(Math.Round((Hash(path) % 1000) / 1000.0, 2)),
        };

        private string Text(string name, string path, JsonElement schema)
        {
            ulong h = Hash(path);
            string format = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out JsonElement f) ? f.GetString() ?? "" : "";
            string text = format switch
            {
                "date" => new DateOnly(2024, 1, 1).AddDays((int)(h % 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "date-time" => new DateTime(2024, 1, 1, 8, 0, 0, DateTimeKind.Utc).AddMinutes(h % 525_600).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                "time" => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(h % 1440)).ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                "email" => $"{Slug(name)}.{h % 10000}@example.org",
                "uri" or "url" => $"https://example.org/{Slug(name)}/{h % 10000}",
                "uuid" => new Guid(BitConverter.GetBytes(h).Concat(BitConverter.GetBytes(~h)).ToArray()).ToString(),
                _ => $"{Slug(name)}-{h % 0xFFFF:x4}",
            };

            if (schema.ValueKind == JsonValueKind.Object)
            {
                if (fullStrings && format.Length == 0 && IntKeyword(schema, "maxLength") is { } fill)
                {
                    text = Words(text, fill);
                }

                if (IntKeyword(schema, "maxLength") is { } max && text.Length > max)
                {
                    text = text[..max];
                }

                if (IntKeyword(schema, "minLength") is { } min && text.Length < min)
                {
                    text = text.PadRight(min, 'x');
                }
            }

            return text;
        }

        /// <summary><paramref name="start"/> followed by sentences up to <paramref name="length"/> characters, so a note reads as prose.</summary>
        private static string Words(string start, int length)
        {
            var builder = new System.Text.StringBuilder(start);
            while (builder.Length < length)
            {
                builder.Append(" The patient was seen and the findings were discussed in detail with the care team.");
            }
            return builder.ToString(0, length);
        }

        private JsonElement Resolve(string pointer)
        {
            if (!pointer.StartsWith('#'))
            {
                return default;
            }

            JsonElement current = root;
            foreach (string raw in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                string segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
                {
                    return default;
                }
            }

            return current;
        }

        private static JsonElement? FirstNonNull(JsonElement schema, string keyword)
        {
            if (!schema.TryGetProperty(keyword, out JsonElement choices) || choices.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            foreach (JsonElement choice in choices.EnumerateArray())
            {
                if (TypeOf(choice) != "null")
                {
                    return choice;
                }
            }

            return choices.GetArrayLength() > 0 ? choices[0] : null;
        }

        private static string TypeOf(JsonElement schema)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                return "string";
            }

            if (schema.TryGetProperty("type", out JsonElement type))
            {
                if (type.ValueKind == JsonValueKind.String)
                {
                    return type.GetString() ?? "string";
                }

                if (type.ValueKind == JsonValueKind.Array)
                {
                    string? first = null;
                    foreach (JsonElement t in type.EnumerateArray())
                    {
                        first ??= t.GetString();
                        if (t.GetString() is { } name && name != "null")
                        {
                            return name;
                        }
                    }

                    return first ?? "string";
                }
            }

            return schema.TryGetProperty("properties", out _) ? "object"
                : schema.TryGetProperty("items", out _) ? "array"
                : "string";
        }

        private static HashSet<string> RequiredNames(JsonElement schema) =>
            schema.TryGetProperty("required", out JsonElement required) && required.ValueKind == JsonValueKind.Array
                ? [.. required.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)]
                : [];

        private static double? NumberKeyword(JsonElement schema, string keyword) =>
            schema.TryGetProperty(keyword, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

        private static int? IntKeyword(JsonElement schema, string keyword) =>
            NumberKeyword(schema, keyword) is { } d ? (int)Math.Clamp(d, 0, int.MaxValue) : null;

        private int Pick(string path, int count) => (int)(Hash(path) % (ulong)count);

        private ulong Hash(string path) => StableHash.Combine(seed, path);

        private static string Singular(string name) => name.Length > 1 && name.EndsWith('s') ? name[..^1] : name;

        private static string Slug(string name) => name.Length == 0 ? "value" : name;
    }
}
