using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using System.Net.Http;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Embeddings;
using MedDocs.Core.Requests;

namespace MedDocs.Core.Providers;

/// <summary>
/// The one client for every HTTP provider, on the OpenAI .NET SDK's pipeline (auth, timeout, our retry policy) over
/// MedDocs' guarded transport (<see cref="ServerHttp"/>: the endpoint policy at connect, no redirects). Bodies are
/// written and read by MedDocs through the SDK's protocol methods so local servers' quirks (max_tokens, empty
/// finish_reason, 200-with-error) are handled. max_tokens is fitted into what the model's context leaves after the
/// prompt. Every request (chat, streamed chat, embeddings, page images) takes a slot of the endpoint's process-wide
/// <see cref="RequestGate"/> for each try. Thread-safe: one instance serves a whole batch.
/// </summary>
public sealed class LlmClient
{
    /// <summary>
    /// The connection pool every client without an observer shares (as the SDK's own default transport does); it
    /// holds no MedDocs state, and each client stamps its own remote-endpoint decision on its requests.
    /// </summary>
    private static readonly Lazy<SocketsHttpHandler> SharedHandler = new(() => ServerHttp.CreateHandler(TimeSpan.FromSeconds(30)));

    private readonly ChatClient _chat;
    private readonly EmbeddingClient _embeddings;
    private readonly LlmClientOptions _options;

    public LlmClient(ServerTarget target, LlmClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var allowRemote = options.AllowRemote || target.AllowRemote;
        EndpointPolicy.EnsureAllowed(target.Endpoint, allowRemote);
        Target = target;
        _options = options;
        Gate = RequestGates.For(target.Endpoint, options.ServerSlots);
        HttpMessageHandler handler = options.ConnectObserver is { } observer ? ServerHttp.CreateHandler(TimeSpan.FromSeconds(30), observer) : SharedHandler.Value;
        var http = new HttpClient(ServerHttp.Stamp(handler, allowRemote), disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        var sdkOptions = new OpenAIClientOptions
        {
            Endpoint = target.Endpoint,
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ServerRetryPolicy(options.MaxRetries, options.RetryBaseDelay),
            Transport = new HttpClientPipelineTransport(http),
            UserAgentApplicationId = "MedDocs",
        };
        // Per try, after the retry policy: a request sleeping in retry backoff holds no slot.
        sdkOptions.AddPolicy(new RequestGatePolicy(Gate), PipelinePosition.PerTry);
        // Local servers need no key, but the SDK insists on one; the placeholder never leaves loopback.
        var credential = new ApiKeyCredential(string.IsNullOrEmpty(target.ApiKey) ? "meddocs-local" : target.ApiKey);
        _chat = new ChatClient(target.ChatModel ?? "default", credential, sdkOptions);
        _embeddings = new EmbeddingClient(target.EmbeddingModel ?? "default", credential, sdkOptions);
    }

    public ServerTarget Target { get; }

    /// <summary>The gate every request of this client passes (shared with every client of the same endpoint).</summary>
    public RequestGate Gate { get; }

    /// <summary>Tokens one request to <paramref name="model"/> may use: what the server reports, else the ContextLength setting.</summary>
    public int ContextFor(string? model) => Target.ContextFor(model ?? Target.ChatModel, _options.ContextLength);

    /// <summary>The MaxTokens setting: the most any answer may take.</summary>
    public int MaxTokens => _options.MaxTokens;

    /// <summary>
    /// One chat completion. max_tokens is the request's (else the setting), lowered to what the context leaves after
    /// the prompt; a prompt that leaves no room is refused before sending. When the server rejects the request for
    /// size and says how big the prompt really was, it is sent once more with max_tokens fitted to that count.
    /// Throws <see cref="LlmException"/> with a clear message on failure.
    /// </summary>
    public async Task<ChatResult> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = ModelFor(request);
        var context = ContextFor(model);
        var wanted = request.MaxTokens ?? _options.MaxTokens;
        if (FittedMaxTokens(request, context) is not int maxTokens)
        {
            throw TooLong(model, context, TokenBudget.EstimatePrompt(request.Messages));
        }
        try
        {
            return await SendChatAsync(request, model, maxTokens, context, maxTokens < wanted, cancellationToken).ConfigureAwait(false);
        }
        catch (LlmException ex) when (ex.Kind == LlmErrorKind.ContextOverflow && RefittedMaxTokens(ex, maxTokens) is int refitted)
        {
            // vLLM rejects prompt + max_tokens over max_model_len and says how long the prompt really was.
            return await SendChatAsync(request, model, refitted, context, true, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The exact body <see cref="CompleteAsync"/> sends first for <paramref name="request"/> (model, messages, schema,
    /// temperature, and max_tokens as fitted to the context), or null when it would send nothing (no model, no room).
    /// The result cache keys answers on these bytes, so whatever changes the request changes the key.
    /// </summary>
    internal byte[]? PlannedChatBody(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if ((request.Model ?? Target.ChatModel) is not { } model || FittedMaxTokens(request, ContextFor(model)) is not int maxTokens)
        {
            return null;
        }
        return ChatRequestWriter.Write(request, model, maxTokens, request.Temperature ?? _options.Temperature, Target.Kind, stream: false);
    }

    /// <summary>The request's max_tokens (else the setting) lowered to what the context leaves after the prompt; null when that is too little to answer in.</summary>
    private int? FittedMaxTokens(ChatRequest request, int context)
    {
        var room = TokenBudget.AnswerRoom(context, TokenBudget.EstimatePrompt(request.Messages));
        return room < TokenBudget.MinAnswerTokens ? null : Math.Min(request.MaxTokens ?? _options.MaxTokens, room);
    }

    /// <summary>A streamed completion, timed: time to first token and tokens per second.</summary>
    public async Task<StreamResult> StreamAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = ModelFor(request);
        var context = ContextFor(model);
        var maxTokens = Math.Max(1, Math.Min(request.MaxTokens ?? _options.MaxTokens, TokenBudget.AnswerRoom(context, TokenBudget.EstimatePrompt(request.Messages))));
        var body = ChatRequestWriter.Write(request, model, maxTokens, request.Temperature ?? _options.Temperature, Target.Kind, stream: true);
        var watch = Stopwatch.StartNew();
        var response = await SendAsync(() => _chat.CompleteChatAsync(BinaryContent.Create(BinaryData.FromBytes(body)), Options(buffer: false, cancellationToken)), cancellationToken).ConfigureAwait(false);
        // Closing the body gives the request's gate slot back (buffering an error body may swap ContentStream).
        var stream = response.ContentStream;
        try
        {
            if (response.IsError || response.Status is >= 300 and < 400)
            {
                // Unbuffered responses have no Content until read; the error body is small.
                var errorBody = await response.BufferContentAsync(cancellationToken).ConfigureAwait(false);
                ThrowIfFailed(response, errorBody.ToMemory(), Texts(request));
            }
            return await ChatStreamReader.ReadAsync(response.ContentStream!, Target, model, watch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw TransportFailure(ex, cancellationToken);
        }
        finally
        {
            stream?.Dispose();
            response.Dispose();
        }
    }

    /// <summary>Vectors for many inputs in one request (in input order).</summary>
    public async Task<EmbeddingBatch> EmbedAsync(IReadOnlyList<string> inputs, string? model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var chosen = model ?? Target.EmbeddingModel ?? throw new LlmException(LlmErrorKind.ModelNotFound, Target.Endpoint,
            $"No embedding model is configured for {Target.Label}.",
            ServerAdvice.GetEmbeddingModel(Target));
        var body = ChatRequestWriter.WriteEmbeddings(inputs, chosen);
        var watch = Stopwatch.StartNew();
        var response = await SendAsync(() => _embeddings.GenerateEmbeddingsAsync(BinaryContent.Create(BinaryData.FromBytes(body)), Options(buffer: true, cancellationToken)), cancellationToken).ConfigureAwait(false);
        var content = response.Content.ToMemory();
        ThrowIfFailed(response, content, inputs);
        return ChatResponseReader.ReadEmbeddings(content, Target, chosen, inputs.Count, watch.Elapsed, inputs);
    }

    private async Task<ChatResult> SendChatAsync(ChatRequest request, string model, int maxTokens, int context, bool limitedByContext, CancellationToken cancellationToken)
    {
        var body = ChatRequestWriter.Write(request, model, maxTokens, request.Temperature ?? _options.Temperature, Target.Kind, stream: false);
        var watch = Stopwatch.StartNew();
        var response = await SendAsync(() => _chat.CompleteChatAsync(BinaryContent.Create(BinaryData.FromBytes(body)), Options(buffer: true, cancellationToken)), cancellationToken).ConfigureAwait(false);
        var content = response.Content.ToMemory();
        var sent = Texts(request);
        ThrowIfFailed(response, content, sent);
        return ChatResponseReader.ReadChat(content, Target, model, watch.Elapsed, sent) with
        {
            MaxTokensSent = maxTokens,
            ContextTokens = context,
            LimitedByContext = limitedByContext,
        };
    }

    /// <summary>max_tokens that fits the context and prompt the server reported, when that leaves a useful answer and is less than was sent.</summary>
    private static int? RefittedMaxTokens(LlmException overflow, int sentMaxTokens)
    {
        if (overflow.ReportedContextTokens is not int context || overflow.ReportedPromptTokens is not int prompt)
        {
            return null;
        }
        var refitted = context - prompt - 8;
        return refitted >= TokenBudget.MinAnswerTokens && refitted < sentMaxTokens ? refitted : null;
    }

    private LlmException TooLong(string model, int context, int prompt) => new(LlmErrorKind.ContextOverflow, Target.Endpoint,
        $"The input (about {prompt} tokens) leaves no room for an answer in the {context}-token context {Target.Label} at {Target.Where} gives model '{model}' per request; nothing was sent.",
        ServerAdvice.LargerContext(Target, model));

    private static List<string> Texts(ChatRequest request) => request.Messages.Select(m => m.Text).ToList();

    private string ModelFor(ChatRequest request) =>
        request.Model ?? Target.ChatModel ?? throw new LlmException(LlmErrorKind.ModelNotFound, Target.Endpoint,
            $"No chat model is configured for {Target.Label} and none is loaded.",
            ServerAdvice.Load(Target, null) + " Or set the Model setting (MEDDOCS_MODEL).");

    private static RequestOptions Options(bool buffer, CancellationToken cancellationToken) => new()
    {
        CancellationToken = cancellationToken,
        ErrorOptions = ClientErrorBehaviors.NoThrow,
        BufferResponse = buffer,
    };

    private async Task<PipelineResponse> SendAsync(Func<Task<ClientResult>> send, CancellationToken cancellationToken)
    {
        try
        {
            var result = await send().ConfigureAwait(false);
            return result.GetRawResponse();
        }
        catch (Exception ex) when (ex is not LlmException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw TransportFailure(ex, cancellationToken);
        }
    }

    /// <summary>An error status, or a redirect (never followed), becomes the server's error; a 2xx is read by the caller.</summary>
    private void ThrowIfFailed(PipelineResponse response, ReadOnlyMemory<byte> content, IReadOnlyList<string> sent)
    {
        if (response.IsError || response.Status >= 400 || response.Status is >= 300 and < 400)
        {
            throw ServerErrorParser.ToException(response.Status, content.Span, Target, sent);
        }
    }

    private LlmException TransportFailure(Exception ex, CancellationToken cancellationToken)
    {
        var where = $"{Target.Label} at {Target.Where}";
        if (Find<RemoteHostRefusedException>(ex) is not null)
        {
            return EndpointPolicy.Refused(Target.Endpoint);
        }
        if (ServerRetryPolicy.IsConnectionRefused(ex))
        {
            return new LlmException(LlmErrorKind.ConnectionRefused, Target.Endpoint,
                $"{where} refused the connection (tried {_options.MaxRetries + 1} times).",
                ServerAdvice.Start(Target), ex);
        }
        if (ex is OperationCanceledException or TimeoutException || ex.InnerException is TimeoutException)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                return new LlmException(LlmErrorKind.Timeout, Target.Endpoint,
                    $"{where} did not answer within {_options.Timeout.TotalSeconds:0} s; the request was not repeated.",
                    "Raise the TimeoutSec setting (MEDDOCS_TIMEOUT_SEC), use a smaller model, or lower the ServerSlots setting (MEDDOCS_SERVER_SLOTS).", ex);
            }
        }
        if (IsConnectFailure(ex))
        {
            return new LlmException(LlmErrorKind.ConnectionRefused, Target.Endpoint,
                $"{where} could not be reached.",
                ServerAdvice.Start(Target), ex);
        }
        return new LlmException(LlmErrorKind.ConnectionDropped, Target.Endpoint,
            $"{where} closed the connection before answering.",
            "The server may have crashed or unloaded the model; check its log and retry.", ex);
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>
    /// The connection was never made (name or connect failure). Any socket error is not enough: a
    /// reset mid-answer is a SocketException too, and that is a dropped generation, not a missing server.
    /// </summary>
    private static bool IsConnectFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
            {
                return true;
            }
        }
        return false;
    }
}
