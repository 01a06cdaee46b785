using MedDocs.Core.Configuration;

namespace MedDocs.Core.Cache;

/// <summary>How a result cache is opened: its file, size cap and the PHI policy.</summary>
/// <param name="Path">The SQLite file (created with its folder when missing).</param>
public sealed record CacheOptions(string Path)
{
    /// <summary>Entries (values plus bookkeeping) are trimmed, least recently used first, when they exceed this.</summary>
    public long MaxBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Cache PHI-bearing answers too (the user's opt-in, MEDDOCS_CACHE_PHI).</summary>
    public bool StorePhi { get; init; }

    /// <summary>The clock for last-use times (tests move it by hand).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Options from settings, or null when the cache is turned off (Cache=false, --no-cache, -NoCache).</summary>
    /// <param name="environment">Where the default location is looked up (XDG_DATA_HOME, HOME, LOCALAPPDATA).</param>
    /// <exception cref="MedDocsException">No cache file is configured and no user data folder is known.</exception>
    public static CacheOptions? From(MedDocsSettings settings, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Cache ? For(settings, environment) : null;
    }

    /// <summary>The cache the settings describe, whether or not it is turned on (for statistics and clearing).</summary>
    /// <exception cref="MedDocsException">No cache file is configured and no user data folder is known.</exception>
    public static CacheOptions For(MedDocsSettings settings, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.CachePath ?? CacheLocation.DefaultPath(environment) ?? throw new MedDocsException("CachePathUnknown", ErrorKind.InvalidOperation,
            HostMessage.Of($"The result cache has no default location (no HOME, XDG_DATA_HOME or LOCALAPPDATA). Set MEDDOCS_CACHE_PATH to a file, or turn the cache off with MEDDOCS_CACHE=false ({HostOption.Parameter("NoCache")})."));
        return new CacheOptions(System.IO.Path.GetFullPath(path))
        {
            MaxBytes = settings.CacheMaxMegabytes * 1024L * 1024,
            StorePhi = settings.CachePhi,
        };
    }
}
