namespace MedDocs.Core.Cache;

/// <summary>
/// What the cache holds (`meddocs cache stats`, Get-MedDocsCache): flat, so CSV and tables show it as is.
/// Counts and sizes only — entries hold hashes and answers, never document text, and none is shown here.
/// </summary>
public sealed record CacheStatistics
{
    public required string Path { get; init; }

    /// <summary>False when no run has created the file yet (nothing is created to answer).</summary>
    public bool Exists { get; init; }

    /// <summary>The Cache setting: false when runs do not use the cache (it can still be inspected and cleared).</summary>
    public bool Enabled { get; init; }

    /// <summary>The CachePhi setting: whether PHI-bearing answers are stored.</summary>
    public bool StoresPhi { get; init; }

    public long Entries { get; init; }

    /// <summary>Bytes the entries count against the cap.</summary>
    public long Bytes { get; init; }

    /// <summary>The size cap (CacheMaxMegabytes) in bytes.</summary>
    public long MaxBytes { get; init; }

    /// <summary>The database file plus its write-ahead log on disk.</summary>
    public long FileBytes { get; init; }

    public long Categorize { get; init; }
    public long Phi { get; init; }
    public long Soap { get; init; }
    public long Entities { get; init; }
    public long Embed { get; init; }

    /// <summary>Entries holding PHI (stored only with CachePhi).</summary>
    public long PhiBearing { get; init; }

    /// <summary>Least recent use among the entries (the next to be evicted), UTC.</summary>
    public DateTimeOffset? OldestUse { get; init; }

    /// <summary>Most recent use, UTC.</summary>
    public DateTimeOffset? NewestUse { get; init; }

    /// <summary>A damaged cache moved aside earlier (it may hold cached results; `cache clear` deletes it).</summary>
    public string? CorruptCopy { get; init; }
}
