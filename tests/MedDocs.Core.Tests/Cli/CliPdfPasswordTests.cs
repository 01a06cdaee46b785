using MedDocs.Core.Tests.Cache;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Cli;

/// <summary>
/// The PDF password reaches every command that reads documents: --password on the command line, or
/// MEDDOCS_PDF_PASSWORD in the environment (the PdfPassword setting), not only `meddocs text`.
/// </summary>
public sealed class CliPdfPasswordTests
{
    private const string Password = "secret";

    /// <summary>Each document command in a form that needs no model answer: rules engines, the hashing embedder, clinical plans.</summary>
    public static TheoryData<string> Commands() => new() { "text", "phi", "categorize", "embed", "soap", "entities" };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task WithoutThePasswordTheEncryptedPdfIsOneClearError(string command)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var run = await CliHarness.RunAsync(Arguments(command, server));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrLines, line => line.Contains("password-protected", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task PasswordOptionOpensTheEncryptedPdf(string command)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var run = await CliHarness.RunAsync([.. Arguments(command, server), "--password", Password]);

        AssertRead(command, run);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task PdfPasswordFromTheEnvironmentOpensTheEncryptedPdf(string command)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        var run = await MeddocsProcess.RunAsync(sandbox, new Dictionary<string, string?> { ["MEDDOCS_PDF_PASSWORD"] = Password }, Arguments(command, server));

        AssertRead(command, run);
    }

    private static void AssertRead(string command, CliHarness.CliRun run)
    {
        Assert.True(run.ExitCode == 0, $"meddocs {command} exited {run.ExitCode}: {run.Err}");
        Assert.DoesNotContain("password-protected", run.Err, StringComparison.Ordinal);
        var record = Assert.Single(run.OutLines);
        if (command == "text")
        {
            Assert.Contains("Discharge Summary", record, StringComparison.Ordinal);
        }
    }

    /// <summary>One record per command for the encrypted fixture, without a model answer (soap and entities only plan).</summary>
    private static string[] Arguments(string command, SimulatorServer server)
    {
        var pdf = CliPdfTests.Fixture("enc-userpw-aes-256.pdf");
        string[] specific = command switch
        {
            "phi" => ["--engine", "rules", "--redact"],
            "categorize" => ["--engine", "rules"],
            "embed" => ["--provider", "builtin", "--model", "meddocs-hashing-v1"],
            "soap" or "entities" => ["--what-if", "--provider", "lmstudio", "--endpoint", server.V1.ToString()],
            _ => [],
        };
        return [command, pdf, .. specific, "--format", "jsonl"];
    }
}
