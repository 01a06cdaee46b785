namespace MedDocs.Core.Batch;

/// <summary>One item's outcome: its value, or the failure that stopped it (never both).</summary>
/// <param name="Cancelled">
/// Stopped because the batch was cancelled (Ctrl+C): not a failure to report. Set by the runner from
/// its own token, not from the exception type: an item's own timeout (HttpClient throws
/// TaskCanceledException) is a failure the user must see.
/// </param>
public sealed record BatchItemResult<TIn, TOut>(int Index, TIn Input, TOut? Value, Exception? Error, bool Cancelled = false)
{
    public bool Succeeded => Error is null;
}
