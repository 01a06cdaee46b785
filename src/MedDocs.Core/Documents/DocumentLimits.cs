namespace MedDocs.Core.Documents;

/// <summary>Guards that keep one oversized or pathological file from stalling a batch.</summary>
public sealed record DocumentLimits
{
    public const long DefaultMaxBytes = 100L * 1024 * 1024;
    public const int DefaultMaxPages = 2000;
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(120);

    /// <summary>Largest file accepted, in bytes (also caps the unpacked body of a DOCX).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Most pages accepted in one PDF.</summary>
    public int MaxPages { get; init; } = DefaultMaxPages;

    /// <summary>Wall-clock budget for loading one document.</summary>
    public TimeSpan TimeBudget { get; init; } = DefaultTimeBudget;
}
