using System.Diagnostics;
using System.Net.Http;
using System.Text.Json;
using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>
/// Asks a server what it is and which models it has, and whether they are loaded.
/// LM Studio's /v1/models lists every downloaded model (JIT loading), so the loaded state comes
/// from /api/v1/models (0.4+) or /api/v0/models; Ollama's from /api/tags and /api/ps. A 200 alone
/// proves nothing: LM Studio answers unknown routes with 200 and {"error": "Unexpected endpoint…"}.
/// </summary>
public sealed class ServerProbe
{
    private readonly HttpClient _http;

    public ServerProbe(HttpClient http) => _http = http;

    /// <summary>An HttpClient suited to probing: short timeout, no proxy surprises for loopback.</summary>
    public static HttpClient CreateHttpClient(TimeSpan timeout) =>
        new(new SocketsHttpHandler { ConnectTimeout = timeout, PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
        {
            Timeout = timeout,
        };

    public async Task<ServerStatus> ProbeAsync(ServerTarget target, ProbeOptions options, CancellationToken cancellationToken)
    {
        var endpoint = target.Endpoint.ToString();
        var models = await GetAsync(new Uri(target.ApiBase, "models"), target, cancellationToken).ConfigureAwait(false);
        if (!models.Answered)
        {
            return Unreachable(target, models.Error);
        }
        // The first request pays for connection set-up (and JIT); a second, warm one is the server's latency.
        var warm = await GetAsync(new Uri(target.ApiBase, "models"), target, cancellationToken).ConfigureAwait(false);
        var latency = warm.Answered ? Math.Min(models.ElapsedMs, warm.ElapsedMs) : models.ElapsedMs;
        if (models.Status is 401 or 403)
        {
            return Unhealthy(target, latency, $"{target.Label} at {endpoint} refused the credentials (HTTP {models.Status}). Check OPENAI_API_KEY or MEDDOCS_API_KEY.");
        }
        var ids = models.IsOkJson ? ModelListParser.OpenAIIds(models.Json!.Value) : null;
        if (ids is null)
        {
            var said = models.ErrorMessage is { } error ? $"it said \"{Shorten(error)}\"" : $"HTTP {models.Status}";
            return Unhealthy(target, latency,
                $"Something answers at {endpoint} but it is not serving the OpenAI-compatible API ({said}). Check the URL ends in /v1 and the port belongs to {ServerHint(target.Kind)}.");
        }

        var (server, listed) = await ListNativeAsync(target, cancellationToken).ConfigureAwait(false);
        if (server?.StartsWith("Ollama", StringComparison.Ordinal) == true)
        {
            // Found Ollama behind another kind (auto probes as LM Studio): advise with Ollama's commands.
            target = target with { Kind = ProviderKind.Ollama };
        }
        var catalog = listed ?? ids.Select(id => new ModelInfo { Id = id, Type = ModelTypes.Guess(id) }).ToList();
        var missing = new List<string>();
        var notLoaded = new List<string>();
        foreach (var name in options.RequiredModels)
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
        var status = new ServerStatus
        {
            Endpoint = endpoint,
            Provider = target.ProviderName,
            Server = server ?? (target.Kind == ProviderKind.OpenAI ? "OpenAI" : "OpenAI-compatible"),
            Reachable = true,
            LatencyMs = Math.Round(latency, 1),
            Models = catalog,
            MissingModels = missing,
            NotLoadedModels = notLoaded,
            Message = string.Empty,
        };
        status = status with { Healthy = missing.Count == 0 && notLoaded.Count == 0, Message = Summarize(status, target) };
        if (options.Detailed && status.Healthy)
        {
            status = await MeasureGenerationAsync(status, target, options, cancellationToken).ConfigureAwait(false);
        }
        return status;
    }

    private async Task<(string? Server, IReadOnlyList<ModelInfo>? Models)> ListNativeAsync(ServerTarget target, CancellationToken cancellationToken)
    {
        if (target.Kind == ProviderKind.OpenAI)
        {
            return (null, null);
        }
        if (target.Kind != ProviderKind.Ollama)
        {
            var v1 = await GetAsync(new Uri(target.Root, "api/v1/models"), target, cancellationToken).ConfigureAwait(false);
            if (v1.IsOkJson && ModelListParser.LmStudioV1(v1.Json!.Value) is { } modern)
            {
                return ("LM Studio", modern);
            }
            var v0 = await GetAsync(new Uri(target.Root, "api/v0/models"), target, cancellationToken).ConfigureAwait(false);
            if (v0.IsOkJson && ModelListParser.LmStudioV0(v0.Json!.Value) is { } rest)
            {
                return ("LM Studio", rest);
            }
        }
        var version = await GetAsync(new Uri(target.Root, "api/version"), target, cancellationToken).ConfigureAwait(false);
        if (version.IsOkJson && ModelListParser.Str(version.Json!.Value, "version") is { } ollamaVersion)
        {
            var tags = await GetAsync(new Uri(target.Root, "api/tags"), target, cancellationToken).ConfigureAwait(false);
            var ps = await GetAsync(new Uri(target.Root, "api/ps"), target, cancellationToken).ConfigureAwait(false);
            if (tags.IsOkJson && ModelListParser.Ollama(tags.Json!.Value, ps.IsOkJson ? ps.Json : null) is { } ollama)
            {
                return ($"Ollama {ollamaVersion}", ollama);
            }
        }
        return (target.Kind == ProviderKind.LMStudio ? "LM Studio (loaded state unknown)" : null, null);
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
            // A fixed prompt with no document text, so the remote-endpoint policy does not apply.
            var client = new LlmClient(target with { ChatModel = model }, options.ClientOptions with { AllowRemote = true });
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

    private async Task<HttpGetResult> GetAsync(Uri uri, ServerTarget target, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (!string.IsNullOrEmpty(target.ApiKey))
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", target.ApiKey);
            }
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
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
            return new HttpGetResult((int)response.StatusCode, json, null, elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HttpGetResult(null, null, ex, watch.Elapsed.TotalMilliseconds);
        }
    }

    private static ServerStatus Unreachable(ServerTarget target, Exception? error)
    {
        var endpoint = target.Endpoint.ToString();
        var why = error is TaskCanceledException ? "did not answer in time" : error is not null && ServerRetryPolicy.IsConnectionRefused(error) ? "refused the connection" : "could not be reached";
        return new ServerStatus
        {
            Endpoint = endpoint,
            Provider = target.ProviderName,
            Reachable = false,
            Healthy = false,
            Message = $"No server at {endpoint} ({why}). {StartHint(target)}",
        };
    }

    private static ServerStatus Unhealthy(ServerTarget target, double latency, string message) => new()
    {
        Endpoint = target.Endpoint.ToString(),
        Provider = target.ProviderName,
        Reachable = true,
        Healthy = false,
        LatencyMs = Math.Round(latency, 1),
        Message = message,
    };

    private static string Summarize(ServerStatus status, ServerTarget target)
    {
        if (status.MissingModels.Count > 0)
        {
            return $"Missing model(s): {string.Join(", ", status.MissingModels)}. Download them ({(target.Kind == ProviderKind.Ollama ? "`ollama pull <model>`" : "`lms get <model>`")}) or fix the name; see the model list.";
        }
        if (status.NotLoadedModels.Count > 0)
        {
            var first = status.NotLoadedModels[0];
            return $"Not loaded: {string.Join(", ", status.NotLoadedModels)}. Load with {(target.Kind == ProviderKind.Ollama ? $"`ollama run {first}`" : $"`lms load {first}`")}.";
        }
        if (status.Models.Count == 0)
        {
            return $"{status.Server} answers at {status.Endpoint} but offers no models. Download one ({(target.Kind == ProviderKind.Ollama ? "`ollama pull <model>`" : "`lms get <model>`")}).";
        }
        if (status.Models.All(m => m.Loaded == false))
        {
            return $"{status.Server} answers ({status.LatencyMs:0} ms) with {status.ModelCount} model(s), none loaded; LM Studio loads on first use if JIT loading is on, else `lms load <model>`.";
        }
        var loaded = status.Models.Any(m => m.Loaded.HasValue) ? $", {status.LoadedCount} loaded" : string.Empty;
        return $"{status.Server} is ready ({status.LatencyMs:0} ms): {status.ModelCount} model(s){loaded}.";
    }

    private static string StartHint(ServerTarget target) => target.Kind switch
    {
        ProviderKind.LMStudio => "Start LM Studio's server with `lms server start` (or the Developer tab), or check the port.",
        ProviderKind.Ollama => "Start Ollama with `ollama serve`, or check the port.",
        _ => "Check that the server is running and the endpoint URL and port are right.",
    };

    private static string ServerHint(ProviderKind kind) => kind switch
    {
        ProviderKind.LMStudio => "LM Studio (default http://localhost:1234/v1)",
        ProviderKind.Ollama => "Ollama (default http://localhost:11434/v1)",
        _ => "an OpenAI-compatible server",
    };

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 120), "…");
}
