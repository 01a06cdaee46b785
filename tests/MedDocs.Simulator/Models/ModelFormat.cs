namespace MedDocs.Simulator;

/// <summary>Weights format ("compatibility_type" in LM Studio's REST API).</summary>
public enum ModelFormat
{
    Gguf,
    Mlx,
}
