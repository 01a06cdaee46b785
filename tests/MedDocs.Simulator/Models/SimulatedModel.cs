namespace MedDocs.Simulator;

/// <summary>One downloaded model in the simulated server's catalog.</summary>
/// <param name="Id">Identifier clients send as <c>model</c>.</param>
/// <param name="LoadedContextLength">Context the model is loaded with; null means its maximum.</param>
public sealed record SimulatedModel(
    string Id,
    SimulatedModelType Type,
    string Publisher,
    string Arch,
    ModelFormat Format,
    string Quantization,
    int MaxContextLength,
    bool Loaded = false,
    int? LoadedContextLength = null)
{
    /// <summary>Human name for LM Studio 0.4's <c>display_name</c>; derived from <see cref="Id"/> when null.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Parameter count as servers print it ("7B", "137M").</summary>
    public string ParamsString { get; init; } = "7B";

    public long SizeBytes { get; init; } = 4_683_073_184;

    /// <summary>Vector length returned by an embeddings model.</summary>
    public int EmbeddingDimensions { get; init; } = 768;

    public bool TrainedForToolUse { get; init; }

    /// <summary>Ollama: a Modelfile "PARAMETER num_ctx N", shown by /api/show; the context the model is loaded with.</summary>
    public int? NumCtxParameter { get; init; }

    public bool IsGenerative => Type is SimulatedModelType.Llm or SimulatedModelType.Vlm;

    /// <summary>Context a prompt must fit into: the loaded context when loaded, else the maximum (JIT loads at maximum).</summary>
    public int EffectiveContextLength => Loaded ? LoadedContextLength ?? MaxContextLength : MaxContextLength;

    internal string WireType => Type switch
    {
        SimulatedModelType.Vlm => "vlm",
        SimulatedModelType.Embeddings => "embeddings",
        _ => "llm",
    };

    internal string WireFormat => Format == ModelFormat.Mlx ? "mlx" : "gguf";
}
