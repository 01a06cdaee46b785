using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using System.Net.Http;
using OpenAI;
using OpenAI.Chat;
using OpenAI.Embeddings;

namespace MedDocs.Core.Providers;

/// <summary>
/// The one client for every HTTP provider, on the OpenAI .NET SDK's pipeline (auth, transport,
/// timeout, our retry policy). Bodies are written and read by MedDocs through the SDK's protocol
/// methods so local servers' quirks (max_tokens, empty finish_reason, 200-with-error) are handled.
/// Thread-safe: one instance serves a whole batch.
/// </summary>
public sealed class LlmClient
{
    private readonly ChatClient _chat;
    private readonly EmbeddingClient _embeddings;
    private readonly LlmClientOptions _options;

    public LlmClient(ServerTarget target, LlmClientOptions options)
    {
        EndpointPolicy.EnsureAllowed(target.Endpoint, options.AllowRemote);
        Target = target;
        _options = options;
        var sdkOptions = new OpenAIClientOptions
        {
            Endpoint = target.Endpoint,
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ServerRetryPolicy(options.MaxRetries, options.RetryBaseDelay),
            UserAgentApplicationId = "MedDocs",
        };
        // Local servers need no key, but the SDK insists on one; the placeholder never leaves loopback.
        var credential = new ApiKeyCredential(string.IsNullOrEmpty(target.ApiKey) ? "meddocs-local" : target.ApiKey);
        _chat = new ChatClient(target.ChatModel ?? "default", credential, sdkOptions);
        _embeddings = new EmbeddingClient(target.EmbeddingModel ?? "default", credential, sdkOptions);
    }

    public ServerTarget Target { get; }

    /// <summary>One chat completion. Throws <see cref="LlmException"/> with a clear message on failure.</summary>
    public async Task<ChatResult> CompleteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var model = ModelFor(request);
        var body = ChatRequestWriter.Write(request, model, request.MaxTokens ?? _options.MaxTokens,
            request.Temperature ?? _options.Temperature, Target.Kind, stream: false);
        var watch = Stopwatch.StartNew();
        var response = await SendAsync(() => _chat.CompleteChatAsync(BinaryContent.Create(BinaryData.FromBytes(body)), Options(buffer: true, cancellationToken)), cancellationToken).ConfigureAwait(false);
        var content = response.Content.ToMemory();
        ThrowIfFailed(response, content);
        return ChatResponseReader.ReadChat(content, Target, model, watch.Elapsed);
    }

    /// <summary>A streamed completion, timed: time to first token and tokens per second.</summary>
    public async Task<StreamResult> StreamAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var model = ModelFor(request);
        var body = ChatRequestWriter.Write(request, model, request.MaxTokens ?? _options.MaxTokens,
            request.Temperature ?? _options.Temperature, Target.Kind, stream: true);
        var watch = Stopwatch.StartNew();
        var response = await SendAsync(() => _chat.CompleteChatAsync(BinaryContent.Create(BinaryData.FromBytes(body)), Options(buffer: false, cancellationToken)), cancellationToken).ConfigureAwait(false);
        try
        {
            if (response.IsError)
            {
                // Unbuffered responses have no Content until read; the error body is small.
                var errorBody = await response.BufferContentAsync(cancellationToken).ConfigureAwait(false);
                ThrowIfFailed(response, errorBody.ToMemory());
            }
            return await ChatStreamReader.ReadAsync(response.ContentStream!, Target, model, watch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw TransportFailure(ex, cancellationToken);
        }
        finally
        {
            response.Dispose();
        }
    }

    /// <summary>Vectors for many inputs in one request (in input order).</summary>
    public async Task<EmbeddingBatch> EmbedAsync(IReadOnlyList<string> inputs, string? model, CancellationToken cancellationToken)
    {
        var chosen = model ?? Target.EmbeddingModel ?? throw new LlmException(LlmErrorKind.ModelNotFound, Target.Endpoint,
            $"No embedding model is configured for {Target.Label}.",
            "Set -Model or MEDDOCS_EMBEDDING_MODEL (LMSTUDIO_EMBEDDING_MODEL) to an embedding model the server lists.");
        var body = ChatRequestWriter.WriteEmbeddings(inputs, chosen);
        var watch = Stopwatch.StartNew();
        var response = await SendAsync(() => _embeddings.GenerateEmbeddingsAsync(BinaryContent.Create(BinaryData.FromBytes(body)), Options(buffer: true, cancellationToken)), cancellationToken).ConfigureAwait(false);
        var content = response.Content.ToMemory();
        ThrowIfFailed(response, content);
        return ChatResponseReader.ReadEmbeddings(content, Target, chosen, inputs.Count, watch.Elapsed);
    }

    private string ModelFor(ChatRequest request) =>
        request.Model ?? Target.ChatModel ?? throw new LlmException(LlmErrorKind.ModelNotFound, Target.Endpoint,
            $"No chat model is configured for {Target.Label} and none is loaded.",
            "Load a model (`lms load <model>`) or set -Model / MEDDOCS_MODEL.");

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

    private void ThrowIfFailed(PipelineResponse response, ReadOnlyMemory<byte> content)
    {
        if (response.IsError || response.Status >= 400)
        {
            throw ServerErrorParser.ToException(response.Status, content.Span, Target);
        }
    }

    private LlmException TransportFailure(Exception ex, CancellationToken cancellationToken)
    {
        var where = $"{Target.Label} at {Target.Endpoint}";
        if (ServerRetryPolicy.IsConnectionRefused(ex))
        {
            return new LlmException(LlmErrorKind.ConnectionRefused, Target.Endpoint,
                $"{where} refused the connection (tried {_options.MaxRetries + 1} times).",
                StartHint(), ex);
        }
        if (ex is OperationCanceledException or TimeoutException || ex.InnerException is TimeoutException)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                return new LlmException(LlmErrorKind.Timeout, Target.Endpoint,
                    $"{where} did not answer within {_options.Timeout.TotalSeconds:0} s; the request was not repeated.",
                    "Raise -TimeoutSec (MEDDOCS_TIMEOUT_SEC), use a smaller model, or lower -ThrottleLimit.", ex);
            }
        }
        if (IsConnectFailure(ex))
        {
            return new LlmException(LlmErrorKind.ConnectionRefused, Target.Endpoint,
                $"{where} could not be reached.",
                StartHint(), ex);
        }
        return new LlmException(LlmErrorKind.ConnectionDropped, Target.Endpoint,
            $"{where} closed the connection before answering.",
            "The server may have crashed or unloaded the model; check its log and retry.", ex);
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

    private string StartHint() => Target.Kind switch
    {
        Configuration.ProviderKind.LMStudio => $"Start LM Studio's server with `lms server start` and check the port in {Target.Endpoint}.",
        Configuration.ProviderKind.Ollama => $"Start Ollama with `ollama serve` and check the port in {Target.Endpoint}.",
        _ => $"Check that the server is running at {Target.Endpoint}.",
    };
}
