namespace MedDocs.Core.Providers;

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

    /// <summary>
    /// Ollama's /api/show capabilities ("completion", "embedding", "vision", "tools", …); null when the list is
    /// missing or empty (Ollama before 0.6 reports none), so the type stays unknown rather than guessed.
    /// </summary>
    public static string FromOllamaCapabilities(IReadOnlyCollection<string>? capabilities)
    {
        if (capabilities is not { Count: > 0 })
        {
            return Unknown;
        }
        if (capabilities.Contains("embedding", StringComparer.OrdinalIgnoreCase))
        {
            return Embeddings;
        }
        if (capabilities.Contains("vision", StringComparer.OrdinalIgnoreCase))
        {
            return Vlm;
        }
        return capabilities.Contains("completion", StringComparer.OrdinalIgnoreCase) ? Llm : Unknown;
    }

    /// <summary>
    /// A hint from a model's name, used only to pick a default when the user named no model and the server
    /// reports no types — never to refuse a model the user chose.
    /// </summary>
    public static bool NameSuggestsEmbeddings(string id) =>
        id.Contains("embed", StringComparison.OrdinalIgnoreCase) || id.Contains("bge-", StringComparison.OrdinalIgnoreCase) ||
        id.Contains("minilm", StringComparison.OrdinalIgnoreCase) || id.Contains("e5-", StringComparison.OrdinalIgnoreCase) ||
        id.Contains("gte-", StringComparison.OrdinalIgnoreCase);
}
