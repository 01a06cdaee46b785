namespace MedDocs.Core.Batch;

/// <summary>Runs a whole batch when all input is at hand (CLI, tests, benchmarks).</summary>
public static class BatchRunner
{
    public static async IAsyncEnumerable<BatchItemResult<TIn, TOut>> RunAsync<TIn, TOut>(
        IEnumerable<TIn> items,
        Func<TIn, CancellationToken, Task<TOut>> work,
        BatchOptions options,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var runner = new BatchRunner<TIn, TOut>(work, options, cancellationToken);
        foreach (var item in items)
        {
            runner.Post(item);
        }
        runner.Complete();
        await foreach (var result in runner.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return result;
        }
    }
}
