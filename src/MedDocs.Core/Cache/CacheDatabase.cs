using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MedDocs.Core.Cache;

/// <summary>
/// The cache's SQLite file: WAL mode (readers never wait for the writer, so several MedDocs processes and threads
/// share one file), a busy timeout so concurrent writers queue instead of failing, and recovery — a file SQLite
/// calls damaged or "not a database" is moved aside to <c>.corrupt</c>, under a lock file so that only one process
/// does it, and a fresh file is created. Connections come from Microsoft.Data.Sqlite's pool: one per call, never shared between threads.
/// </summary>
internal sealed class CacheDatabase
{
    /// <summary>The layout of the entries table; a file with a newer version is left alone.</summary>
    public const int SchemaVersion = 1;

    /// <summary>How long a writer waits for another writer (another process's batch of entries) before giving up on one call.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    private const string CreateTable = """
        CREATE TABLE entries (
            key       BLOB    NOT NULL UNIQUE,  -- SHA-256 of the request (CacheKeys): never the document text
            operation TEXT    NOT NULL,         -- categorize, phi, soap, entities, embed
            phi       INTEGER NOT NULL,         -- 1 when the value holds PHI (stored only with CachePhi)
            model     TEXT    NOT NULL,         -- the model that answered, as the server named it
            value     BLOB    NOT NULL,         -- the validated JSON answer (UTF-8) or the vector (float32, little-endian)
            size      INTEGER NOT NULL,         -- bytes counted against the size cap
            created   INTEGER NOT NULL,         -- Unix milliseconds
            used      INTEGER NOT NULL          -- last hit, Unix milliseconds (least recently used go first)
        );
        CREATE INDEX entries_by_use ON entries (used);
        """;

    private readonly string _connectionString;

    public CacheDatabase(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            // The file is created beforehand with owner-only permissions; SQLite must not create it with the umask's.
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>Where a damaged file is moved (one copy: the previous one is replaced).</summary>
    public string CorruptCopyPath => Path + ".corrupt";

    private string LockPath => Path + ".lock";

    public static bool IsDamage(SqliteException exception) =>
        exception.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase;

    /// <summary>An open connection with the per-connection settings applied.</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // NORMAL is durable in WAL mode except for the last transactions on power loss: right for a cache.
            Execute(connection, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Closes this file's idle pooled connections (the last one to close checkpoints the write-ahead log).</summary>
    public void ReleaseConnections() => SqliteConnection.ClearPool(new SqliteConnection(_connectionString));

    /// <summary>Creates the file and its table when missing; a damaged file is moved aside and replaced (with a warning).</summary>
    /// <exception cref="CacheFileException">The file was made by a newer MedDocs, or is damaged and cannot be moved.</exception>
    /// <exception cref="SqliteException">SQLite refused the file for another reason (read-only, disk full…).</exception>
    public void Initialize(Action<string> warn)
    {
        if (CacheFiles.EnsureFile(Path) is { } permissionWarning)
        {
            warn(permissionWarning);
        }
        try
        {
            CreateSchema();
        }
        catch (SqliteException ex) when (IsDamage(ex))
        {
            Recover(ex, warn);
            CacheFiles.EnsureFile(Path);
            CreateSchema();
        }
    }

    /// <summary>
    /// Moves the damaged file aside (with its -wal and -shm) unless another process already did; the next
    /// <see cref="Initialize"/> starts a fresh file.
    /// </summary>
    /// <exception cref="CacheFileException">The file could not be moved (e.g. open in another program on Windows).</exception>
    public void Recover(SqliteException damage, Action<string> warn)
    {
        // Pooled handles still point at the damaged file.
        ReleaseConnections();
        try
        {
            using var fileLock = CacheFiles.Lock(LockPath, BusyTimeout);
            if (!IsStillDamaged())
            {
                return;
            }
            File.Move(Path, CorruptCopyPath, overwrite: true);
            File.Delete(Path + "-wal");
            File.Delete(Path + "-shm");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CacheFileException(
                $"The result cache {Path} is damaged ({Describe(damage)}) and could not be moved aside ({ex.Message}); caching is off for this run. Close other programs using it, or delete it.", ex);
        }
        warn($"The result cache {Path} was damaged ({Describe(damage)}); it was moved to {CorruptCopyPath} and a new cache was started. " +
            "Delete the .corrupt file when you no longer need it: it may hold cached results.");
    }

    /// <summary>SQLite's own words ("database disk image is malformed"), which never contain document text.</summary>
    public static string Describe(SqliteException exception) =>
        exception.SqliteErrorCode switch
        {
            SqliteNotADatabase => "not an SQLite database",
            SqliteCorrupt => "the database file is malformed or truncated",
            _ => $"SQLite error {exception.SqliteErrorCode.ToString(CultureInfo.InvariantCulture)}",
        };

    private void CreateSchema()
    {
        using var connection = Connect();
        // auto_vacuum must be chosen before the first table exists; INCREMENTAL lets eviction shrink the file.
        Execute(connection, "PRAGMA auto_vacuum = INCREMENTAL;");
        Scalar(connection, "PRAGMA journal_mode = WAL;");
        if (Version(connection) == SchemaVersion)
        {
            return;
        }
        using var transaction = connection.BeginTransaction();
        // Another process may have created it while this one waited for the write lock.
        var version = Version(connection);
        if (version == SchemaVersion)
        {
            return;
        }
        if (version > SchemaVersion)
        {
            throw new CacheFileException(
                $"The result cache {Path} was made by a newer MedDocs (format {version.ToString(CultureInfo.InvariantCulture)}); caching is off for this run. Use another cache file (MEDDOCS_CACHE_PATH) or update MedDocs.");
        }
        // Version 0 is a new file; an older layout is only a cache: start again.
        Execute(connection, "DROP TABLE IF EXISTS entries;");
        Execute(connection, CreateTable);
        Execute(connection, $"PRAGMA user_version = {SchemaVersion};");
        transaction.Commit();
    }

    private bool IsStillDamaged()
    {
        if (!File.Exists(Path))
        {
            return false;
        }
        var builder = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            return !string.Equals(Scalar(connection, "PRAGMA quick_check(1);") as string, "ok", StringComparison.Ordinal);
        }
        catch (SqliteException ex) when (IsDamage(ex))
        {
            return true;
        }
    }

    private static long Version(SqliteConnection connection) =>
        Convert.ToInt64(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
