using MedDocs.Core.Requests;

namespace MedDocs.Core.Tests.Requests;

/// <summary>The gate itself: its limit, its queue, its keys, cancellation while waiting, resizing.</summary>
public sealed class RequestGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static Uri UniqueEndpoint(string path = "/v1") => new($"http://gate-{Guid.NewGuid():N}.test:1234{path}");

    [Fact]
    public async Task NoMoreThanItsSizeHoldASlotAndTheNextWaitsForOneToBeGivenBack()
    {
        var gate = new RequestGate("http://test:1/v1", 2);
        using var first = await gate.EnterAsync(CancellationToken.None);
        var second = await gate.EnterAsync(CancellationToken.None);

        var third = gate.EnterAsync(CancellationToken.None).AsTask();

        Assert.False(third.IsCompleted);
        Assert.Equal((2, 1), (gate.InFlight, gate.Waiting));
        second.Dispose();
        using var admitted = await third.WaitAsync(Patience);
        Assert.Equal((2, 0), (gate.InFlight, gate.Waiting));
    }

    [Fact]
    public async Task WaitersAreAdmittedInArrivalOrder()
    {
        var gate = new RequestGate("http://test:1/v1", 1);
        var held = await gate.EnterAsync(CancellationToken.None);
        var order = new List<int>();
        var entered = new List<Task>();
        for (var i = 0; i < 5; i++)
        {
            var n = i;
            var wait = gate.EnterAsync(CancellationToken.None).AsTask();
            entered.Add(wait.ContinueWith(t =>
            {
                lock (order)
                {
                    order.Add(n);
                }
                t.Result.Dispose();
            }, TaskScheduler.Default));
        }

        held.Dispose();
        await Task.WhenAll(entered).WaitAsync(Patience);

        Assert.Equal([0, 1, 2, 3, 4], order);
        Assert.Equal(0, gate.InFlight);
    }

    [Fact]
    public async Task GivingALeaseBackTwiceFreesOneSlot()
    {
        var gate = new RequestGate("http://test:1/v1", 2);
        var lease = await gate.EnterAsync(CancellationToken.None);
        using var other = await gate.EnterAsync(CancellationToken.None);

        lease.Dispose();
        lease.Dispose();

        Assert.Equal(1, gate.InFlight);
    }

    [Fact]
    public async Task CancellingAWaiterEndsItsWaitAndTakesNoSlot()
    {
        var gate = new RequestGate("http://test:1/v1", 1);
        var held = await gate.EnterAsync(CancellationToken.None);
        using var ctrlC = new CancellationTokenSource();
        var waiting = gate.EnterAsync(ctrlC.Token).AsTask();
        var behind = gate.EnterAsync(CancellationToken.None).AsTask();

        await ctrlC.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Patience));
        Assert.Equal(1, gate.Waiting);
        held.Dispose();
        using var next = await behind.WaitAsync(Patience);
        Assert.Equal((1, 0), (gate.InFlight, gate.Waiting));
    }

    [Fact]
    public async Task AnAlreadyCancelledTokenNeverEnters()
    {
        var gate = new RequestGate("http://test:1/v1", 1);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.EnterAsync(new CancellationToken(canceled: true)).AsTask());

        Assert.Equal(0, gate.InFlight);
    }

    [Fact]
    public async Task ShrinkingLetsRunningRequestsFinishAndAdmitsOnlyBelowTheNewSize()
    {
        var gate = new RequestGate("http://test:1/v1", 3);
        var leases = new[] { await gate.EnterAsync(CancellationToken.None), await gate.EnterAsync(CancellationToken.None), await gate.EnterAsync(CancellationToken.None) };

        gate.Resize(1);
        var waiting = gate.EnterAsync(CancellationToken.None).AsTask();
        leases[0].Dispose();
        leases[1].Dispose();

        Assert.False(waiting.IsCompleted);
        leases[2].Dispose();
        using var admitted = await waiting.WaitAsync(Patience);
        Assert.Equal(1, gate.InFlight);
    }

    [Fact]
    public async Task GrowingAdmitsWaitersAtOnce()
    {
        var gate = new RequestGate("http://test:1/v1", 1);
        using var held = await gate.EnterAsync(CancellationToken.None);
        var waiting = gate.EnterAsync(CancellationToken.None).AsTask();

        gate.Resize(2);

        using var admitted = await waiting.WaitAsync(Patience);
        Assert.Equal(2, gate.InFlight);
    }

    [Fact]
    public void OneEndpointSpelledTwoWaysSharesOneGate()
    {
        var host = $"gate-{Guid.NewGuid():N}.test";

        var a = RequestGates.For(new Uri($"HTTP://{host.ToUpperInvariant()}:80/v1/"), 3);
        var b = RequestGates.For(new Uri($"http://{host}/v1"), null);

        Assert.Same(a, b);
        Assert.Equal($"http://{host}:80/v1", a.Endpoint);
        Assert.Equal(3, b.Size);
    }

    [Fact]
    public void OtherPortsBasePathsAndSchemesGetTheirOwnGate()
    {
        var host = $"gate-{Guid.NewGuid():N}.test";
        var gates = new[]
        {
            RequestGates.For(new Uri($"http://{host}:1234/v1"), 2),
            RequestGates.For(new Uri($"http://{host}:1235/v1"), 2),
            RequestGates.For(new Uri($"http://{host}:1234/other/v1"), 2),
            RequestGates.For(new Uri($"https://{host}:1234/v1"), 2),
        };

        Assert.Equal(4, gates.Distinct().Count());
    }

    [Fact]
    public void TheSizeSetUpLastWinsAndNoSizeKeepsIt()
    {
        var endpoint = UniqueEndpoint();

        var gate = RequestGates.For(endpoint, null);
        Assert.Equal(RequestGates.DefaultSize, gate.Size);
        RequestGates.For(endpoint, 2);
        Assert.Equal(2, gate.Size);
        RequestGates.For(endpoint, 6);
        RequestGates.For(endpoint, null);
        Assert.Equal(6, gate.Size);
    }
}
