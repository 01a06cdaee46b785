namespace MedDocs.Core.Providers;

/// <summary>
/// Remedies worded for the server that is really there: `lms …` only for LM Studio, `ollama …` only for Ollama,
/// llama-server's flags for llama.cpp, vLLM's for vLLM, and the MedDocs setting when the server is unknown.
/// Each names the server's own commands, and MedDocs' settings and commands only as concepts each host words.
/// </summary>
public static class ServerAdvice
{
    public static string Start(ServerTarget target) => target.Software switch
    {
        ServerSoftware.LMStudio => $"Start LM Studio's server with `lms server start` (or the Developer tab), and check the port in {target.Where}.",
        ServerSoftware.Ollama => $"Start Ollama with `ollama serve`, and check the port in {target.Where}.",
        ServerSoftware.LlamaCpp => $"Start llama-server (`llama-server -m <model>.gguf --port <port>`), and check the port in {target.Where}.",
        ServerSoftware.Vllm => $"Start vLLM (`vllm serve <model>`), and check the port in {target.Where}.",
        _ => $"Check that the server is running at {target.Where} and that the endpoint URL and port are right.",
    };

    /// <summary>The model is not on the server.</summary>
    public static HostMessage GetModel(ServerTarget target, string? model) => target.Software switch
    {
        ServerSoftware.LMStudio => HostMessage.Of($"Download it with `lms get {model ?? "<model>"}`, or set {Model} (MEDDOCS_MODEL) to a model {HostCommand.Health} lists."),
        ServerSoftware.Ollama => HostMessage.Of($"Pull it with `ollama pull {model ?? "<model>"}`, or set {Model} (MEDDOCS_MODEL) to a model {HostCommand.Health} lists."),
        ServerSoftware.LlamaCpp => HostMessage.Of($"llama-server serves the one model it was started with (-m, named by --alias); restart it with the model you want, or set {Model} to the name it lists."),
        ServerSoftware.Vllm => HostMessage.Of($"vLLM serves the models it was started with (`vllm serve <model>`); set {Model} (MEDDOCS_MODEL) to one it lists."),
        _ => HostMessage.Of($"Set {Model} (MEDDOCS_MODEL) to a model the server lists ({HostCommand.Health} shows them)."),
    };

    /// <summary>The model is there but not loaded (only LM Studio and Ollama load on demand).</summary>
    public static string Load(ServerTarget target, string? model) => target.Software switch
    {
        ServerSoftware.Ollama => $"Load it with `ollama run {model ?? "<model>"}` (Ollama also loads it on first use).",
        ServerSoftware.LMStudio => $"Load it with `lms load {model ?? "<model>"}` (or in LM Studio's Developer tab), or turn on JIT loading.",
        _ => "Start the server with the model loaded.",
    };

    /// <summary>The input does not fit the context the server runs the model with.</summary>
    public static string LargerContext(ServerTarget target, string? model) => target.Software switch
    {
        ServerSoftware.LMStudio => $"Load the model with a larger context: `lms load {model ?? "<model>"} --context-length <N>`.",
        ServerSoftware.Ollama => "Give the model a larger context: `OLLAMA_CONTEXT_LENGTH=<N> ollama serve`, or `PARAMETER num_ctx <N>` in a Modelfile.",
        ServerSoftware.LlamaCpp => "Restart llama-server with a larger -c: each request gets -c divided by --parallel slots, so raise -c or lower --parallel.",
        ServerSoftware.Vllm => "Restart vLLM with a larger --max-model-len (up to what the model supports).",
        ServerSoftware.OpenAI => "Use a model with a larger context window.",
        _ => "Raise the server's context size; when the server does not report it, set the ContextLength setting (MEDDOCS_CONTEXT_LENGTH) to its real size so MedDocs sends smaller parts.",
    };

    /// <summary>No embedding model to use.</summary>
    public static string GetEmbeddingModel(ServerTarget target) => target.Software switch
    {
        ServerSoftware.LMStudio => "Download one with `lms get nomic-embed-text-v1.5`, or set the EmbeddingModel setting (MEDDOCS_EMBEDDING_MODEL) to an embedding model LM Studio lists.",
        ServerSoftware.Ollama => "Pull one with `ollama pull nomic-embed-text`, or set the EmbeddingModel setting (MEDDOCS_EMBEDDING_MODEL) to an embedding model Ollama lists.",
        ServerSoftware.LlamaCpp => "Start a llama-server with an embedding model and --embeddings (e.g. `llama-server -m nomic-embed-text-v1.5.Q8_0.gguf --embeddings`) and point the endpoint at it.",
        ServerSoftware.Vllm => "Serve an embedding model with vLLM and set the EmbeddingModel setting (MEDDOCS_EMBEDDING_MODEL) to its name.",
        _ => "Set the EmbeddingModel setting (MEDDOCS_EMBEDDING_MODEL) to an embedding model the server offers, or use the builtin provider.",
    };

    /// <summary>The server refused to embed with the requested model.</summary>
    public static HostMessage NotAnEmbeddingModel(ServerTarget target) => target.Software switch
    {
        ServerSoftware.LlamaCpp => "This llama-server was not started for embeddings: start one with an embedding model and --embeddings, and point the endpoint at it.",
        _ => HostMessage.Of($"Set {HostOption.Setting("EmbeddingModel")} (MEDDOCS_EMBEDDING_MODEL) to a model the server can embed with ({HostCommand.Health} shows each model's type where the server reports it)."),
    };

    private static HostOption Model => HostOption.Setting("Model");
}
