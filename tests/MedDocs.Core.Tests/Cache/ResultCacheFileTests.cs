using System.Security.Cryptography;
using System.Text;
using MedDocs.Core.Cache;
using Microsoft.Data.Sqlite;

namespace MedDocs.Core.Tests.Cache;

/// <summary>The cache file itself: where and how it is created, damage and recovery, the size cap, and many writers at once.</summary>
public sealed class ResultCacheFileTests
{
    private static byte[] Key(string name) => SHA256.HashData(Encoding.UTF8.GetBytes(name));

    private static CacheWrite Write(string name, int bytes = 100) => new(Key(name), "test-model", Encoding.UTF8.GetBytes(new string('v', bytes)));

    private static void Store(ResultCache cache, params CacheWrite[] writes) => cache.Store(CacheScope.Categorize, writes);

    [Fact]
    public void TheFileAndItsFolderAreCreatedReadableByTheOwnerOnly()
    {
        using var sandbox = new CacheSandbox();
        using (var cache = sandbox.Open())
        {
            Store(cache, Write("a"));
            Assert.True(cache.IsAvailable);
            Assert.Empty(cache.TakeWarnings());
            Assert.True(File.Exists(sandbox.Path + "-wal"), "a run writes through the write-ahead log");
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sandbox.Path));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sandbox.Path + "-wal"));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(sandbox.Path)!));
            }
        }
    }

    [Fact]
    public void AnExistingFileReadableByOthersIsNarrowedToTheOwner()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions; Windows inherits the profile folder's ACL.
        }
        using var sandbox = new CacheSandbox();
        Directory.CreateDirectory(Path.GetDirectoryName(sandbox.Path)!);
        File.WriteAllBytes(sandbox.Path, []);
        File.SetUnixFileMode(sandbox.Path, (UnixFileMode)Convert.ToInt32("644", 8));

        using var cache = sandbox.Open();

        Assert.True(cache.IsAvailable);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sandbox.Path));
    }

    [Fact]
    public void TheFileIsInWalModeWithTheEntriesTable()
    {
        using var sandbox = new CacheSandbox();
        using (var cache = sandbox.Open())
        {
            Store(cache, Write("a"));
        }
        using var connection = new SqliteConnection($"Data Source={sandbox.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT count(*) FROM entries;";
        Assert.Equal(1L, command.ExecuteScalar());
        command.CommandText = "PRAGMA user_version;";
        Assert.Equal((long)CacheDatabase.SchemaVersion, command.ExecuteScalar());
    }

    [Fact]
    public void AStoredValueIsFoundAgainByItsKeyOnly()
    {
        using var sandbox = new CacheSandbox();
        using (var cache = sandbox.Open())
        {
            Store(cache, Write("a", 10));
            Assert.Null(cache.Find(Key("b")));
        }
        using var reopened = sandbox.Open();
        var found = reopened.Find(Key("a"));
        Assert.NotNull(found);
        Assert.Equal(("test-model", new string('v', 10)), (found.Model, Encoding.UTF8.GetString(found.Value)));
    }

    [Fact]
    public void AFileOfGarbageIsMovedAsideAndRebuiltWithAWarning()
    {
        using var sandbox = new CacheSandbox();
        Directory.CreateDirectory(Path.GetDirectoryName(sandbox.Path)!);
        var garbage = new byte[20_000];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(sandbox.Path, garbage);

        using var cache = sandbox.Open();

        Assert.True(cache.IsAvailable);
        var warning = Assert.Single(cache.TakeWarnings());
        Assert.Contains("not an SQLite database", warning, StringComparison.Ordinal);
        Assert.Contains(sandbox.Path + ".corrupt", warning, StringComparison.Ordinal);
        Assert.Equal(garbage, File.ReadAllBytes(sandbox.Path + ".corrupt"));
        Store(cache, Write("a"));
        Assert.NotNull(cache.Find(Key("a")));
    }

    [Fact]
    public void ATruncatedFileIsMovedAsideAndRebuiltWithAWarning()
    {
        using var sandbox = new CacheSandbox();
        using (var cache = sandbox.Open())
        {
            Store(cache, Enumerable.Range(0, 400).Select(i => Write($"entry {i}", 3000)).ToArray());
        }
        var length = new FileInfo(sandbox.Path).Length;
        Assert.True(length > 1_000_000, $"the filled cache should be large, is {length} bytes");
        using (var file = new FileStream(sandbox.Path, FileMode.Open))
        {
            file.SetLength(length / 2);
        }

        using var reopened = sandbox.Open();

        Assert.True(reopened.IsAvailable);
        Assert.Contains("malformed or truncated", Assert.Single(reopened.TakeWarnings()), StringComparison.Ordinal);
        Assert.Null(reopened.Find(Key("entry 1")));
        Store(reopened, Write("a"));
        Assert.NotNull(reopened.Find(Key("a")));
    }

    [Fact]
    public void DamageFoundDuringARunTurnsTheCacheOffAndTheFileIsReplacedAtTheEnd()
    {
        using var sandbox = new CacheSandbox();
        using (var cache = sandbox.Open())
        {
            Store(cache, Enumerable.Range(0, 400).Select(i => Write($"entry {i}", 3000)).ToArray());
        }
        // Keep the header and schema page, scribble over everything after them.
        var bytes = File.ReadAllBytes(sandbox.Path);
        new Random(3).NextBytes(bytes.AsSpan(8192));
        File.WriteAllBytes(sandbox.Path, bytes);

        using (var damaged = sandbox.Open())
        {
            Assert.Null(damaged.Find(Key("entry 5")));
            Assert.False(damaged.IsAvailable);
            Assert.Null(damaged.Find(Key("entry 6")));
            Store(damaged, Write("ignored"));
            Assert.Contains("is damaged", string.Join("\n", damaged.TakeWarnings()), StringComparison.Ordinal);
            damaged.Dispose();
            Assert.Contains("moved to", string.Join("\n", damaged.TakeWarnings()), StringComparison.Ordinal);
        }
        Assert.True(File.Exists(sandbox.Path + ".corrupt"));

        using var fresh = sandbox.Open();
        Assert.True(fresh.IsAvailable);
        Assert.Empty(fresh.TakeWarnings());
        Store(fresh, Write("a"));
        Assert.NotNull(fresh.Find(Key("a")));
    }

    [Fact]
    public void AFileFromANewerMedDocsIsLeftAloneAndCachingIsOff()
    {
        using var sandbox = new CacheSandbox();
        using (var cache = sandbox.Open())
        {
            Store(cache, Write("a"));
        }
        using (var connection = new SqliteConnection($"Data Source={sandbox.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99;";
            command.ExecuteNonQuery();
        }

        using var newer = sandbox.Open();

        Assert.False(newer.IsAvailable);
        Assert.Contains("newer MedDocs", Assert.Single(newer.TakeWarnings()), StringComparison.Ordinal);
        Assert.Null(newer.Find(Key("a")));
        Assert.False(File.Exists(sandbox.Path + ".corrupt"));
    }

    [Fact]
    public void AnUnusableLocationIsAWarningNotAFailure()
    {
        using var sandbox = new CacheSandbox();
        Directory.CreateDirectory(sandbox.Folder);
        var blocker = Path.Combine(sandbox.Folder, "not-a-folder");
        File.WriteAllText(blocker, "a file where the cache's folder should be");

        using var cache = ResultCache.Open(new CacheOptions(Path.Combine(blocker, "cache.db")));

        Assert.False(cache.IsAvailable);
        Assert.Contains("caching is off for this run", Assert.Single(cache.TakeWarnings()), StringComparison.Ordinal);
        Assert.Null(cache.Find(Key("a")));
        Store(cache, Write("a"));
    }

    [Fact]
    public void BeyondTheCapTheLeastRecentlyUsedEntriesGoFirst()
    {
        using var sandbox = new CacheSandbox();
        var entrySize = ResultCache.EntrySize(Write("x", 1000));
        // Room for four entries.
        using var cache = sandbox.Open(maxBytes: entrySize * 4 + 10);
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            Store(cache, Write(name, 1000));
            sandbox.Clock.Advance(TimeSpan.FromHours(1));
        }
        // "a" is used again: now "b" is the least recently used.
        Assert.NotNull(cache.Find(Key("a")));
        sandbox.Clock.Advance(TimeSpan.FromHours(1));
        Store(cache, Write("e", 1000));

        cache.Dispose();

        using var reopened = sandbox.Open(maxBytes: entrySize * 4 + 10);
        string[] names = ["a", "b", "c", "d", "e"];
        var kept = names.Where(n => reopened.Find(Key(n)) is not null).ToList();
        // Trimmed to 90 % of the cap: the two least recently used (b, c) are gone.
        Assert.Equal(["a", "d", "e"], kept);
    }

    [Fact]
    public void ManyThreadsWithTheirOwnCachesShareOneFile()
    {
        using var sandbox = new CacheSandbox();
        const int Writers = 8;
        const int PerWriter = 60;
        Parallel.For(0, Writers, new ParallelOptions { MaxDegreeOfParallelism = Writers }, writer =>
        {
            using var cache = sandbox.Open();
            for (var i = 0; i < PerWriter; i++)
            {
                Store(cache, Write($"w{writer}-{i}"));
                // Read what another writer wrote a moment ago: readers never wait in WAL mode.
                cache.Find(Key($"w{(writer + 1) % Writers}-{i}"));
            }
            Assert.Empty(cache.TakeWarnings());
            Assert.Equal(PerWriter, cache.Counters.Stored);
        });

        using var check = sandbox.Open();
        Assert.All(Enumerable.Range(0, Writers * PerWriter), n => Assert.NotNull(check.Find(Key($"w{n / PerWriter}-{n % PerWriter}"))));
    }
}
