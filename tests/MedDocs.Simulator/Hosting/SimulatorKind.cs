namespace MedDocs.Simulator;

/// <summary>Which real server the simulator imitates: routes, error shapes and default catalog follow it.</summary>
public enum SimulatorKind
{
    LMStudio,
    Ollama,
    OpenAI,
}
