using System.ClientModel.Primitives;
using System.Net.Sockets;

namespace MedDocs.Core.Providers;

/// <summary>
/// Replaces the SDK's retry policy, which re-sends a request after its own timeout (a long
/// generation would run up to four times). Retries only what is safe: refused connections and
/// 429/502/503, with exponential backoff; never a timeout, never a dropped generation.
/// </summary>
internal sealed class ServerRetryPolicy : ClientRetryPolicy
{
    private readonly int _maxRetries;
    private readonly TimeSpan _baseDelay;

    public ServerRetryPolicy(int maxRetries, TimeSpan baseDelay)
        : base(maxRetries)
    {
        _maxRetries = maxRetries;
        _baseDelay = baseDelay;
    }

    protected override bool ShouldRetry(PipelineMessage message, Exception? exception) => Decide(message, exception);

    protected override ValueTask<bool> ShouldRetryAsync(PipelineMessage message, Exception? exception) =>
        ValueTask.FromResult(Decide(message, exception));

    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount)
    {
        if (message.Response?.Headers.TryGetValue("Retry-After", out var retryAfter) == true &&
            int.TryParse(retryAfter, out var seconds) && seconds is > 0 and <= 60)
        {
            return TimeSpan.FromSeconds(seconds);
        }
        var factor = Math.Pow(2, Math.Max(0, tryCount - 1));
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return TimeSpan.FromMilliseconds(_baseDelay.TotalMilliseconds * factor * jitter);
    }

    private bool Decide(PipelineMessage message, Exception? exception)
    {
        var retries = message.TryGetProperty(typeof(RetryCountKey), out var stored) && stored is int count ? count : 0;
        if (retries >= _maxRetries || message.CancellationToken.IsCancellationRequested)
        {
            return false;
        }
        var retry = exception is not null
            ? IsConnectionRefused(exception)
            : message.Response?.Status is 429 or 502 or 503;
        if (retry)
        {
            message.SetProperty(typeof(RetryCountKey), retries + 1);
        }
        return retry;
    }

    /// <summary>Key for the per-message retry count (the SDK keeps its own count private).</summary>
    private sealed class RetryCountKey;

    internal static bool IsConnectionRefused(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                return true;
            }
        }
        return false;
    }
}
