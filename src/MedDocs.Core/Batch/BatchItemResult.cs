namespace MedDocs.Core.Batch;

/// <summary>One item's outcome: its value, or the failure that stopped it (never both).</summary>
public sealed record BatchItemResult<TIn, TOut>(int Index, TIn Input, TOut? Value, Exception? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>Stopped by the user (Ctrl+C): not a failure to report.</summary>
    public bool Cancelled => Error is OperationCanceledException;
}
