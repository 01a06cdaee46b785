using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;
using MedDocs.Core.Tests.Configuration;

namespace MedDocs.Core.Tests.Cache;

/// <summary>The cache's settings and its default place in the user's data folder.</summary>
public sealed class CacheSettingsTests : IDisposable
{
    private readonly SettingsSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Fact]
    public void ByDefaultTheCacheIsOnInTheUsersDataFolderAndKeepsNoPhi()
    {
        var settings = sandbox.Load().Settings;
        var options = CacheOptions.From(settings, sandbox.Environment)!;

        Assert.True(settings.Cache);
        Assert.False(options.StorePhi);
        Assert.Equal(1024L * 1024 * 1024, options.MaxBytes);
        var expected = OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "MedDocs", "cache.db")
            : Path.Combine(sandbox.Root, "home", ".local", "share", "meddocs", "cache.db");
        Assert.Equal(expected, options.Path);
    }

    [Fact]
    public void XdgDataHomeWinsOverHome()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // %LOCALAPPDATA% there.
        }
        sandbox.Environment["XDG_DATA_HOME"] = Path.Combine(sandbox.Root, "data-home");

        Assert.Equal(Path.Combine(sandbox.Root, "data-home", "meddocs", "cache.db"), CacheLocation.DefaultPath(sandbox.Environment));
    }

    [Fact]
    public void TheSettingsTurnItOffMoveItAndOptIntoPhi()
    {
        var file = Path.Combine(sandbox.Root, "elsewhere", "results.db");
        sandbox.Environment["MEDDOCS_CACHE_PATH"] = file;
        sandbox.Environment["MEDDOCS_CACHE_PHI"] = "yes";
        sandbox.Environment["MEDDOCS_CACHE_MAX_MEGABYTES"] = "50";

        var settings = sandbox.Load().Settings;
        var options = CacheOptions.From(settings, sandbox.Environment)!;

        Assert.Equal((file, true, 50L * 1024 * 1024), (options.Path, options.StorePhi, options.MaxBytes));
        sandbox.Parameters["Cache"] = "false";
        Assert.Null(CacheOptions.From(sandbox.Load().Settings, sandbox.Environment));
        Assert.Equal(file, CacheOptions.For(sandbox.Load().Settings, sandbox.Environment).Path);
    }

    [Fact]
    public void ARelativeCachePathIsAClearError()
    {
        sandbox.Environment["MEDDOCS_CACHE_PATH"] = "cache.db";

        var error = sandbox.LoadFails();

        Assert.Equal("CachePath", error.Setting);
        Assert.Contains("MEDDOCS_CACHE_PATH", error.Message, StringComparison.Ordinal);
        Assert.Contains("absolute file paths", error.Message, StringComparison.Ordinal);
    }
}
