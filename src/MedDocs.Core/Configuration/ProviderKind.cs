namespace MedDocs.Core.Configuration;

/// <summary>Which kind of model server MedDocs talks to.</summary>
public enum ProviderKind
{
    /// <summary>LM Studio if it answers, else Ollama, else the builtin engines.</summary>
    Auto,
    LMStudio,
    Ollama,
    OpenAI,
    /// <summary>Any server that speaks the OpenAI REST shapes at a base URL the user gives.</summary>
    OpenAICompatible,
    /// <summary>No server: rules and hashing engines only.</summary>
    Builtin,
}
