namespace MedDocs.Core.Cache;

/// <summary>
/// Where the result cache lives by default: the user's data folder, which only that user can read —
/// $XDG_DATA_HOME/meddocs/cache.db or ~/.local/share/meddocs/cache.db on Unix, %LOCALAPPDATA%\MedDocs\cache.db on Windows.
/// </summary>
public static class CacheLocation
{
    public const string FileName = "cache.db";

    /// <summary>
    /// The default cache file, read from <paramref name="environment"/> first (so tests and runspaces stay
    /// independent of the process), then the OS. Null when no such folder is known (then set CachePath).
    /// </summary>
    public static string? DefaultPath(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (OperatingSystem.IsWindows())
        {
            var localAppData = Rooted(environment, "LOCALAPPDATA") ?? NonEmpty(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData));
            return localAppData is null ? null : Path.Combine(localAppData, "MedDocs", FileName);
        }
        var dataHome = Rooted(environment, "XDG_DATA_HOME")
            ?? (Rooted(environment, "HOME") is { } home ? Path.Combine(home, ".local", "share") : null)
            ?? NonEmpty(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData));
        return dataHome is null ? null : Path.Combine(dataHome, "meddocs", FileName);
    }

    private static string? Rooted(IReadOnlyDictionary<string, string?> environment, string name) =>
        NonEmpty(environment.GetValueOrDefault(name)) is { } value && Path.IsPathRooted(value) ? value : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
