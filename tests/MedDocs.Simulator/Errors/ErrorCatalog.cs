namespace MedDocs.Simulator;

/// <summary>The errors each real server sends, worded as that server words them
/// (LM Studio texts are taken from its API answers as users report them).</summary>
internal sealed class ErrorCatalog(SimulatorKind kind)
{
    public SimulatedError UnknownRoute(string method, string path) => kind switch
    {
        // LM Studio answers unknown routes with HTTP 200 and an error body: a client must read the body.
        SimulatorKind.LMStudio => new(200, $"Unexpected endpoint or method. ({method} {path})", PlainString: true),
        SimulatorKind.OpenAI => new(404, $"Invalid URL ({method} {path})"),
        _ => new(404, "404 page not found", PlainTextBody: true),
    };

    public SimulatedError NoModelsLoaded() => kind switch
    {
        SimulatorKind.LMStudio => new(400, "No models loaded. Please load a model in the developer page or use the `lms load` command.", PlainString: true),
        _ => ModelNotFound("(none)", []),
    };

    public SimulatedError ModelRequired() => kind switch
    {
        SimulatorKind.OpenAI => new(400, "you must provide a model parameter", Param: "model"),
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
        _ => new(404, $"model \"{id}\" not found, try pulling it first", Type: "not_found_error"),
    };

    public SimulatedError NotEmbeddingModel(string id) => kind switch
    {
        SimulatorKind.LMStudio => new(400, $"Failed to load model \"{id}\". Error: Model is not embedding.", Param: "model", Code: "model_not_found"),
        SimulatorKind.OpenAI => new(400, $"The model `{id}` does not support embeddings.", Param: "model"),
        _ => new(400, "this model does not support embeddings", Type: "api_error"),
    };

    public SimulatedError NotChatModel(string id) => kind switch
    {
        SimulatorKind.LMStudio => new(400, $"Failed to load model \"{id}\". Error: Model is not llm.", Param: "model", Code: "model_not_found"),
        SimulatorKind.OpenAI => new(400, $"The model `{id}` is not a chat model.", Param: "model"),
        _ => new(400, $"\"{id}\" does not support chat", Type: "api_error"),
    };

    public SimulatedError ImagesNotSupported(string id) => kind switch
    {
        SimulatorKind.LMStudio => new(400, "Model does not support images. Please use a model that does.", PlainString: true),
        SimulatorKind.OpenAI => new(400, "Invalid content type. image_url is only supported by certain models.", Param: "messages"),
        _ => new(400, $"\"{id}\" does not support image input", Type: "api_error"),
    };

    /// <summary>Null for Ollama, which silently truncates the prompt to its context instead of failing.</summary>
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
        _ => null,
    };

    /// <summary>Null where the response_format is accepted: LM Studio rejects OpenAI's <c>json_object</c> mode.</summary>
    public SimulatedError? UnsupportedResponseFormat(string type) =>
        kind == SimulatorKind.LMStudio && type is not ("json_schema" or "text")
            ? new(400, "'response_format.type' must be 'json_schema' or 'text'", PlainString: true)
            : null;

    public SimulatedError InvalidBody(string detail) => kind == SimulatorKind.LMStudio
        ? new(400, detail, PlainString: true)
        : new(400, detail);

    public SimulatedError EmbeddingInputNotStrings() => InvalidBody("'input' field must be a string or an array of strings");

    public static SimulatedError BatchTooLarge(int count, int max) =>
        new(400, $"Too many inputs: {count} exceeds the maximum batch size of {max}.", Param: "input");

    public static SimulatedError InjectedFailure(int status) => new(
        status,
        $"Simulated failure: HTTP {status} injected by the MedDocs simulator.",
        Type: status == 429 ? "rate_limit_exceeded" : "server_error",
        Code: "simulated_failure");

    public static SimulatedError Unauthorized(bool keyPresent) => keyPresent
        ? new(401, "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.", Code: "invalid_api_key")
        : new(401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).");
}
