namespace MedDocs.Infrastructure;

/// <summary>Reading the core's asynchronous streams on the pipeline thread, the only thread a cmdlet may write from.</summary>
internal static class PipelineThread
{
    /// <summary>Blocks until <paramref name="items"/> ends, handing each item to <paramref name="write"/>; Ctrl+C ends it quietly (PowerShell reports the stop).</summary>
    public static void ForEach<T>(IAsyncEnumerable<T> items, Action<T> write, CancellationToken cancellationToken)
    {
        var all = items.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (all.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                write(all.Current);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: stop quietly.
        }
        finally
        {
            all.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
