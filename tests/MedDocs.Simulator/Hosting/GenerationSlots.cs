namespace MedDocs.Simulator;

/// <summary>The server's parallel generation slots: beyond them requests queue, as on a real inference server.</summary>
internal sealed class GenerationSlots(int count, SimulatorStats stats) : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(count, count);
    private readonly SimulatorStats stats = stats;

    public async Task<IDisposable> AcquireAsync(CancellationToken ct)
    {
        stats.EnterRequest();
        try
        {
            await semaphore.WaitAsync(ct);
        }
        catch
        {
            stats.ExitRequest();
            throw;
        }

        stats.EnterGeneration();
        return new Lease(this);
    }

    public void Dispose() => semaphore.Dispose();

    private sealed class Lease(GenerationSlots owner) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                owner.stats.ExitGeneration();
                owner.stats.ExitRequest();
                owner.semaphore.Release();
            }
        }
    }
}
