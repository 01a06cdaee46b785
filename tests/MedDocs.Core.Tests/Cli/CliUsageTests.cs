using System.Text.Json;
using static MedDocs.Core.Tests.Cli.CliHarness;

namespace MedDocs.Core.Tests.Cli;

/// <summary>Usage errors (exit 2), `meddocs config` and `meddocs text`.</summary>
public sealed class CliUsageTests
{
    [Fact]
    public async Task BogusProviderExitsTwoNamingTheAllowedValues()
    {
        var run = await RunAsync("config", "--provider", "bogus", "--format", "jsonl");

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.ErrLines);
        Assert.Contains("bogus", error, StringComparison.Ordinal);
        foreach (var allowed in new[] { "auto", "lmstudio", "ollama", "openai", "builtin" })
        {
            Assert.Contains(allowed, error, StringComparison.Ordinal);
        }
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task BadFormatIsOneUsageErrorEvenAfterManyRootsWereBuilt()
    {
        _ = MedDocs.Cli.CliApp.CreateRoot();
        _ = MedDocs.Cli.CliApp.CreateRoot();

        var run = await RunAsync("config", "--format", "yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("yaml", Assert.Single(run.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommandExitsTwo()
    {
        var run = await RunAsync("categorise-everything");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigPrintsEntriesWithTheirSources()
    {
        var run = await RunAsync("config", "--provider", "ollama", "--model", "llama3.2:3b", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var entries = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var provider = entries.Single(e => e.GetProperty("Name").GetString() == "Provider");
        Assert.Equal("ollama", provider.GetProperty("Value").GetString());
        Assert.Equal("Parameter", provider.GetProperty("Source").GetString());
        var model = entries.Single(e => e.GetProperty("Name").GetString() == "Model");
        Assert.Equal("llama3.2:3b", model.GetProperty("Value").GetString());
        Assert.Contains(entries, e => e.GetProperty("Name").GetString() == "ThrottleLimit" && e.GetProperty("Source").GetString() is "Default" or "Environment" or "DotEnv" or "ConfigFile");
    }

    [Fact]
    public async Task TextPrintsOneJsonLinePerDocument()
    {
        var run = await RunAsync("text", Sample("lab-report.txt"), Sample("discharge-summary.txt"), "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        Assert.Equal(2, run.OutLines.Length);
        var lab = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).Single(r => r.GetProperty("Path").GetString()!.EndsWith("lab-report.txt", StringComparison.Ordinal));
        var expected = File.ReadAllText(Sample("lab-report.txt"));
        Assert.Equal(expected.Trim(), lab.GetProperty("Text").GetString()!.Trim());
        Assert.True(lab.GetProperty("Characters").GetInt32() > 0);
    }

    [Fact]
    public async Task MissingFileIsOneStderrLineAndTheOthersStillRun()
    {
        var missing = Path.Combine(AppContext.BaseDirectory, "samples", "no-such-file.txt");

        var run = await RunAsync("text", missing, Sample("lab-report.txt"), Sample("witness-statement.txt"), "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrLines);
        Assert.Contains("no-such-file.txt", error, StringComparison.Ordinal);
        Assert.Contains("not found", error, StringComparison.Ordinal);
        Assert.Equal(2, run.OutLines.Length);
    }

    [Fact]
    public async Task UnreadableDocumentIsOneStderrLineAndTheOthersStillRun()
    {
        var dir = Directory.CreateTempSubdirectory("meddocs-cli-");
        try
        {
            var broken = Path.Combine(dir.FullName, "broken.docx");
            await File.WriteAllTextAsync(broken, "this is not a zip file");
            File.Copy(Sample("lab-report.txt"), Path.Combine(dir.FullName, "lab-report.txt"));

            var run = await RunAsync("text", dir.FullName, "--format", "jsonl");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("broken.docx", Assert.Single(run.ErrLines), StringComparison.Ordinal);
            Assert.Single(run.OutLines);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
