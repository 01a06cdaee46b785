namespace MedDocs.Core.Configuration;

/// <summary>The names people type for a <see cref="ProviderKind"/>, and the one we print.</summary>
public static class ProviderNames
{
    /// <summary>Canonical names, in the order we list them in messages.</summary>
    public static IReadOnlyList<string> Canonical { get; } =
        ["auto", "lmstudio", "ollama", "openai", "openai-compatible", "builtin"];

    /// <summary>Case-insensitive; accepts the canonical names plus lm-studio, compatible and OpenAICompatible (the cmdlets' -Provider value).</summary>
    public static bool TryParse(string? text, out ProviderKind provider)
    {
        provider = (text ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "auto" => ProviderKind.Auto,
            "lmstudio" or "lm-studio" => ProviderKind.LMStudio,
            "ollama" => ProviderKind.Ollama,
            "openai" => ProviderKind.OpenAI,
            "openai-compatible" or "openaicompatible" or "compatible" => ProviderKind.OpenAICompatible,
            "builtin" => ProviderKind.Builtin,
            _ => (ProviderKind)(-1),
        };
        return Enum.IsDefined(provider);
    }

    /// <summary>The canonical name, as used in settings and output records.</summary>
    public static string Format(ProviderKind provider) => provider switch
    {
        ProviderKind.Auto => "auto",
        ProviderKind.LMStudio => "lmstudio",
        ProviderKind.Ollama => "ollama",
        ProviderKind.OpenAI => "openai",
        ProviderKind.OpenAICompatible => "openai-compatible",
        ProviderKind.Builtin => "builtin",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider kind."),
    };
}
