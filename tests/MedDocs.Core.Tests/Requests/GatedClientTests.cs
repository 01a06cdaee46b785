using MedDocs.Core.Cache;
using MedDocs.Core.Providers;
using MedDocs.Core.Tests.Cache;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Providers.ProviderTestKit;

namespace MedDocs.Core.Tests.Requests;

/// <summary>
/// The gate as the model client uses it against the simulator: every request takes a slot, retry backoff holds none,
/// waiting for a slot can be cancelled, and cached answers and server probes never wait for one.
/// </summary>
public sealed class GatedClientTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static LlmClient Client(SimulatorServer server, int slots, int maxRetries = 0) =>
        ClientFor(server, FastOptions(maxRetries) with { ServerSlots = slots });

    [Fact]
    public async Task ChatAndEmbeddingsFromManyCallersShareTheEndpointsSlots()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Slots = 16, LatencyMs = 100 });
        var chat = Client(server, 3);
        var embeddings = Client(server, 3);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => i % 2 == 0
            ? chat.CompleteAsync(Ask($"doc {i}"), CancellationToken.None)
            : (Task)embeddings.EmbedAsync([$"text {i}"], null, CancellationToken.None)));

        Assert.Same(chat.Gate, embeddings.Gate);
        Assert.Equal(3, server.Stats.Snapshot().MaxInFlight);
        Assert.Equal(0, chat.Gate.InFlight);
    }

    [Fact]
    public async Task ARequestSleepingInRetryBackoffHoldsNoSlot()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var client = Client(server, slots: 1, maxRetries: 1);
        server.Faults.FailNextRequests = 1;
        server.Faults.FailStatus = 503;
        server.Faults.RetryAfterSeconds = 3;

        var retried = client.CompleteAsync(Ask("first"), CancellationToken.None);
        Assert.True(SpinWait.SpinUntil(() => server.Stats.Snapshot().Errors == 1, Patience));
        var meanwhile = await client.CompleteAsync(Ask("second"), CancellationToken.None).WaitAsync(Patience);

        Assert.False(retried.IsCompleted, "the second request had to wait for the first one's backoff");
        Assert.NotNull(meanwhile.Content);
        await retried.WaitAsync(Patience);
        Assert.Equal(3, Received(server, ChatPath));
        Assert.Equal(1, server.Stats.Snapshot().MaxInFlight);
    }

    [Fact]
    public async Task WaitingForASlotEndsAtCtrlCWithoutSendingAnything()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var client = Client(server, 1);
        using var held = await client.Gate.EnterAsync(CancellationToken.None);
        using var ctrlC = new CancellationTokenSource();

        var waiting = client.CompleteAsync(Ask("queued"), ctrlC.Token);
        Assert.True(SpinWait.SpinUntil(() => client.Gate.Waiting == 1, Patience));
        await ctrlC.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Patience));
        Assert.Equal(0, Received(server, ChatPath));
        Assert.Equal((1, 0), (client.Gate.InFlight, client.Gate.Waiting));
    }

    [Fact]
    public async Task ACachedAnswerIsReturnedWhileEverySlotIsTaken()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        using var cache = sandbox.Open();
        var client = Client(server, 1);
        var chat = new CachedChat(client, cache);
        var request = Ask("Synthetic lab report: potassium 4.1 mmol/L") with { Schema = new JsonSchemaFormat("category_answer", CategorySchema) };
        var fresh = await chat.AskAsync(CacheScope.Categorize, request, e => e.GetRawText(), CancellationToken.None);
        using var held = await client.Gate.EnterAsync(CancellationToken.None);

        var again = await chat.AskAsync(CacheScope.Categorize, request, e => e.GetRawText(), CancellationToken.None).WaitAsync(Patience);

        Assert.False(fresh.Cached);
        Assert.True(again.Cached);
        Assert.Equal(1, Received(server, ChatPath));
    }

    [Fact]
    public async Task AServerProbeIsNoModelRequest()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var client = Client(server, 1);
        using var held = await client.Gate.EnterAsync(CancellationToken.None);
        using var http = Core.Providers.ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5));

        var status = await new ServerProbe(http).ProbeAsync(TargetFor(server), new ProbeOptions(), CancellationToken.None).WaitAsync(Patience);

        Assert.True(status.Reachable);
        Assert.Equal(1, client.Gate.InFlight);
    }
}
