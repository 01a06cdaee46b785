namespace MedDocs.Simulator;

/// <summary>Which real server the simulator imitates: routes, error shapes and default catalog follow it.</summary>
public enum SimulatorKind
{
    LMStudio,
    Ollama,
    OpenAI,
    /// <summary>llama.cpp's llama-server: one model, -c split over --parallel slots, unenforced number ranges.</summary>
    LlamaCpp,
    /// <summary>vLLM's OpenAI server: max_model_len covers prompt and max_tokens together.</summary>
    Vllm,
}
