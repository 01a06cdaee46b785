using MedDocs.Core.Batch;

namespace MedDocs.Core.Tests.Batch;

/// <summary>Bounded parallelism, ordering, per-item failures, cancellation and progress.</summary>
public sealed class BatchRunnerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static async Task<List<BatchItemResult<TIn, TOut>>> RunAsync<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, CancellationToken, Task<TOut>> work, BatchOptions options)
    {
        var results = new List<BatchItemResult<TIn, TOut>>();
        await foreach (var result in BatchRunner.RunAsync(items, work, options))
        {
            results.Add(result);
        }
        return results;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public async Task NeverMoreInFlightThanTheThrottleLimitAndReachesIt(int limit)
    {
        var inFlight = 0;
        var maxInFlight = 0;
        var reachedLimit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var results = await RunAsync(Enumerable.Range(0, 40), async (int i, CancellationToken ct) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            if (now == limit)
            {
                reachedLimit.TrySetResult();
            }
            // Hold every slot until the limit was reached once, so "== limit" does not depend on timing.
            await reachedLimit.Task.WaitAsync(Patience, ct);
            await Task.Yield();
            Interlocked.Decrement(ref inFlight);
            return i * 2;
        }, new BatchOptions { ThrottleLimit = limit });

        Assert.Equal(40, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(limit, maxInFlight);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * 2).Order(), results.Select(r => r.Value).Order());
    }

    [Fact]
    public async Task OrderedModeEmitsInInputOrderWhenLaterItemsFinishFirst()
    {
        const int count = 6;
        var gates = Enumerable.Range(0, count).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var finishOrder = new System.Collections.Concurrent.ConcurrentQueue<int>();
        var started = new CountdownEvent(count);

        using var runner = new BatchRunner<int, string>(async (i, ct) =>
        {
            started.Signal();
            await gates[i].Task.WaitAsync(Patience, ct);
            finishOrder.Enqueue(i);
            return $"item {i}";
        }, new BatchOptions { ThrottleLimit = count, Ordered = true }, CancellationToken.None);
        for (var i = 0; i < count; i++)
        {
            runner.Post(i);
        }
        runner.Complete();
        Assert.True(started.Wait(Patience));
        // Finish from last to first, each after the previous one finished.
        for (var i = count - 1; i >= 0; i--)
        {
            gates[i].SetResult();
            while (!finishOrder.Contains(i))
            {
                await Task.Delay(1);
            }
        }

        var results = new List<BatchItemResult<int, string>>();
        await foreach (var result in runner.ReadAllAsync())
        {
            results.Add(result);
        }

        Assert.Equal(Enumerable.Range(0, count).Reverse(), finishOrder);
        Assert.Equal(Enumerable.Range(0, count), results.Select(r => r.Index));
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"item {i}"), results.Select(r => r.Value));
    }

    [Fact]
    public async Task UnorderedModeEmitsAsItemsFinish()
    {
        var gates = new[] { new TaskCompletionSource(), new TaskCompletionSource() };
        using var runner = new BatchRunner<int, int>(async (i, ct) =>
        {
            await gates[i].Task.WaitAsync(Patience, ct);
            return i;
        }, new BatchOptions { ThrottleLimit = 2 }, CancellationToken.None);
        runner.Post(0);
        runner.Post(1);
        runner.Complete();

        gates[1].SetResult();
        var reader = runner.ReadAllAsync().GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal(1, reader.Current.Index);
        gates[0].SetResult();
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal(0, reader.Current.Index);
        Assert.False(await reader.MoveNextAsync());
        await reader.DisposeAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AThrowingItemIsOneFailureAndTheRestSucceed(bool ordered)
    {
        var results = await RunAsync(Enumerable.Range(0, 100), async (int i, CancellationToken ct) =>
        {
            await Task.Yield();
            return i == 37 ? throw new InvalidDataException($"item {i} is broken") : i;
        }, new BatchOptions { ThrottleLimit = 4, Ordered = ordered });

        Assert.Equal(100, results.Count);
        Assert.Equal(99, results.Count(r => r.Succeeded));
        var failure = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(37, failure.Input);
        Assert.False(failure.Cancelled);
        Assert.IsType<InvalidDataException>(failure.Error);
        Assert.Equal(Enumerable.Range(0, 100), results.Select(r => r.Index).Order());
    }

    [Fact]
    public async Task AnItemsOwnTimeoutIsAFailureNotACancellation()
    {
        // An HttpClient timeout surfaces as TaskCanceledException; the batch was not cancelled, so it must be reported.
        var results = await RunAsync(Enumerable.Range(0, 3), async (int i, CancellationToken ct) =>
        {
            await Task.Yield();
            return i == 1 ? throw new TaskCanceledException("The request timed out.") : i;
        }, new BatchOptions { ThrottleLimit = 2 });

        var timedOut = Assert.Single(results, r => !r.Succeeded);
        Assert.False(timedOut.Cancelled);
        Assert.Equal(2, results.Count(r => r.Succeeded));
    }

    [Fact]
    public async Task CancelStopsPromptlyAndStartsNothingNew()
    {
        const int count = 30;
        var started = 0;
        var twoRunning = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var runner = new BatchRunner<int, int>(async (i, ct) =>
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                twoRunning.TrySetResult();
            }
            await Task.Delay(Timeout.Infinite, ct);
            return i;
        }, new BatchOptions { ThrottleLimit = 2 }, CancellationToken.None);
        for (var i = 0; i < count; i++)
        {
            runner.Post(i);
        }
        runner.Complete();
        await twoRunning.Task.WaitAsync(Patience);

        runner.Cancel();
        var results = new List<BatchItemResult<int, int>>();
        await foreach (var result in runner.ReadAllAsync().WithCancellation(new CancellationTokenSource(Patience).Token))
        {
            results.Add(result);
        }

        Assert.Equal(2, Volatile.Read(ref started));
        Assert.Equal(count, results.Count);
        Assert.All(results, r => Assert.True(r.Cancelled));
        Assert.Equal(0, runner.Progress.Failed);
    }

    [Fact]
    public async Task CallerTokenCancelsTheBatch()
    {
        using var cancel = new CancellationTokenSource();
        var started = 0;
        var results = new List<BatchItemResult<int, int>>();
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var result in BatchRunner.RunAsync(Enumerable.Range(0, 10), async (i, ct) =>
                {
                    if (Interlocked.Increment(ref started) == 1)
                    {
                        await cancel.CancelAsync();
                    }
                    await Task.Delay(Timeout.Infinite, ct);
                    return i;
                }, new BatchOptions { ThrottleLimit = 1 }, cancel.Token))
                {
                    results.Add(result);
                }
            }
            catch (OperationCanceledException)
            {
                // Reading with the caller's token may end by exception; either ending is fine, hanging is not.
            }
        });

        await reading.WaitAsync(Patience);

        Assert.Equal(1, Volatile.Read(ref started));
        Assert.All(results, r => Assert.True(r.Cancelled));
    }

    [Fact]
    public async Task TryReadDrainsBetweenPostsAndProgressCounts()
    {
        using var runner = new BatchRunner<int, int>((i, ct) => i == 2 ? Task.FromException<int>(new InvalidOperationException("bad")) : Task.FromResult(i * 10),
            new BatchOptions { ThrottleLimit = 2 }, CancellationToken.None);
        var seen = new List<BatchItemResult<int, int>>();
        for (var i = 0; i < 4; i++)
        {
            runner.Post(i);
            BatchItemResult<int, int>? ready = null;
            Assert.True(SpinWait.SpinUntil(() => runner.TryRead(out ready), Patience));
            seen.Add(ready!);
            Assert.Equal(new BatchProgress(i + 1, i >= 2 ? 1 : 0, i + 1, InputComplete: false), runner.Progress);
        }
        Assert.False(runner.TryRead(out _));
        runner.Complete();
        await foreach (var extra in runner.ReadAllAsync())
        {
            seen.Add(extra);
        }

        Assert.Equal([0, 10, 0, 30], seen.Select(r => r.Value));
        Assert.Equal(new BatchProgress(4, 1, 4, InputComplete: true), runner.Progress);
        Assert.Equal(100, runner.Progress.PercentComplete);
        Assert.Throws<InvalidOperationException>(() => runner.Post(5));
    }

    [Fact]
    public async Task EmptyBatchCompletes()
    {
        var results = await RunAsync(Array.Empty<int>(), (int i, CancellationToken ct) => Task.FromResult(i), new BatchOptions());

        Assert.Empty(results);
    }

    [Fact]
    public void ThrottleLimitBelowOneIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchRunner<int, int>((i, ct) => Task.FromResult(i), new BatchOptions { ThrottleLimit = 0 }, CancellationToken.None));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
