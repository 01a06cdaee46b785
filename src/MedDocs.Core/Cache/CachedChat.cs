using System.Text;
using System.Text.Json;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Cache;

/// <summary>
/// Schema-checked chat through the result cache: the one place every model operation asks its questions
/// (categorize, the PHI model, SOAP notes, entities). A stored answer to the same request is parsed and validated
/// exactly like a fresh one and returned without sending anything; a fresh answer is stored once it validated —
/// PHI-bearing ones only when the user opted in. Without a cache this is <see cref="StructuredChat.AskAsync"/>. Thread-safe.
/// </summary>
public sealed class CachedChat
{
    private readonly ResultCache? _cache;

    public CachedChat(LlmClient client, ResultCache? cache)
    {
        ArgumentNullException.ThrowIfNull(client);
        Client = client;
        _cache = cache;
    }

    public LlmClient Client { get; }

    public ServerTarget Target => Client.Target;

    /// <summary>Asks (or answers from the cache) and validates with <paramref name="parse"/>.</summary>
    /// <param name="scope">The operation asking, and whether its answers hold PHI.</param>
    /// <exception cref="LlmException">The server failed, or its answer did not validate twice.</exception>
    public async Task<CachedAnswer<T>> AskAsync<T>(CacheScope scope, ChatRequest request, Func<JsonElement, T?> parse, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parse);
        if (_cache is null || !_cache.IsAvailable)
        {
            return new(await StructuredChat.AskAsync(Client, request, parse, cancellationToken).ConfigureAwait(false), Cached: false);
        }
        if (!_cache.Allows(scope))
        {
            _cache.Counters.NotCached();
            return new(await StructuredChat.AskAsync(Client, request, parse, cancellationToken).ConfigureAwait(false), Cached: false);
        }
        var key = CacheKeys.ForChat(scope, Client, request);
        if (key is null)
        {
            return new(await StructuredChat.AskAsync(Client, request, parse, cancellationToken).ConfigureAwait(false), Cached: false);
        }
        // A stored answer that no longer validates (MedDocs' checks changed) is a miss, and is replaced below.
        if (_cache.Find(key) is { } stored && Parse(stored.Value, parse) is { } value)
        {
            _cache.Counters.Hit();
            return new(new StructuredAnswer<T>(value, stored.Model, Attempts: 0, PromptTokens: 0, CompletionTokens: 0, TimeSpan.Zero), Cached: true);
        }
        _cache.Counters.Miss();
        string? validated = null;
        var answer = await StructuredChat.AskAsync(Client, request, root =>
        {
            var parsed = parse(root);
            if (parsed is not null)
            {
                // StructuredChat returns the first answer that validates: this is the one to keep.
                validated = root.GetRawText();
            }
            return parsed;
        }, cancellationToken).ConfigureAwait(false);
        if (validated is not null)
        {
            _cache.Store(scope, [new CacheWrite(key, answer.Model, Encoding.UTF8.GetBytes(validated))]);
        }
        return new(answer, Cached: false);
    }

    private static T? Parse<T>(byte[] json, Func<JsonElement, T?> parse)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return parse(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
