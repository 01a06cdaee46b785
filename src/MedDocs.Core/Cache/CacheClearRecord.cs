namespace MedDocs.Core.Cache;

/// <summary>What `meddocs cache clear` / Clear-MedDocsCache removed (or, with -WhatIf, would remove).</summary>
/// <param name="Path">The cache file.</param>
/// <param name="Operations">The operations cleared, comma-separated, or "all".</param>
/// <param name="PhiOnly">Only PHI-bearing entries were cleared.</param>
/// <param name="Entries">Entries removed (or that would be).</param>
/// <param name="Bytes">Bytes those entries counted against the cap.</param>
/// <param name="WhatIf">True when nothing was removed: this is what would be.</param>
/// <param name="CorruptCopyRemoved">The moved-aside damaged copy was deleted too (clearing everything does that).</param>
public sealed record CacheClearRecord(string Path, string Operations, bool PhiOnly, long Entries, long Bytes, bool WhatIf, bool CorruptCopyRemoved);

/// <summary>Which entries to clear: every one by default.</summary>
public sealed record CacheClearFilter
{
    /// <summary>Only these operations; empty means all.</summary>
    public IReadOnlyList<CacheScope> Operations { get; init; } = [];

    /// <summary>Only entries holding PHI (e.g. after turning CachePhi off).</summary>
    public bool PhiOnly { get; init; }

    public bool IsEverything => Operations.Count == 0 && !PhiOnly;
}
