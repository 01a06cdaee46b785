using MedDocs.Core.Cache;

namespace MedDocs.Core.Tests.Cache;

/// <summary>A cache file in its own temp folder (created by the cache, as in real use), with a clock the test moves.</summary>
internal sealed class CacheSandbox : IDisposable
{
    public CacheSandbox()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "meddocs-cache-" + Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Folder, "data", "cache.db");
    }

    public string Folder { get; }

    /// <summary>The cache file; its folder does not exist until the cache creates it.</summary>
    public string Path { get; }

    public ManualClock Clock { get; } = new();

    public CacheOptions Options(bool storePhi = false, long maxBytes = 1024L * 1024 * 1024) =>
        new(Path) { StorePhi = storePhi, MaxBytes = maxBytes, Clock = Clock };

    public ResultCache Open(bool storePhi = false, long maxBytes = 1024L * 1024 * 1024) => ResultCache.Open(Options(storePhi, maxBytes));

    /// <summary>Every byte of the cache's files on disk (database and write-ahead log), to look for text that must not be there.</summary>
    public byte[] AllBytes() =>
        new[] { Path, Path + "-wal" }.Where(File.Exists).SelectMany(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }).ToArray();

    public bool Contains(string text) => AllBytes().AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}

/// <summary>A clock for last-use times that only moves when told.</summary>
internal sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
