using System.Text.Json;

namespace MedDocs.Core.Providers;

/// <summary>Reads the model lists of each server's own API into <see cref="ModelInfo"/>.</summary>
internal static class ModelListParser
{
    /// <summary>OpenAI's /v1/models: ids only; LM Studio lists every downloaded model here, loaded or not.</summary>
    public static IReadOnlyList<string>? OpenAIIds(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        return data.EnumerateArray()
            .Select(m => Str(m, "id"))
            .Where(id => id is not null)
            .Select(id => id!)
            .ToList();
    }

    /// <summary>LM Studio 0.4+ /api/v1/models: loaded_instances carries the loaded state.</summary>
    public static IReadOnlyList<ModelInfo>? LmStudioV1(JsonElement root)
    {
        if (!root.TryGetProperty("models", out var models) || models.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var result = new List<ModelInfo>();
        foreach (var m in models.EnumerateArray())
        {
            var id = Str(m, "key") ?? Str(m, "id");
            if (id is null)
            {
                continue;
            }
            var instances = m.TryGetProperty("loaded_instances", out var li) && li.ValueKind == JsonValueKind.Array ? li : default;
            var loaded = instances.ValueKind == JsonValueKind.Array && instances.GetArrayLength() > 0;
            int? loadedContext = null;
            if (loaded && instances[0].TryGetProperty("config", out var config))
            {
                loadedContext = Int(config, "context_length");
            }
            var vision = m.TryGetProperty("capabilities", out var caps) && caps.ValueKind == JsonValueKind.Object &&
                         caps.TryGetProperty("vision", out var v) && v.ValueKind == JsonValueKind.True;
            var type = ModelTypes.Normalize(Str(m, "type"));
            if (type == ModelTypes.Llm && vision)
            {
                type = ModelTypes.Vlm;
            }
            var quantization = m.TryGetProperty("quantization", out var q)
                ? q.ValueKind == JsonValueKind.Object ? Str(q, "name") : q.ValueKind == JsonValueKind.String ? q.GetString() : null
                : null;
            result.Add(new ModelInfo
            {
                Id = id,
                Type = type,
                Loaded = loaded,
                Format = Str(m, "format"),
                Quantization = quantization,
                MaxContextLength = Int(m, "max_context_length"),
                LoadedContextLength = loadedContext,
                Publisher = Str(m, "publisher"),
                Architecture = Str(m, "architecture") ?? Str(m, "arch"),
            });
        }
        return result;
    }

    /// <summary>LM Studio's REST /api/v0/models: state is "loaded" or "not-loaded".</summary>
    public static IReadOnlyList<ModelInfo>? LmStudioV0(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var result = new List<ModelInfo>();
        foreach (var m in data.EnumerateArray())
        {
            var id = Str(m, "id");
            var state = Str(m, "state");
            if (id is null || state is null)
            {
                // Without a state this is not LM Studio's REST API.
                return null;
            }
            result.Add(new ModelInfo
            {
                Id = id,
                Type = ModelTypes.Normalize(Str(m, "type")),
                Loaded = state.Equals("loaded", StringComparison.OrdinalIgnoreCase),
                Format = Str(m, "compatibility_type"),
                Quantization = Str(m, "quantization"),
                MaxContextLength = Int(m, "max_context_length"),
                LoadedContextLength = Int(m, "loaded_context_length"),
                Publisher = Str(m, "publisher"),
                Architecture = Str(m, "arch"),
            });
        }
        return result;
    }

    /// <summary>Ollama's /api/tags (downloaded) joined with /api/ps (loaded).</summary>
    public static IReadOnlyList<ModelInfo>? Ollama(JsonElement tags, JsonElement? ps)
    {
        if (!tags.TryGetProperty("models", out var models) || models.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var loaded = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        if (ps is { } running && running.TryGetProperty("models", out var runningModels) && runningModels.ValueKind == JsonValueKind.Array)
        {
            foreach (var r in runningModels.EnumerateArray())
            {
                if ((Str(r, "name") ?? Str(r, "model")) is { } name)
                {
                    loaded[name] = Int(r, "context_length");
                }
            }
        }
        var result = new List<ModelInfo>();
        foreach (var m in models.EnumerateArray())
        {
            var id = Str(m, "name") ?? Str(m, "model");
            if (id is null)
            {
                continue;
            }
            var details = m.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            var isLoaded = loaded.TryGetValue(id, out var context);
            result.Add(new ModelInfo
            {
                Id = id,
                Type = ModelTypes.Guess(id),
                Loaded = ps is null ? null : isLoaded,
                Format = details.ValueKind == JsonValueKind.Object ? Str(details, "format") : null,
                Quantization = details.ValueKind == JsonValueKind.Object ? Str(details, "quantization_level") : null,
                LoadedContextLength = isLoaded ? context : null,
                Architecture = details.ValueKind == JsonValueKind.Object ? Str(details, "family") : null,
            });
        }
        return result;
    }

    public static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;
}
