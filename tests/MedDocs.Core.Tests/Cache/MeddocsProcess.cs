using System.Diagnostics;
using MedDocs.Core.Tests.Cli;

namespace MedDocs.Core.Tests.Cache;

/// <summary>
/// Runs the real `meddocs` in a child process — its own environment, its own SQLite connections — the way cron
/// runs it, so that several runs can share one cache file at the same time.
/// </summary>
internal static class MeddocsProcess
{
    public static async Task<CliHarness.CliRun> RunAsync(CacheSandbox sandbox, IReadOnlyDictionary<string, string?> extraEnvironment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // No .env or config file of the developer's: the sandbox is the working folder and the config home.
            WorkingDirectory = Directory.CreateDirectory(Path.Combine(sandbox.Folder, "work")).FullName,
        };
        start.ArgumentList.Add(CliAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["MEDDOCS_CACHE"] = "true";
        start.Environment["MEDDOCS_CACHE_PATH"] = sandbox.Path;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(sandbox.Folder, "config");
        start.Environment["APPDATA"] = Path.Combine(sandbox.Folder, "config");
        foreach (var (name, value) in extraEnvironment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new CliHarness.CliRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// The CLI as its own project built it (tests/X/bin/Release/net10.0 → src/MedDocs.Cli/bin/Release/net10.0): the copy in
    /// this test folder sits beside the test project's dependency versions, which meddocs.deps.json does not describe.
    /// </summary>
    private static string CliAssembly
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = output.Name;
            var configuration = output.Parent!.Name;
            var root = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
            var path = Path.Combine(root, "src", "MedDocs.Cli", "bin", configuration, framework, "meddocs.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build the CLI first (dotnet build src/MedDocs.Cli -c {configuration}): {path} is missing.", path);
        }
    }

    public static Task<CliHarness.CliRun> RunAsync(CacheSandbox sandbox, params string[] args) =>
        RunAsync(sandbox, new Dictionary<string, string?>(), args);
}
