namespace MedDocs.Core.Requests;

/// <summary>
/// The parts of one document (chunks, groups of part notes) asked all at once, results in input order. No limit of
/// its own: each part's request waits at the server's <see cref="RequestGate"/>, which is what caps the server,
/// however many documents fan out at the same time. The first failure cancels the parts still waiting or running
/// (no calls spent on a result that is already lost) and is the one thrown.
/// </summary>
public static class FanOut
{
    public static async Task<TOut[]> MapAsync<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, CancellationToken, Task<TOut>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        var results = new TOut[items.Count];
        var all = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, items.Count), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), all, async (index, ct) =>
            results[index] = await work(items[index], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }
}
