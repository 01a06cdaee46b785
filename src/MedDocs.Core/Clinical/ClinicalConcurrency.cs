namespace MedDocs.Core.Clinical;

/// <summary>Runs one call per item with at most N in flight, results in input order.</summary>
internal static class ClinicalConcurrency
{
    public static async Task<IReadOnlyList<TOut>> MapAsync<TIn, TOut>(IReadOnlyList<TIn> items, int concurrency, Func<TIn, CancellationToken, Task<TOut>> work, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(Math.Max(1, concurrency));
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tasks = items.Select(async item =>
        {
            await slots.WaitAsync(failed.Token).ConfigureAwait(false);
            try
            {
                return await work(item, failed.Token).ConfigureAwait(false);
            }
            catch
            {
                // One failed part fails the note: stop the others instead of spending calls on them.
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finally
            {
                slots.Release();
            }
        }).ToList();
        try
        {
            return await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Report the failure that stopped the others, not the cancellations it caused.
            var first = tasks.FirstOrDefault(t => t.IsFaulted)?.Exception?.InnerException;
            if (first is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            }
            throw;
        }
    }
}
