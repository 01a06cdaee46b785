using System.Text.Json.Nodes;

namespace MedDocs.Simulator;

/// <summary>The errors each real server sends, worded and shaped as that server does.
/// LM Studio texts are taken from its API answers as users report them; llama.cpp's from tools/server
/// (format_error_response in server-common.cpp, the checks in server-context.cpp); vLLM's from its OpenAI server
/// (entrypoints/openai serving_engine: VLLMValidationError, ErrorResponse); Ollama's from its Go router.</summary>
internal sealed class ErrorCatalog(SimulatorKind kind)
{
    public SimulatedError UnknownRoute(string method, string path) => kind switch
    {
        // LM Studio answers unknown routes with HTTP 200 and an error body: a client must read the body.
        SimulatorKind.LMStudio => new(200, $"Unexpected endpoint or method. ({method} {path})", PlainString: true),
        SimulatorKind.OpenAI => new(404, $"Invalid URL ({method} {path})"),
        // llama-server's error handler: every 404 becomes format_error_response("File Not Found", ERROR_TYPE_NOT_FOUND).
        SimulatorKind.LlamaCpp => new(404, "File Not Found", Type: "not_found_error", Shape: ErrorShape.LlamaCpp),
        SimulatorKind.Vllm => new(404, "Not Found", Shape: ErrorShape.FastApiDetail),
        _ => new(404, "404 page not found", PlainTextBody: true),
    };

    public SimulatedError NoModelsLoaded() => kind switch
    {
        SimulatorKind.LMStudio => new(400, "No models loaded. Please load a model in the developer page or use the `lms load` command.", PlainString: true),
        // llama-server answers 503 until its one model has loaded (README: GET /health).
        SimulatorKind.LlamaCpp => new(503, "Loading model", Type: "unavailable_error", Shape: ErrorShape.LlamaCpp),
        _ => ModelNotFound("(none)", []),
    };

    public SimulatedError ModelRequired() => kind switch
    {
        SimulatorKind.OpenAI => new(400, "you must provide a model parameter", Param: "model"),
        SimulatorKind.Vllm => ModelNotFound("", []),
        _ => new(400, "model is required", Param: "model"),
    };

    public SimulatedError ModelNotFound(string id, IEnumerable<string> available) => kind switch
    {
        SimulatorKind.LMStudio => new(
            400,
            $"Invalid model identifier \"{id}\". Please specify a valid downloaded model (e.g., {string.Join(", ", available.Take(3))}).",
            Param: "model",
            Code: "model_not_found"),
        SimulatorKind.OpenAI => new(404, $"The model `{id}` does not exist or you do not have access to it.", Code: "model_not_found"),
        SimulatorKind.Vllm => new(404, $"The model `{id}` does not exist.", Type: "NotFoundError", Param: "model", Shape: ErrorShape.Vllm),
        _ => new(404, $"model \"{id}\" not found, try pulling it first", Type: "not_found_error"),
    };

    public SimulatedError NotEmbeddingModel(string id) => kind switch
    {
        SimulatorKind.LMStudio => new(400, $"Failed to load model \"{id}\". Error: Model is not embedding.", Param: "model", Code: "model_not_found"),
        SimulatorKind.OpenAI => new(400, $"The model `{id}` does not support embeddings.", Param: "model"),
        // llama-server started without --embeddings (handle_embeddings_impl).
        SimulatorKind.LlamaCpp => new(501, "This server does not support embeddings. Start it with `--embeddings`", Type: "not_supported_error", Shape: ErrorShape.LlamaCpp),
        SimulatorKind.Vllm => new(400, "The model does not support Embeddings API", Type: "BadRequestError", Shape: ErrorShape.Vllm),
        _ => new(400, "this model does not support embeddings", Type: "api_error"),
    };

    public SimulatedError NotChatModel(string id) => kind switch
    {
        SimulatorKind.LMStudio => new(400, $"Failed to load model \"{id}\". Error: Model is not llm.", Param: "model", Code: "model_not_found"),
        SimulatorKind.OpenAI => new(400, $"The model `{id}` is not a chat model.", Param: "model"),
        // llama-server started with --embeddings refuses completions.
        SimulatorKind.LlamaCpp => new(501, "This server does not support completions. Start it without `--embeddings`", Type: "not_supported_error", Shape: ErrorShape.LlamaCpp),
        SimulatorKind.Vllm => new(400, "The model does not support Chat Completions API", Type: "BadRequestError", Shape: ErrorShape.Vllm),
        _ => new(400, $"\"{id}\" does not support chat", Type: "api_error"),
    };

    public SimulatedError ImagesNotSupported(string id) => kind switch
    {
        SimulatorKind.LMStudio => new(400, "Model does not support images. Please use a model that does.", PlainString: true),
        SimulatorKind.OpenAI => new(400, "Invalid content type. image_url is only supported by certain models.", Param: "messages"),
        SimulatorKind.LlamaCpp => new(500, "image input is not supported - hint: if this is unexpected, you may need to provide the mmproj", Type: "server_error", Shape: ErrorShape.LlamaCpp),
        SimulatorKind.Vllm => new(400, $"{id} is not a multimodal model", Type: "BadRequestError", Shape: ErrorShape.Vllm),
        _ => new(400, $"\"{id}\" does not support image input", Type: "api_error"),
    };

    /// <summary>The prompt alone does not fit. Null for Ollama, which silently truncates the prompt to its context instead of failing.</summary>
    public SimulatedError? ContextOverflow(int promptTokens, int contextLength) => kind switch
    {
        SimulatorKind.LMStudio => new(
            400,
            $"Trying to keep the first {promptTokens} tokens when context the overflows. However, the model is loaded with context length of only {contextLength} tokens, which is not enough. Try to load the model with a larger context length, or provide a shorter input",
            PlainString: true),
        SimulatorKind.OpenAI => new(
            400,
            $"This model's maximum context length is {contextLength} tokens. However, your messages resulted in {promptTokens} tokens. Please reduce the length of the messages.",
            Param: "messages",
            Code: "context_length_exceeded"),
        // server-context.cpp: n_tokens >= slot n_ctx → ERROR_TYPE_EXCEED_CONTEXT_SIZE; the error's to_json adds both counts.
        SimulatorKind.LlamaCpp => LlamaCppContext($"request ({promptTokens} tokens) exceeds the available context size ({contextLength} tokens), try increasing it", promptTokens, contextLength),
        SimulatorKind.Vllm => VllmContext(promptTokens, 0, contextLength),
        _ => null,
    };

    /// <summary>vLLM checks prompt and max_tokens together against max_model_len (VLLMValidationError).</summary>
    public static SimulatedError VllmContext(int promptTokens, int maxTokens, int maxModelLen) => new(
        400,
        $"This model's maximum context length is {maxModelLen} tokens. However, you requested {maxTokens} output tokens and your prompt contains at least {promptTokens} input tokens, for a total of at least {promptTokens + maxTokens} tokens. Please reduce the length of the input prompt or the number of requested output tokens. (parameter=input_tokens, value={promptTokens})",
        Type: "BadRequestError",
        Param: "input_tokens",
        Shape: ErrorShape.Vllm);

    /// <summary>
    /// One embedding input too long for llama-server. It is not split: over the physical batch (-ub) the request
    /// fails with HTTP 500, over the slot's context with exceed_context_size_error (server-context.cpp, in that order).
    /// </summary>
    public static SimulatedError LlamaCppEmbeddingTooLarge(int tokens, int physicalBatch, int slotContext) => tokens > physicalBatch
        ? new(500, $"input ({tokens} tokens) is too large to process. increase the physical batch size (current batch size: {physicalBatch})", Type: "server_error", Shape: ErrorShape.LlamaCpp)
        : LlamaCppContext($"input ({tokens} tokens) is larger than the max context size ({slotContext} tokens). skipping", tokens, slotContext);

    private static SimulatedError LlamaCppContext(string message, int promptTokens, int contextLength) => new(
        400, message, Type: "exceed_context_size_error", Shape: ErrorShape.LlamaCpp)
    {
        Extra = new JsonObject { ["n_prompt_tokens"] = promptTokens, ["n_ctx"] = contextLength },
    };

    /// <summary>Null where the response_format is accepted: LM Studio rejects OpenAI's <c>json_object</c> mode.</summary>
    public SimulatedError? UnsupportedResponseFormat(string type) =>
        kind == SimulatorKind.LMStudio && type is not ("json_schema" or "text")
            ? new(400, "'response_format.type' must be 'json_schema' or 'text'", PlainString: true)
            : null;

    public SimulatedError InvalidBody(string detail) => kind switch
    {
        SimulatorKind.LMStudio => new(400, detail, PlainString: true),
        SimulatorKind.LlamaCpp => new(400, detail, Shape: ErrorShape.LlamaCpp),
        SimulatorKind.Vllm => new(400, detail, Type: "BadRequestError", Shape: ErrorShape.Vllm),
        _ => new(400, detail),
    };

    public SimulatedError EmbeddingInputNotStrings() => InvalidBody("'input' field must be a string or an array of strings");

    public static SimulatedError BatchTooLarge(int count, int max) =>
        new(400, $"Too many inputs: {count} exceeds the maximum batch size of {max}.", Param: "input");

    public static SimulatedError InjectedFailure(int status) => new(
        status,
        $"Simulated failure: HTTP {status} injected by the MedDocs simulator.",
        Type: status == 429 ? "rate_limit_exceeded" : "server_error",
        Code: "simulated_failure");

    public SimulatedError Unauthorized(bool keyPresent) => kind switch
    {
        // llama-server's API-key middleware; vLLM's returns {"error":"Unauthorized"}.
        SimulatorKind.LlamaCpp => new(401, "Invalid API Key", Type: "authentication_error", Shape: ErrorShape.LlamaCpp),
        SimulatorKind.Vllm => new(401, "Unauthorized", PlainString: true),
        _ => keyPresent
            ? new(401, "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.", Code: "invalid_api_key")
            : new(401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."),
    };
}
