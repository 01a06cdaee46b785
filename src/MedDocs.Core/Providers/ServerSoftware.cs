namespace MedDocs.Core.Providers;

/// <summary>
/// Which server program answers at an endpoint, as its own API identified it (a provider kind says what the user
/// asked for; this says what is really there, e.g. llama.cpp behind openai-compatible). Remedies are worded for it.
/// </summary>
public enum ServerSoftware
{
    /// <summary>Not identified: an OpenAI-compatible server that offers nothing beyond /v1/models.</summary>
    Unknown,
    LMStudio,
    Ollama,
    /// <summary>llama.cpp's llama-server (/props, /v1/models with "meta").</summary>
    LlamaCpp,
    /// <summary>vLLM's OpenAI server (/v1/models with "max_model_len").</summary>
    Vllm,
    OpenAI,
}
