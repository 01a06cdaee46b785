using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MedDocs.Core.Cache;

/// <summary>
/// The size cap: when entries exceed it, the least recently used are deleted until they fill 90 % of it
/// (so the next few runs do not trim again at once), and the freed pages are returned to the file system.
/// </summary>
internal static class CacheEviction
{
    /// <returns>Entries removed.</returns>
    public static int TrimToCap(SqliteConnection connection, long maxBytes)
    {
        if (TotalSize(connection) <= maxBytes)
        {
            return 0;
        }
        int removed;
        using (var transaction = connection.BeginTransaction())
        {
            // Read again under the write lock: another process may have trimmed meanwhile.
            var excess = TotalSize(connection) - maxBytes * 9 / 10;
            var count = 0;
            using (var oldest = connection.CreateCommand())
            {
                oldest.CommandText = "SELECT size FROM entries ORDER BY used, rowid;";
                using var reader = oldest.ExecuteReader();
                for (long freed = 0; freed < excess && reader.Read(); count++)
                {
                    freed += reader.GetInt64(0);
                }
            }
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM entries WHERE rowid IN (SELECT rowid FROM entries ORDER BY used, rowid LIMIT $count);";
            delete.Parameters.AddWithValue("$count", count);
            removed = delete.ExecuteNonQuery();
            transaction.Commit();
        }
        CacheDatabase.Execute(connection, "PRAGMA incremental_vacuum;");
        return removed;
    }

    public static long TotalSize(SqliteConnection connection) =>
        Convert.ToInt64(CacheDatabase.Scalar(connection, "SELECT CAST(total(size) AS INTEGER) FROM entries;"), CultureInfo.InvariantCulture);
}
