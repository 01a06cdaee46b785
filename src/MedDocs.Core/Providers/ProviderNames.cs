using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>The names providers go by in records, settings and messages.</summary>
public static class ProviderNames
{
    public static string Of(ProviderKind kind) => kind switch
    {
        ProviderKind.Auto => "auto",
        ProviderKind.LMStudio => "lmstudio",
        ProviderKind.Ollama => "ollama",
        ProviderKind.OpenAI => "openai",
        ProviderKind.OpenAICompatible => "openai-compatible",
        ProviderKind.Builtin => "builtin",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
