using MedDocs.Cli;

namespace MedDocs.Core.Tests.Cli;

/// <summary>Runs `meddocs` in process with the same command tree as Program.cs, capturing stdout and stderr.</summary>
internal static class CliHarness
{
    public sealed record CliRun(int ExitCode, string Out, string Err)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliRunner.RunAsync(CliApp.CreateRoot(), args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with <paramref name="stdin"/> as standard input ("-" reads it).</summary>
    public static async Task<CliRun> RunWithInputAsync(Stream stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliRunner.RunAsync(CliApp.CreateRoot(() => stdin), args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);
}
