namespace MedDocs.Core.Providers;

/// <summary>
/// One model a server offers. Flat for Export-Csv. Loaded is null when the server cannot say
/// (plain OpenAI-compatible servers list models without a loaded state); Type is "unknown" when the
/// server does not say what the model is for — MedDocs never guesses a type from a model's name.
/// </summary>
public sealed record ModelInfo
{
    public required string Id { get; init; }
    /// <summary>llm, vlm, embeddings, or unknown when the server does not report it.</summary>
    public string Type { get; init; } = ModelTypes.Unknown;
    public bool? Loaded { get; init; }
    /// <summary>gguf, mlx, … when the server says.</summary>
    public string? Format { get; init; }
    public string? Quantization { get; init; }
    /// <summary>The most context the model supports (trained or configured maximum).</summary>
    public int? MaxContextLength { get; init; }
    /// <summary>The context it is loaded with.</summary>
    public int? LoadedContextLength { get; init; }
    /// <summary>
    /// Tokens one request may use, when the server runs requests in less than the loaded context: llama.cpp
    /// splits -c across its --parallel slots; Ollama runs an unloaded model with num_ctx, not its maximum.
    /// </summary>
    public int? RequestContextLength { get; init; }
    public string? Publisher { get; init; }
    public string? Architecture { get; init; }

    /// <summary>The context length to size requests by: per request when known, else loaded, else the maximum.</summary>
    public int? EffectiveContextLength => RequestContextLength ?? LoadedContextLength ?? MaxContextLength;

    /// <summary>
    /// Tokens a request may use: what the server reports per request or loaded; for a model not loaded yet, the
    /// server will load it with its own default (LM Studio and Ollama default to 4096, not the maximum), which it
    /// does not report, so <paramref name="fallback"/> (the ContextLength setting) is used, capped at the maximum.
    /// </summary>
    public int ContextFor(int fallback)
    {
        if ((RequestContextLength ?? LoadedContextLength) is int known)
        {
            return known;
        }
        if (MaxContextLength is not int maximum)
        {
            return fallback;
        }
        return Loaded == false ? Math.Min(fallback, maximum) : maximum;
    }

    public bool IsEmbedding => Type == ModelTypes.Embeddings;
    public bool IsChat => Type is ModelTypes.Llm or ModelTypes.Vlm or ModelTypes.Unknown;
}
