using System.Globalization;

namespace MedDocs.Core.Cache;

/// <summary>
/// What the cache did in one run, for -Verbose and --verbose: answers reused, requests that had to go to the model,
/// answers stored, and answers the policy kept out (PHI-bearing without CachePhi). Counts only — never content. Thread-safe.
/// </summary>
public sealed class CacheCounters
{
    private int _hits;
    private int _misses;
    private int _stored;
    private int _notCached;

    /// <summary>Answers (chat answers or embedding vectors) served from the cache: no request was sent for them.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Answers looked up, not found (or no longer valid), and asked of the model.</summary>
    public int Misses => Volatile.Read(ref _misses);

    /// <summary>Answers written to the cache.</summary>
    public int Stored => Volatile.Read(ref _stored);

    /// <summary>PHI-bearing answers neither looked up nor stored because CachePhi is off.</summary>
    public int NotCachedPhi => Volatile.Read(ref _notCached);

    internal void Hit() => Interlocked.Increment(ref _hits);

    internal void Miss() => Interlocked.Increment(ref _misses);

    internal void AddStored(int count) => Interlocked.Add(ref _stored, count);

    internal void NotCached() => Interlocked.Increment(ref _notCached);

    /// <summary>One line, e.g. "990 answers from the cache, 10 sent to the model, 10 stored".</summary>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Hits} {Plural(Hits)} from the cache, {Misses} sent to the model, {Stored} stored");
        return NotCachedPhi == 0
            ? text
            : text + string.Create(CultureInfo.InvariantCulture,
                $"; {NotCachedPhi} PHI-bearing {Plural(NotCachedPhi)} not cached (set MEDDOCS_CACHE_PHI=true to cache them)");
    }

    private static string Plural(int count) => count == 1 ? "answer" : "answers";
}
