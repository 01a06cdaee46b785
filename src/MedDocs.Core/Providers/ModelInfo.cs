namespace MedDocs.Core.Providers;

/// <summary>
/// One model a server offers. Flat for Export-Csv. Loaded is null when the server cannot say
/// (plain OpenAI-compatible servers list models without a loaded state).
/// </summary>
public sealed record ModelInfo
{
    public required string Id { get; init; }
    /// <summary>llm, vlm, embeddings or unknown.</summary>
    public string Type { get; init; } = "unknown";
    public bool? Loaded { get; init; }
    /// <summary>gguf, mlx, … when the server says.</summary>
    public string? Format { get; init; }
    public string? Quantization { get; init; }
    /// <summary>The most context the model supports.</summary>
    public int? MaxContextLength { get; init; }
    /// <summary>The context it is loaded with (what actually fits a request).</summary>
    public int? LoadedContextLength { get; init; }
    public string? Publisher { get; init; }
    public string? Architecture { get; init; }

    /// <summary>The context length to size requests by: the loaded one when known.</summary>
    public int? EffectiveContextLength => LoadedContextLength ?? MaxContextLength;

    public bool IsEmbedding => Type == ModelTypes.Embeddings;
    public bool IsChat => Type is ModelTypes.Llm or ModelTypes.Vlm or ModelTypes.Unknown;
}

/// <summary>The model type names used in records.</summary>
public static class ModelTypes
{
    public const string Llm = "llm";
    public const string Vlm = "vlm";
    public const string Embeddings = "embeddings";
    public const string Unknown = "unknown";

    /// <summary>Maps servers' words ("embedding", "embeddings", "llm", "vlm") to ours.</summary>
    public static string Normalize(string? raw) => raw?.Trim().ToLowerInvariant() switch
    {
        "llm" => Llm,
        "vlm" => Vlm,
        "embedding" or "embeddings" => Embeddings,
        _ => Unknown,
    };

    /// <summary>Guesses from an id when the server gives no type (Ollama, plain OpenAI-compatible).</summary>
    public static string Guess(string id) =>
        id.Contains("embed", StringComparison.OrdinalIgnoreCase) || id.Contains("bge-", StringComparison.OrdinalIgnoreCase) ||
        id.Contains("minilm", StringComparison.OrdinalIgnoreCase)
            ? Embeddings
            : id.Contains("-vl", StringComparison.OrdinalIgnoreCase) || id.Contains("vision", StringComparison.OrdinalIgnoreCase) ||
              id.Contains("llava", StringComparison.OrdinalIgnoreCase)
                ? Vlm
                : Llm;
}
