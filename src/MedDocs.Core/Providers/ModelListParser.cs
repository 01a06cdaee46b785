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

    /// <summary>
    /// Ollama's /api/tags (downloaded) joined with /api/ps (loaded, with the context it runs with) and, per model,
    /// /api/show (capabilities → type; model_info "&lt;arch&gt;.context_length" → maximum; a num_ctx parameter →
    /// the context an unloaded model will get). Shapes: docs.ollama.com/api (tags, ps, show).
    /// </summary>
    public static IReadOnlyList<ModelInfo>? Ollama(JsonElement tags, JsonElement? ps, IReadOnlyDictionary<string, JsonElement> shows)
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
            var show = shows.TryGetValue(id, out var shown) ? shown : default;
            result.Add(new ModelInfo
            {
                Id = id,
                Type = ModelTypes.FromOllamaCapabilities(Strings(show, "capabilities")),
                Loaded = ps is null ? null : isLoaded,
                Format = details.ValueKind == JsonValueKind.Object ? Str(details, "format") : null,
                Quantization = details.ValueKind == JsonValueKind.Object ? Str(details, "quantization_level") : null,
                MaxContextLength = OllamaTrainedContext(show),
                LoadedContextLength = isLoaded ? context : null,
                RequestContextLength = isLoaded ? context : OllamaNumCtx(show),
                Architecture = details.ValueKind == JsonValueKind.Object ? Str(details, "family") : null,
            });
        }
        return result;
    }

    /// <summary>
    /// llama.cpp's llama-server: /v1/models lists the one model it serves with "meta" (n_ctx_train, …; null while
    /// loading), and /props gives the per-request context: default_generation_settings.n_ctx is -c divided over the
    /// --parallel slots (tools/server/README.md, "GET /props" and "GET /v1/models"). The server says nothing of
    /// embeddings-only mode, so the type is unknown unless /props reports vision.
    /// </summary>
    public static IReadOnlyList<ModelInfo>? LlamaCpp(JsonElement models, JsonElement? props)
    {
        if (!models.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        int? slotContext = null;
        var vision = false;
        if (props is { ValueKind: JsonValueKind.Object } p)
        {
            if (p.TryGetProperty("default_generation_settings", out var settings))
            {
                slotContext = Int(settings, "n_ctx");
            }
            vision = p.TryGetProperty("modalities", out var modalities) && modalities.ValueKind == JsonValueKind.Object &&
                     modalities.TryGetProperty("vision", out var v) && v.ValueKind == JsonValueKind.True;
        }
        var result = new List<ModelInfo>();
        foreach (var m in data.EnumerateArray())
        {
            if (Str(m, "id") is not { } id)
            {
                continue;
            }
            var meta = m.TryGetProperty("meta", out var mt) && mt.ValueKind == JsonValueKind.Object ? mt : default;
            result.Add(new ModelInfo
            {
                Id = id,
                Type = vision ? ModelTypes.Vlm : ModelTypes.Unknown,
                Loaded = meta.ValueKind == JsonValueKind.Object,
                Format = "gguf",
                MaxContextLength = meta.ValueKind == JsonValueKind.Object ? Int(meta, "n_ctx_train") : null,
                RequestContextLength = slotContext,
                Publisher = Str(m, "owned_by"),
            });
        }
        return result;
    }

    /// <summary>
    /// vLLM's /v1/models: each served model with "max_model_len", the most a request may hold (prompt and answer
    /// together). vLLM loads what it serves, so every listed model is loaded.
    /// </summary>
    public static IReadOnlyList<ModelInfo>? Vllm(JsonElement models)
    {
        if (!models.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        return data.EnumerateArray()
            .Where(m => Str(m, "id") is not null)
            .Select(m => new ModelInfo
            {
                Id = Str(m, "id")!,
                Loaded = true,
                MaxContextLength = Int(m, "max_model_len"),
                LoadedContextLength = Int(m, "max_model_len"),
                Publisher = Str(m, "owned_by"),
            })
            .ToList();
    }

    /// <summary>Which server a /v1/models answer comes from, when its shape says (llama.cpp's "meta", vLLM's "max_model_len").</summary>
    public static ServerSoftware SoftwareOfModelList(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return ServerSoftware.Unknown;
        }
        foreach (var m in data.EnumerateArray())
        {
            if (m.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            if (m.TryGetProperty("meta", out _) || Str(m, "owned_by") == "llamacpp")
            {
                return ServerSoftware.LlamaCpp;
            }
            if (m.TryGetProperty("max_model_len", out _) || Str(m, "owned_by") == "vllm")
            {
                return ServerSoftware.Vllm;
            }
        }
        return ServerSoftware.Unknown;
    }

    private static int? OllamaTrainedContext(JsonElement show)
    {
        if (show.ValueKind != JsonValueKind.Object || !show.TryGetProperty("model_info", out var info) || info.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        // Keys are prefixed by the architecture: "llama.context_length", "nomic-bert.context_length", …
        var architecture = Str(info, "general.architecture");
        if (architecture is not null && Int(info, architecture + ".context_length") is int exact)
        {
            return exact;
        }
        foreach (var property in info.EnumerateObject())
        {
            if (property.Name.EndsWith(".context_length", StringComparison.Ordinal) && property.Value.TryGetInt32(out var value))
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>"num_ctx 8192" in /api/show's parameters text (a Modelfile PARAMETER), else null.</summary>
    private static int? OllamaNumCtx(JsonElement show)
    {
        if (Str(show, "parameters") is not { } parameters)
        {
            return null;
        }
        foreach (var line in parameters.Split('\n'))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && parts[0] == "num_ctx" && int.TryParse(parts[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }
        }
        return null;
    }

    private static List<string>? Strings(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : null;

    public static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;
}
