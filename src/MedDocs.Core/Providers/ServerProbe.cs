using System.Diagnostics;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>
/// Asks a server what it is, which models it has, whether they are loaded, what each is for and how much context a
/// request gets. Every server says it differently:
/// LM Studio — /api/v1/models (0.4+) or /api/v0/models: type, state, loaded context (its /v1/models lists every
/// downloaded model under JIT loading, and unknown routes answer 200 with {"error": "Unexpected endpoint…"});
/// Ollama — /api/tags, /api/ps (loaded, context_length), /api/show (capabilities, model_info, num_ctx);
/// llama.cpp — /v1/models with "meta", /props (per-slot n_ctx, total_slots, modalities), /health;
/// vLLM — /v1/models with "max_model_len".
/// The endpoint policy is decided first: a host that is not loopback is never contacted unless remote endpoints are
/// allowed, so no probe and no API key leaves the machine by accident.
/// </summary>
public sealed class ServerProbe
{
    /// <summary>Most models whose details are read one by one (Ollama's /api/show); the rest keep what the list says.</summary>
    private const int MaxDetailedModels = 50;

    private readonly HttpClient _http;

    public ServerProbe(HttpClient http) => _http = http;

    /// <summary>An HttpClient suited to probing: short timeout, no redirects, the endpoint policy enforced at connect.</summary>
    public static HttpClient CreateHttpClient(TimeSpan timeout, ConnectObserver? observer = null) =>
        new(ServerHttp.CreateHandler(timeout, observer))
        {
            Timeout = timeout,
        };

    public async Task<ServerStatus> ProbeAsync(ServerTarget target, ProbeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        if (!target.AllowRemote && !EndpointPolicy.IsLoopback(target.Endpoint))
        {
            return Refused(target);
        }
        var models = await GetAsync(new Uri(target.ApiBase, "models"), target, cancellationToken).ConfigureAwait(false);
        if (!models.Answered)
        {
            return Unreachable(target, models.Error);
        }
        if (models.RedirectedTo is { } location)
        {
            return Unhealthy(target, models.ElapsedMs,
                $"{target.Where} answered with a redirect (HTTP {models.Status}) to {location}. MedDocs follows no redirects (they could lead off this machine): set the endpoint to the server's own address.");
        }
        // The first request pays for connection set-up (and JIT); a second, warm one is the server's latency.
        var warm = await GetAsync(new Uri(target.ApiBase, "models"), target, cancellationToken).ConfigureAwait(false);
        var latency = warm.Answered ? Math.Min(models.ElapsedMs, warm.ElapsedMs) : models.ElapsedMs;
        if (models.Status is 401 or 403)
        {
            return Unhealthy(target, latency, $"{target.Label} at {target.Where} refused the credentials (HTTP {models.Status}). Check the ApiKey setting (MEDDOCS_API_KEY or OPENAI_API_KEY).");
        }
        var ids = models.IsOkJson ? ModelListParser.OpenAIIds(models.Json!.Value) : null;
        if (ids is null)
        {
            var said = models.ErrorMessage is { } error ? $"it said \"{ServerText.Clean(error, target.ApiKey)}\"" : $"HTTP {models.Status}";
            return Unhealthy(target, latency,
                $"Something answers at {target.Where} but it is not serving the OpenAI-compatible API ({said}). Check the URL ends in /v1 and the port belongs to {ServerHint(target.Kind)}.");
        }

        var (software, listed, notReady, version) = await IdentifyAsync(target, models.Json!.Value, cancellationToken).ConfigureAwait(false);
        target = target with { Software = software, Kind = software == ServerSoftware.Ollama ? ProviderKind.Ollama : target.Kind };
        var catalog = listed ?? ids.Select(id => new ModelInfo { Id = id }).ToList();
        var (missing, notLoaded) = CheckRequired(catalog, options.RequiredModels);
        var status = new ServerStatus
        {
            Endpoint = target.Where,
            Provider = target.ProviderName,
            Server = ServerName(software, target.Kind, listed is not null, version),
            Software = software,
            Reachable = true,
            LatencyMs = Math.Round(latency, 1),
            Models = catalog,
            MissingModels = missing,
            NotLoadedModels = notLoaded,
            Message = string.Empty,
        };
        if (notReady is not null)
        {
            return status with { Healthy = false, Message = notReady };
        }
        status = status with { Healthy = missing.Count == 0 && notLoaded.Count == 0, Message = Summarize(status, target) };
        if (options.Detailed && status.Healthy)
        {
            status = await MeasureGenerationAsync(status, target, options, cancellationToken).ConfigureAwait(false);
        }
        return status;
    }

    /// <summary>Which server this is and its models in detail (null when it offers nothing beyond /v1/models), plus why it is not ready, if it says.</summary>
    private async Task<(ServerSoftware Software, IReadOnlyList<ModelInfo>? Models, string? NotReady, string? Version)> IdentifyAsync(ServerTarget target, JsonElement modelList, CancellationToken cancellationToken)
    {
        if (target.Kind == ProviderKind.OpenAI)
        {
            return (ServerSoftware.OpenAI, null, null, null);
        }
        switch (ModelListParser.SoftwareOfModelList(modelList))
        {
            case ServerSoftware.LlamaCpp:
                var health = await GetAsync(new Uri(target.Root, "health"), target, cancellationToken).ConfigureAwait(false);
                var props = await GetAsync(new Uri(target.Root, "props"), target, cancellationToken).ConfigureAwait(false);
                var notReady = health.Status == 503
                    ? $"llama.cpp at {target.Where} is still loading its model (/health answers 503); try again when it has finished."
                    : null;
                return (ServerSoftware.LlamaCpp, ModelListParser.LlamaCpp(modelList, props.IsOkJson ? props.Json : null), notReady, null);
            case ServerSoftware.Vllm:
                return (ServerSoftware.Vllm, ModelListParser.Vllm(modelList), null, null);
        }
        if (target.Kind != ProviderKind.Ollama)
        {
            var v1 = await GetAsync(new Uri(target.Root, "api/v1/models"), target, cancellationToken).ConfigureAwait(false);
            if (v1.IsOkJson && ModelListParser.LmStudioV1(v1.Json!.Value) is { } modern)
            {
                return (ServerSoftware.LMStudio, modern, null, null);
            }
            var v0 = await GetAsync(new Uri(target.Root, "api/v0/models"), target, cancellationToken).ConfigureAwait(false);
            if (v0.IsOkJson && ModelListParser.LmStudioV0(v0.Json!.Value) is { } rest)
            {
                return (ServerSoftware.LMStudio, rest, null, null);
            }
        }
        var version = await GetAsync(new Uri(target.Root, "api/version"), target, cancellationToken).ConfigureAwait(false);
        if (version.IsOkJson && ModelListParser.Str(version.Json!.Value, "version") is { } ollamaVersion)
        {
            var tags = await GetAsync(new Uri(target.Root, "api/tags"), target, cancellationToken).ConfigureAwait(false);
            var ps = await GetAsync(new Uri(target.Root, "api/ps"), target, cancellationToken).ConfigureAwait(false);
            if (tags.IsOkJson)
            {
                var shows = await ShowAllAsync(target, tags.Json!.Value, cancellationToken).ConfigureAwait(false);
                if (ModelListParser.Ollama(tags.Json!.Value, ps.IsOkJson ? ps.Json : null, shows) is { } ollama)
                {
                    return (ServerSoftware.Ollama, ollama, null, ollamaVersion);
                }
            }
        }
        return (target.Kind == ProviderKind.LMStudio ? ServerSoftware.LMStudio : ServerSoftware.Unknown, null, null, null);
    }

    /// <summary>Ollama's /api/show per model: the only place it says what a model is for (capabilities).</summary>
    private async Task<IReadOnlyDictionary<string, JsonElement>> ShowAllAsync(ServerTarget target, JsonElement tags, CancellationToken cancellationToken)
    {
        var shows = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (!tags.TryGetProperty("models", out var models) || models.ValueKind != JsonValueKind.Array)
        {
            return shows;
        }
        foreach (var model in models.EnumerateArray().Take(MaxDetailedModels))
        {
            if ((ModelListParser.Str(model, "name") ?? ModelListParser.Str(model, "model")) is not { } name)
            {
                continue;
            }
            var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["model"] = name });
            var show = await SendAsync(HttpMethod.Post, new Uri(target.Root, "api/show"), target, body, cancellationToken).ConfigureAwait(false);
            if (show.IsOkJson)
            {
                shows[name] = show.Json!.Value;
            }
        }
        return shows;
    }

    private static (List<string> Missing, List<string> NotLoaded) CheckRequired(IReadOnlyList<ModelInfo> catalog, IReadOnlyList<string> required)
    {
        var missing = new List<string>();
        var notLoaded = new List<string>();
        foreach (var name in required)
        {
            var match = ModelMatcher.Find(catalog, name);
            if (match is null)
            {
                missing.Add(name);
            }
            else if (match.Loaded == false)
            {
                notLoaded.Add(match.Id);
            }
        }
        return (missing, notLoaded);
    }

    private static async Task<ServerStatus> MeasureGenerationAsync(ServerStatus status, ServerTarget target, ProbeOptions options, CancellationToken cancellationToken)
    {
        var model = target.ChatModel is { } configured ? ModelMatcher.Find(status.Models, configured)?.Id ?? configured
            : status.Models.FirstOrDefault(m => m.IsChat && m.Loaded == true)?.Id ?? status.Models.FirstOrDefault(m => m.IsChat)?.Id;
        if (model is null)
        {
            return status with { Message = status.Message + " No chat model to time." };
        }
        try
        {
            // A fixed prompt with no document text; the endpoint was already allowed above.
            var client = new LlmClient(target with { ChatModel = model, Models = status.Models }, options.ClientOptions with { AllowRemote = target.AllowRemote || options.ClientOptions.AllowRemote });
            var request = new ChatRequest(new[] { ChatMessage.User("Reply with the single word: ready") }) { MaxTokens = 16, Temperature = 0 };
            var result = await client.StreamAsync(request, cancellationToken).ConfigureAwait(false);
            return status with
            {
                DetailedModel = model,
                TimeToFirstTokenMs = Math.Round(result.TimeToFirstToken.TotalMilliseconds, 1),
                TokensPerSecond = Math.Round(result.TokensPerSecond, 1),
            };
        }
        catch (LlmException ex)
        {
            return status with { Healthy = false, DetailedModel = model, Message = $"The test generation with {model} failed: {ex.Message}" };
        }
    }

    private Task<HttpGetResult> GetAsync(Uri uri, ServerTarget target, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, uri, target, null, cancellationToken);

    private async Task<HttpGetResult> SendAsync(HttpMethod method, Uri uri, ServerTarget target, string? body, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(method, uri);
            request.Options.Set(ServerHttp.AllowRemoteKey, target.AllowRemote);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }
            if (!string.IsNullOrEmpty(target.ApiKey))
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", target.ApiKey);
            }
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 || response.RequestMessage?.RequestUri is { } final && !SameAuthority(final, uri))
            {
                // Never followed (see ServerHttp); an HttpClient that did follow one is caught here too.
                var location = response.Headers.Location ?? response.RequestMessage?.RequestUri;
                return new HttpGetResult(status, null, null, watch.Elapsed.TotalMilliseconds)
                {
                    RedirectedTo = location is { IsAbsoluteUri: true } ? EndpointPolicy.Describe(location) : "another address",
                };
            }
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            JsonElement? json = null;
            try
            {
                using var doc = JsonDocument.Parse(bytes);
                json = doc.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Not JSON (e.g. Ollama's plain 404): the status alone tells the story.
            }
            return new HttpGetResult(status, json, null, elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HttpGetResult(null, null, ex, watch.Elapsed.TotalMilliseconds);
        }
    }

    private static bool SameAuthority(Uri a, Uri b) =>
        string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port && a.Scheme == b.Scheme;

    private static ServerStatus Refused(ServerTarget target) => new()
    {
        Endpoint = target.Where,
        Provider = target.ProviderName,
        Reachable = false,
        Healthy = false,
        RefusedByPolicy = true,
        Message = EndpointPolicy.Refused(target.Endpoint).Message,
    };

    private static ServerStatus Unreachable(ServerTarget target, Exception? error)
    {
        if (IsRefusedByPolicy(error))
        {
            return Refused(target);
        }
        var why = error is TaskCanceledException ? "did not answer in time" : error is not null && ServerRetryPolicy.IsConnectionRefused(error) ? "refused the connection" : "could not be reached";
        return new ServerStatus
        {
            Endpoint = target.Where,
            Provider = target.ProviderName,
            Reachable = false,
            Healthy = false,
            Message = $"No server at {target.Where} ({why}). {ServerAdvice.Start(target)}",
        };
    }

    private static bool IsRefusedByPolicy(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is RemoteHostRefusedException)
            {
                return true;
            }
        }
        return false;
    }

    private static ServerStatus Unhealthy(ServerTarget target, double latency, string message) => new()
    {
        Endpoint = target.Where,
        Provider = target.ProviderName,
        Reachable = true,
        Healthy = false,
        LatencyMs = Math.Round(latency, 1),
        Message = message,
    };

    private static string ServerName(ServerSoftware software, ProviderKind kind, bool listed, string? version) => software switch
    {
        ServerSoftware.LMStudio => listed ? "LM Studio" : "LM Studio (loaded state unknown)",
        ServerSoftware.Ollama => version is null ? "Ollama" : $"Ollama {version}",
        ServerSoftware.LlamaCpp => "llama.cpp",
        ServerSoftware.Vllm => "vLLM",
        ServerSoftware.OpenAI => "OpenAI",
        _ => kind == ProviderKind.OpenAI ? "OpenAI" : "OpenAI-compatible",
    };

    private static string Summarize(ServerStatus status, ServerTarget target)
    {
        if (status.MissingModels.Count > 0)
        {
            return $"Missing model(s): {string.Join(", ", status.MissingModels)}. {ServerAdvice.GetModel(target, status.MissingModels[0])}";
        }
        if (status.NotLoadedModels.Count > 0)
        {
            return $"Not loaded: {string.Join(", ", status.NotLoadedModels)}. {ServerAdvice.Load(target, status.NotLoadedModels[0])}";
        }
        if (status.Models.Count == 0)
        {
            return $"{status.Server} answers at {target.Where} but offers no models. {ServerAdvice.GetModel(target, null)}";
        }
        if (status.Models.All(m => m.Loaded == false))
        {
            var onDemand = target.Software == ServerSoftware.LMStudio ? "LM Studio loads on first use if JIT loading is on." : "The server loads a model on first use.";
            return $"{status.Server} answers ({status.LatencyMs:0} ms) with {status.ModelCount} model(s), none loaded; {onDemand} {ServerAdvice.Load(target, null)}";
        }
        var loaded = status.Models.Any(m => m.Loaded.HasValue) ? $", {status.LoadedCount} loaded" : string.Empty;
        return $"{status.Server} is ready ({status.LatencyMs:0} ms): {status.ModelCount} model(s){loaded}.";
    }

    private static string ServerHint(ProviderKind kind) => kind switch
    {
        ProviderKind.LMStudio => "LM Studio (default http://localhost:1234/v1)",
        ProviderKind.Ollama => "Ollama (default http://localhost:11434/v1)",
        _ => "an OpenAI-compatible server",
    };
}
