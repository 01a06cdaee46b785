using System.Runtime.CompilerServices;

namespace MedDocs.Core.Tests;

internal static class TestEnvironment
{
    /// <summary>
    /// The CLI tests run `meddocs` in this process, with this process's environment. The result cache is on by
    /// default and lives in the user's data folder: keep it off here so no test reads answers an earlier run stored
    /// (or writes to the real user's cache). The cache's own tests turn it on with their own file.
    /// </summary>
#pragma warning disable CA2255 // a test assembly's one-time setup, before any test runs
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void TurnTheUsersCacheOff() => Environment.SetEnvironmentVariable("MEDDOCS_CACHE", "false");
}
