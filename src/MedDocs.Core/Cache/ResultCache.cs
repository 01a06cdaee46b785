using System.Collections.Concurrent;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using Microsoft.Data.Sqlite;

namespace MedDocs.Core.Cache;

/// <summary>
/// Model answers kept in a SQLite file so that a re-run never sends the same request twice. One instance per
/// invocation (a CLI run, a cmdlet call), shared by its threads; several processes may use the same file at once.
/// The cache never fails a run: a file it cannot use turns caching off for the run with a warning, a damaged file
/// is moved aside and rebuilt. Warnings queue up for the host to show (<see cref="TakeWarnings"/>): workers never
/// write to the user themselves.
/// </summary>
public sealed class ResultCache : IDisposable
{
    /// <summary>The size cap is checked after this many stored entries (and when the run ends).</summary>
    private const int TrimEveryStores = 256;

    /// <summary>A hit refreshes the entry's last-use time at most this often, so a re-run is reads, not writes.</summary>
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(10);

    private readonly CacheOptions _options;
    private readonly CacheDatabase? _database;
    private readonly ConcurrentQueue<string> _warnings = new();
    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.Ordinal);
    private int _damaged;
    private SqliteException? _damage;
    private int _storesSinceTrim;
    private int _disposed;

    private ResultCache(CacheOptions options)
    {
        _options = options;
        try
        {
            var database = new CacheDatabase(options.Path);
            database.Initialize(_warnings.Enqueue);
            _database = database;
        }
        catch (CacheFileException ex)
        {
            _warnings.Enqueue(ex.Message);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            _warnings.Enqueue($"The result cache {options.Path} cannot be used ({Reason(ex)}); caching is off for this run. Check the folder's permissions and free space, or set MEDDOCS_CACHE_PATH.");
        }
        if (_database is not null)
        {
            TrimToCap();
        }
    }

    /// <summary>Opens (creating when missing) the cache these options describe. Never throws for file problems: see <see cref="IsAvailable"/>.</summary>
    public static ResultCache Open(CacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ResultCache(options);
    }

    /// <summary>The cache the settings ask for, or null when they turn it off (Cache=false, --no-cache, -NoCache).</summary>
    /// <exception cref="MedDocsException">No cache file is configured and no user data folder is known.</exception>
    public static ResultCache? OpenFor(MedDocsSettings settings, IReadOnlyDictionary<string, string?> environment) =>
        CacheOptions.From(settings, environment) is { } options ? Open(options) : null;

    public string Path => _options.Path;

    /// <summary>False when the file could not be used or was found damaged during the run: every lookup is then a miss.</summary>
    public bool IsAvailable => _database is not null && Volatile.Read(ref _damaged) == 0;

    /// <summary>True when PHI-bearing answers are cached too (the user opted in).</summary>
    public bool StoresPhi => _options.StorePhi;

    public CacheCounters Counters { get; } = new();

    /// <summary>The data-at-rest policy: PHI-bearing answers only with the user's opt-in.</summary>
    public bool Allows(CacheScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return !scope.PhiBearing || _options.StorePhi;
    }

    /// <summary>Warnings since the last call, for the host to show on its own thread.</summary>
    public IReadOnlyList<string> TakeWarnings()
    {
        var taken = new List<string>();
        while (_warnings.TryDequeue(out var warning))
        {
            taken.Add(warning);
        }
        return taken;
    }

    /// <summary>The stored answer under <paramref name="key"/>, or null (also when the cache is unavailable).</summary>
    internal CachedValue? Find(byte[] key)
    {
        if (!IsAvailable)
        {
            return null;
        }
        try
        {
            using var connection = _database!.Connect();
            using var select = connection.CreateCommand();
            select.CommandText = "SELECT value, model, used FROM entries WHERE key = $key;";
            select.Parameters.AddWithValue("$key", key);
            CachedValue found;
            long used;
            using (var reader = select.ExecuteReader())
            {
                if (!reader.Read())
                {
                    return null;
                }
                found = new CachedValue((byte[])reader.GetValue(0), reader.GetString(1));
                used = reader.GetInt64(2);
            }
            var now = Now();
            if (now - used > (long)TouchInterval.TotalMilliseconds)
            {
                using var touch = connection.CreateCommand();
                touch.CommandText = "UPDATE entries SET used = $now WHERE key = $key;";
                touch.Parameters.AddWithValue("$now", now);
                touch.Parameters.AddWithValue("$key", key);
                touch.ExecuteNonQuery();
            }
            return found;
        }
        catch (SqliteException ex)
        {
            Failed(ex);
            return null;
        }
    }

    /// <summary>Stores answers in one transaction; a failure is a warning, never the caller's error.</summary>
    internal void Store(CacheScope scope, IReadOnlyList<CacheWrite> writes)
    {
        if (!IsAvailable || writes.Count == 0 || !Allows(scope))
        {
            return;
        }
        try
        {
            using var connection = _database!.Connect();
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO entries (key, operation, phi, model, value, size, created, used)
                VALUES ($key, $operation, $phi, $model, $value, $size, $now, $now)
                ON CONFLICT (key) DO UPDATE SET model = excluded.model, value = excluded.value, size = excluded.size, used = excluded.used;
                """;
            var key = insert.Parameters.Add("$key", SqliteType.Blob);
            var model = insert.Parameters.Add("$model", SqliteType.Text);
            var value = insert.Parameters.Add("$value", SqliteType.Blob);
            var size = insert.Parameters.Add("$size", SqliteType.Integer);
            insert.Parameters.AddWithValue("$operation", scope.Operation);
            insert.Parameters.AddWithValue("$phi", scope.PhiBearing ? 1 : 0);
            insert.Parameters.AddWithValue("$now", Now());
            foreach (var write in writes)
            {
                key.Value = write.Key;
                model.Value = write.Model;
                value.Value = write.Value;
                size.Value = EntrySize(write);
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
            Counters.AddStored(writes.Count);
        }
        catch (SqliteException ex)
        {
            Failed(ex);
            return;
        }
        if (Interlocked.Add(ref _storesSinceTrim, writes.Count) >= TrimEveryStores)
        {
            Interlocked.Exchange(ref _storesSinceTrim, 0);
            TrimToCap();
        }
    }

    /// <summary>Bytes an entry counts against the cap: its value plus key, model name and row bookkeeping.</summary>
    internal static long EntrySize(CacheWrite write) => write.Value.Length + write.Key.Length + write.Model.Length + 64;

    /// <summary>Ends the run: enforces the size cap, and moves a file found damaged aside so the next run starts a fresh one.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1 || _database is null)
        {
            return;
        }
        if (Volatile.Read(ref _damaged) == 0)
        {
            TrimToCap();
            _database.ReleaseConnections();
        }
        else
        {
            try
            {
                _database.Recover(_damage!, _warnings.Enqueue);
            }
            catch (CacheFileException ex)
            {
                _warnings.Enqueue(ex.Message);
            }
        }
    }

    private void TrimToCap()
    {
        if (!IsAvailable)
        {
            return;
        }
        try
        {
            using var connection = _database!.Connect();
            CacheEviction.TrimToCap(connection, _options.MaxBytes);
        }
        catch (SqliteException ex)
        {
            Failed(ex);
        }
    }

    /// <summary>Damage turns the cache off for the rest of the run (the file is moved aside at the end); anything else is one warning per kind of failure.</summary>
    private void Failed(SqliteException exception)
    {
        if (CacheDatabase.IsDamage(exception))
        {
            if (Interlocked.Exchange(ref _damaged, 1) == 0)
            {
                _damage = exception;
                _warnings.Enqueue($"The result cache {Path} is damaged ({CacheDatabase.Describe(exception)}); caching is off for the rest of this run and the file will be moved aside when it ends.");
            }
            return;
        }
        if (_warned.TryAdd(exception.SqliteErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture), true))
        {
            _warnings.Enqueue($"The result cache {Path} could not be used for one answer ({Reason(exception)}); the run goes on without it.");
        }
    }

    private long Now() => _options.Clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>SQLite's message or the OS's, which name files but never document text.</summary>
    private static string Reason(Exception exception) => exception is SqliteException sqlite
        ? sqlite.SqliteErrorCode switch
        {
            5 => "another process kept it locked for too long",
            8 => "the file is read-only",
            13 => "the disk is full",
            14 => "the file cannot be opened",
            _ => $"SQLite error {sqlite.SqliteErrorCode}: {sqlite.Message}",
        }
        : exception.Message;
}
