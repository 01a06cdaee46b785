namespace MedDocs.Core.Documents;

/// <summary>Guards that keep one oversized or pathological file from stalling a batch or exhausting memory.</summary>
public sealed record DocumentLimits
{
    public const long DefaultMaxBytes = 100L * 1024 * 1024;
    public const int DefaultMaxPages = 2000;
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(120);

    /// <summary>Default for <see cref="MaxDecodedBytes"/>: 512 MB.</summary>
    public const long DefaultMaxDecodedBytes = 512L * 1024 * 1024;

    /// <summary>Default for <see cref="MaxBatchDecodedBytes"/>: 2 GB.</summary>
    public const long DefaultMaxBatchDecodedBytes = 2048L * 1024 * 1024;

    /// <summary>Largest file accepted, in bytes actually read (also caps the unpacked parts of a DOCX, and stdin).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Most pages accepted in one PDF.</summary>
    public int MaxPages { get; init; } = DefaultMaxPages;

    /// <summary>Wall-clock budget for loading one document (opening the file included).</summary>
    public TimeSpan TimeBudget { get; init; } = DefaultTimeBudget;

    /// <summary>Bytes one PDF's compressed streams may decompress to in all; beyond it streams are cut, with a warning.</summary>
    public long MaxDecodedBytes { get; init; } = DefaultMaxDecodedBytes;

    /// <summary>
    /// Bytes the documents one <see cref="DocumentLoader"/> reads at the same time (a batch) may decompress to together;
    /// each document gives its share back when it is done.
    /// </summary>
    public long MaxBatchDecodedBytes { get; init; } = DefaultMaxBatchDecodedBytes;

    /// <summary>Deepest XML nesting accepted in a DOCX part (Word writes fewer than 30 levels; deeper is an attack on the parser's stack).</summary>
    public int MaxXmlDepth { get; init; } = 256;
}
