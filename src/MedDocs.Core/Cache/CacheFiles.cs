using System.Diagnostics;

namespace MedDocs.Core.Cache;

/// <summary>
/// The cache's files on disk, readable by their owner only: the folder is created 0700 and the database 0600 on
/// Unix before SQLite opens it (SQLite gives its -wal and -shm files the database's permissions). On Windows the
/// files inherit the user profile's ACL (%LOCALAPPDATA% is the user's own).
/// </summary>
internal static class CacheFiles
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder and an empty database file when missing, and takes group/other access away from an existing one.</summary>
    /// <returns>A warning when an existing file's permissions could not be narrowed (it belongs to someone else), else null.</returns>
    public static string? EnsureFile(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, OwnerReadWrite | UnixFileMode.UserExecute);
            }
        }
        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, OwnerOnly(FileMode.CreateNew));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another MedDocs process created it first.
            }
        }
        return RestrictToOwner(path);
    }

    /// <summary>0600 for the database and, when they exist, its -wal and -shm files; null on success or on Windows.</summary>
    public static string? RestrictToOwner(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try
            {
                if (File.Exists(file) && (File.GetUnixFileMode(file) & ~OwnerReadWrite) != 0)
                {
                    File.SetUnixFileMode(file, OwnerReadWrite);
                }
            }
            catch (UnauthorizedAccessException)
            {
                return $"The result cache {file} is readable by other users and its permissions cannot be changed by you (it belongs to another user). Use a cache file of your own (MEDDOCS_CACHE_PATH).";
            }
        }
        return null;
    }

    /// <summary>An exclusive lock file beside the cache, so only one process moves a damaged file aside. Waits up to <paramref name="timeout"/>.</summary>
    /// <exception cref="IOException">Another process held the lock for the whole time.</exception>
    public static FileStream Lock(string path, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
                var options = OwnerOnly(FileMode.OpenOrCreate);
                options.Share = FileShare.None;
                return new FileStream(path, options);
            }
            catch (IOException) when (watch.Elapsed < timeout)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>File options that create the file 0600 on Unix.</summary>
    public static FileStreamOptions OwnerOnly(FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.ReadWrite };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }
        return options;
    }
}
