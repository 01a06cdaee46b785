using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MedDocs.Core.Cache;

/// <summary>
/// Inspecting and clearing the cache (`meddocs cache stats|clear`, Get-MedDocsCache, Clear-MedDocsCache). Unlike a
/// run, these are what the user asked for, so a file that cannot be used is an error here — a damaged one is still
/// moved aside with a warning first. Neither creates a cache that does not exist.
/// </summary>
public static class CacheMaintenance
{
    /// <exception cref="MedDocsException">The cache file exists but cannot be read.</exception>
    public static CacheStatistics Statistics(CacheOptions options, bool enabled, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(warn);
        var result = new CacheStatistics { Path = options.Path, Enabled = enabled, StoresPhi = options.StorePhi, MaxBytes = options.MaxBytes };
        if (!File.Exists(options.Path))
        {
            return result with { CorruptCopy = CorruptCopy(options) };
        }
        return Use(options, warn, connection =>
        {
            var perOperation = new Dictionary<string, long>(StringComparer.Ordinal);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT operation, count(*), CAST(total(size) AS INTEGER), CAST(total(phi) AS INTEGER), min(used), max(used) FROM entries GROUP BY operation;";
            long entries = 0, bytes = 0, phi = 0;
            long? oldest = null, newest = null;
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    perOperation[reader.GetString(0)] = reader.GetInt64(1);
                    entries += reader.GetInt64(1);
                    bytes += reader.GetInt64(2);
                    phi += reader.GetInt64(3);
                    oldest = Math.Min(oldest ?? long.MaxValue, reader.GetInt64(4));
                    newest = Math.Max(newest ?? long.MinValue, reader.GetInt64(5));
                }
            }
            return result with
            {
                Exists = true,
                Entries = entries,
                Bytes = bytes,
                FileBytes = SizeOf(options.Path) + SizeOf(options.Path + "-wal"),
                Categorize = perOperation.GetValueOrDefault(CacheScope.Categorize.Operation),
                Phi = perOperation.GetValueOrDefault(CacheScope.Phi.Operation),
                Soap = perOperation.GetValueOrDefault(CacheScope.SoapNote.Operation),
                Entities = perOperation.GetValueOrDefault(CacheScope.Entities.Operation),
                Embed = perOperation.GetValueOrDefault(CacheScope.Embeddings.Operation),
                PhiBearing = phi,
                OldestUse = oldest is long o ? DateTimeOffset.FromUnixTimeMilliseconds(o) : null,
                NewestUse = newest is long n ? DateTimeOffset.FromUnixTimeMilliseconds(n) : null,
                CorruptCopy = CorruptCopy(options),
            };
        });
    }

    /// <summary>Removes the entries the filter selects (all by default) — or with <paramref name="whatIf"/> only counts them.</summary>
    /// <exception cref="MedDocsException">The cache file exists but cannot be changed.</exception>
    public static CacheClearRecord Clear(CacheOptions options, CacheClearFilter filter, bool whatIf, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(warn);
        var operations = filter.Operations.Count == 0 ? "all" : string.Join(",", filter.Operations.Select(o => o.Operation));
        long entries = 0, bytes = 0;
        if (File.Exists(options.Path))
        {
            (entries, bytes) = Use(options, warn, connection =>
            {
                using var count = Filtered(connection, "SELECT count(*), CAST(total(size) AS INTEGER) FROM entries", filter);
                long found, size;
                using (var reader = count.ExecuteReader())
                {
                    reader.Read();
                    (found, size) = (reader.GetInt64(0), reader.GetInt64(1));
                }
                if (!whatIf && found > 0)
                {
                    // Overwrite what is deleted (it may be PHI), give the pages back, and empty the write-ahead log that still holds copies.
                    CacheDatabase.Execute(connection, "PRAGMA secure_delete = ON;");
                    using (var transaction = connection.BeginTransaction())
                    {
                        using var delete = Filtered(connection, "DELETE FROM entries", filter);
                        delete.ExecuteNonQuery();
                        transaction.Commit();
                    }
                    CacheDatabase.Execute(connection, "PRAGMA incremental_vacuum;");
                    CacheDatabase.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
                }
                return (found, size);
            });
        }
        var removeCopy = filter.IsEverything && CorruptCopy(options) is not null;
        if (removeCopy && !whatIf)
        {
            File.Delete(options.Path + ".corrupt");
        }
        return new CacheClearRecord(options.Path, operations, filter.PhiOnly, entries, bytes, whatIf, removeCopy);
    }

    private static SqliteCommand Filtered(SqliteConnection connection, string statement, CacheClearFilter filter)
    {
        var command = connection.CreateCommand();
        var conditions = new List<string>();
        if (filter.Operations.Count > 0)
        {
            var names = filter.Operations.Select((o, i) => (Name: $"$op{i.ToString(CultureInfo.InvariantCulture)}", o.Operation)).ToList();
            names.ForEach(n => command.Parameters.AddWithValue(n.Name, n.Operation));
            conditions.Add($"operation IN ({string.Join(", ", names.Select(n => n.Name))})");
        }
        if (filter.PhiOnly)
        {
            conditions.Add("phi = 1");
        }
        command.CommandText = conditions.Count == 0 ? statement + ";" : $"{statement} WHERE {string.Join(" AND ", conditions)};";
        return command;
    }

    private static T Use<T>(CacheOptions options, Action<string> warn, Func<SqliteConnection, T> work)
    {
        try
        {
            var database = new CacheDatabase(options.Path);
            database.Initialize(warn);
            using var connection = database.Connect();
            return work(connection);
        }
        catch (Exception ex) when (ex is CacheFileException or SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new MedDocsException("CacheUnavailable", ErrorKind.InvalidOperation,
                ex is CacheFileException ? ex.Message : $"The result cache {options.Path} cannot be used: {ex.Message} Check the file's permissions, or delete it.", ex);
        }
    }

    private static string? CorruptCopy(CacheOptions options) => File.Exists(options.Path + ".corrupt") ? options.Path + ".corrupt" : null;

    private static long SizeOf(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
