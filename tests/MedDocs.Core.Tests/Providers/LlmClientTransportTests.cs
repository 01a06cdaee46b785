using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Providers.ProviderTestKit;

namespace MedDocs.Core.Tests.Providers;

/// <summary>Retries (only what is safe to repeat), refused and dropped connections, timeouts, malformed answers.</summary>
public sealed class LlmClientTransportTests
{
    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(429)]
    public async Task BusyAnswersAreRetriedUntilTheySucceed(int status)
    {
        await using var server = await StartAsync();
        server.Faults.FailNextRequests = 2;
        server.Faults.FailStatus = status;

        var result = await ClientFor(server).CompleteAsync(Ask("Synthetic lab report"), CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(result.Content));
        Assert.Equal(3, Received(server, ChatPath));
    }

    [Fact]
    public async Task BusyAnswersBeyondMaxRetriesSurfaceAsTheirKind()
    {
        await using var server = await StartAsync();
        server.Faults.FailNextRequests = 10;
        server.Faults.FailStatus = 429;

        var error = await Assert.ThrowsAsync<LlmException>(() =>
            ClientFor(server, FastOptions(maxRetries: 2)).CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.RateLimited, error.Kind);
        Assert.True(error.IsTransient);
        Assert.Equal(3, Received(server, ChatPath));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(400)]
    public async Task OtherErrorsAreNotRetried(int status)
    {
        await using var server = await StartAsync();
        server.Faults.FailNextRequests = 1;
        server.Faults.FailStatus = status;

        var error = await Assert.ThrowsAsync<LlmException>(() => ClientFor(server).CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(status == 500 ? LlmErrorKind.ServerError : LlmErrorKind.BadRequest, error.Kind);
        Assert.Equal(1, Received(server, ChatPath));
    }

    [Fact]
    public async Task ConnectionRefusedIsRetriedThenSaysHowToStartTheServer()
    {
        var target = new ServerTarget(ProviderKind.LMStudio, ClosedEndpoint(), null) { ChatModel = "qwen2.5-7b-instruct" };
        var client = new LlmClient(target, FastOptions(maxRetries: 2));

        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ConnectionRefused, error.Kind);
        Assert.Contains("lms server start", error.Message, StringComparison.Ordinal);
        Assert.Contains("tried 3 times", error.Message, StringComparison.Ordinal);
        Assert.Contains(target.Endpoint.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedThenStartedServerSucceedsOnRetry()
    {
        // The retry really re-sends: a server that appears between attempts is reached.
        var port = ClosedPort();
        var target = new ServerTarget(ProviderKind.LMStudio, new Uri($"http://127.0.0.1:{port}/v1"), null) { ChatModel = "qwen2.5-7b-instruct" };
        var client = new LlmClient(target, FastOptions(maxRetries: 8) with { RetryBaseDelay = TimeSpan.FromMilliseconds(200) });

        var call = client.CompleteAsync(Ask("Synthetic note"), CancellationToken.None);
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Port = port });
        var result = await call;

        Assert.False(string.IsNullOrEmpty(result.Content));
        Assert.Equal(1, Received(server, ChatPath));
    }

    [Fact]
    public async Task TimeoutIsReportedAndNeverResent()
    {
        await using var server = await StartAsync();
        server.Faults.HangMs = 30_000;
        // 5 s, not 1: on a loaded CI machine a 1 s budget could run out before the (cold) simulator counted the request.
        var client = ClientFor(server, FastOptions(timeout: TimeSpan.FromSeconds(5)));

        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.Timeout, error.Kind);
        Assert.Contains("not repeated", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Received(server, ChatPath));
    }

    [Fact]
    public async Task CallerCancellationIsNotDisguisedAsTimeout()
    {
        await using var server = await StartAsync();
        server.Faults.HangMs = 30_000;
        using var cancel = new CancellationTokenSource();

        // Cancel once the server has the request (a fixed 300 ms could fire before it arrived on a loaded machine).
        var call = ClientFor(server).CompleteAsync(Ask("Synthetic note"), cancel.Token);
        for (var waited = 0; Received(server, ChatPath) == 0 && waited < 10_000; waited += 20)
        {
            await Task.Delay(20);
        }
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(1, Received(server, ChatPath));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DroppedConnectionIsReportedAndNotRetried(bool warmConnection)
    {
        await using var server = await StartAsync();
        var client = ClientFor(server);
        if (warmConnection)
        {
            // A pooled connection that dies is the case HttpClient itself may silently re-send.
            await client.CompleteAsync(Ask("warm-up"), CancellationToken.None);
        }
        var before = Received(server, ChatPath);
        server.Faults.DropConnection = 1;

        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ConnectionDropped, error.Kind);
        Assert.Equal(before + 1, Received(server, ChatPath));
    }

    [Fact]
    public async Task MalformedJsonIsProtocolError()
    {
        await using var server = await StartAsync();
        server.Faults.MalformedJsonNext = 1;

        var error = await Assert.ThrowsAsync<LlmException>(() => ClientFor(server).CompleteAsync(Ask("Synthetic note"), CancellationToken.None));

        Assert.Equal(LlmErrorKind.ProtocolError, error.Kind);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Received(server, ChatPath));
    }

    [Fact]
    public async Task OneClientServesConcurrentRequests()
    {
        await using var server = await StartAsync();
        var client = ClientFor(server);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.CompleteAsync(Ask($"Synthetic note {i}"), CancellationToken.None)));

        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.Content)));
        Assert.Equal(12, Received(server, ChatPath));
    }
}
