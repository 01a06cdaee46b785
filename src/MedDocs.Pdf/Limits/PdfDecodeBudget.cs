namespace MedDocs.Pdf;

/// <summary>
/// Bytes that stream decoding (Flate, LZW, RunLength, image samples) may still produce. One budget per document
/// keeps a decompression bomb from growing without bound; a budget shared by the documents of a batch (see
/// <see cref="PdfOpenOptions.SharedBudget"/>) bounds what parallel documents decode together. Thread-safe.
/// </summary>
public sealed class PdfDecodeBudget
{
    private long remaining;

    /// <param name="limit">Bytes that may be decoded in total.</param>
    /// <param name="name">How messages name this budget (e.g. the setting that raises it).</param>
    public PdfDecodeBudget(long limit, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentException.ThrowIfNullOrEmpty(name);
        Limit = limit;
        Name = name;
        remaining = limit;
    }

    public long Limit { get; }

    public string Name { get; }

    public long Remaining => Interlocked.Read(ref remaining);

    /// <summary>Takes up to <paramref name="wanted"/> bytes; returns how many were granted (0 when spent).</summary>
    public long Take(long wanted)
    {
        while (true)
        {
            var current = Interlocked.Read(ref remaining);
            var granted = Math.Clamp(wanted, 0, current);
            if (Interlocked.CompareExchange(ref remaining, current - granted, current) == current)
            {
                return granted;
            }
        }
    }

    /// <summary>Gives back bytes taken but not used (a stream that decoded to less than was reserved).</summary>
    public void Return(long bytes)
    {
        if (bytes > 0)
        {
            Interlocked.Add(ref remaining, bytes);
        }
    }
}
