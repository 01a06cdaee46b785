namespace MedDocs.Simulator;

/// <summary>Realistic catalogs per server kind, so tests see the names users see.</summary>
public static class DefaultCatalogs
{
    public static IReadOnlyList<SimulatedModel> For(SimulatorKind kind) => kind switch
    {
        SimulatorKind.Ollama => Ollama(),
        SimulatorKind.OpenAI => OpenAI(),
        SimulatorKind.LlamaCpp => LlamaCpp(),
        SimulatorKind.Vllm => Vllm(),
        _ => LmStudio(),
    };

    public static IReadOnlyList<SimulatedModel> LmStudio() =>
    [
        new("qwen2.5-7b-instruct", SimulatedModelType.Llm, "lmstudio-community", "qwen2", ModelFormat.Gguf, "Q4_K_M", 32768, Loaded: true)
        {
            DisplayName = "Qwen2.5 7B Instruct", ParamsString = "7B", SizeBytes = 4_683_073_184, TrainedForToolUse = true,
        },
        new("qwen2.5-vl-3b-instruct", SimulatedModelType.Vlm, "mlx-community", "qwen2_5_vl", ModelFormat.Mlx, "4bit", 32768)
        {
            DisplayName = "Qwen2.5 VL 3B Instruct", ParamsString = "3B", SizeBytes = 2_247_880_704,
        },
        new("text-embedding-nomic-embed-text-v1.5", SimulatedModelType.Embeddings, "nomic-ai", "nomic-bert", ModelFormat.Gguf, "Q8_0", 2048, Loaded: true)
        {
            DisplayName = "Nomic Embed Text v1.5", ParamsString = "137M", SizeBytes = 146_146_432, EmbeddingDimensions = 768,
        },
        new("meditron-7b", SimulatedModelType.Llm, "TheBloke", "llama", ModelFormat.Gguf, "Q5_K_M", 4096)
        {
            DisplayName = "Meditron 7B", ParamsString = "7B", SizeBytes = 4_783_157_632,
        },
    ];

    public static IReadOnlyList<SimulatedModel> Ollama() =>
    [
        new("llama3.2:3b", SimulatedModelType.Llm, "library", "llama", ModelFormat.Gguf, "Q4_K_M", 131072, Loaded: true, LoadedContextLength: 4096)
        {
            ParamsString = "3.2B", SizeBytes = 2_019_393_189, TrainedForToolUse = true,
        },
        new("qwen2.5vl:3b", SimulatedModelType.Vlm, "library", "qwen25vl", ModelFormat.Gguf, "Q4_K_M", 128000)
        {
            ParamsString = "3.8B", SizeBytes = 3_200_000_000,
        },
        new("nomic-embed-text:latest", SimulatedModelType.Embeddings, "library", "nomic-bert", ModelFormat.Gguf, "F16", 2048)
        {
            ParamsString = "137M", SizeBytes = 274_302_450, EmbeddingDimensions = 768,
        },
    ];

    public static IReadOnlyList<SimulatedModel> OpenAI() =>
    [
        new("gpt-4o-mini", SimulatedModelType.Vlm, "system", "gpt", ModelFormat.Gguf, "unknown", 128000, Loaded: true)
        {
            ParamsString = "unknown", TrainedForToolUse = true,
        },
        new("text-embedding-3-small", SimulatedModelType.Embeddings, "system", "openai-embedding", ModelFormat.Gguf, "unknown", 8191, Loaded: true)
        {
            ParamsString = "unknown", EmbeddingDimensions = 1536,
        },
    ];

    /// <summary>llama-server serves one model, named by its -m path unless --alias renames it; loaded once the server is up.</summary>
    public static IReadOnlyList<SimulatedModel> LlamaCpp() =>
    [
        new("models/qwen2.5-1.5b-instruct-q4_k_m.gguf", SimulatedModelType.Llm, "llamacpp", "qwen2", ModelFormat.Gguf, "Q4_K_M", 32768, Loaded: true)
        {
            ParamsString = "1.5B", SizeBytes = 1_117_320_736,
        },
    ];

    /// <summary>A llama-server started with an embedding model and --embeddings.</summary>
    public static IReadOnlyList<SimulatedModel> LlamaCppEmbeddings() =>
    [
        new("models/nomic-embed-text-v1.5.Q8_0.gguf", SimulatedModelType.Embeddings, "llamacpp", "nomic-bert", ModelFormat.Gguf, "Q8_0", 2048, Loaded: true)
        {
            ParamsString = "137M", SizeBytes = 146_146_432, EmbeddingDimensions = 768,
        },
    ];

    public static IReadOnlyList<SimulatedModel> Vllm() =>
    [
        new("Qwen/Qwen2.5-7B-Instruct", SimulatedModelType.Llm, "vllm", "qwen2", ModelFormat.Gguf, "bf16", 32768, Loaded: true)
        {
            ParamsString = "7B",
        },
    ];
}
