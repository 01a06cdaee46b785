using System.CommandLine;
using MedDocs.Cli;
using MedDocs.Cli.Commands;
using MedDocs.Core.Documents;
using MedDocs.Core.Phi;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Phi;

/// <summary>PHI never reaches an error message, a verbose line or stderr — also when the server misbehaves.</summary>
public sealed class PhiLogSafetyTests
{
    private static readonly Document Note = Document.FromText(PhiLongDocument.Text, "note");

    public static TheoryData<string> Faults() => ["fail500", "malformed", "schema", "responder"];

    private static void Inject(SimulatorServer server, string fault)
    {
        switch (fault)
        {
            case "fail500":
                server.Faults.FailNextRequests = 100;
                server.Faults.FailStatus = 500;
                break;
            case "malformed":
                server.Faults.MalformedJsonNext = 100;
                break;
            case "schema":
                server.Faults.InvalidContentNext = 100;
                break;
            default:
                // A server whose model crashes on the text: its error must not echo the prompt either.
                server.Responder = _ => throw new InvalidOperationException("model crashed");
                break;
        }
    }

    private static void AssertNoPhi(string captured)
    {
        foreach (var phi in PhiLongDocument.PhiStrings)
        {
            Assert.DoesNotContain(phi, captured, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task OperationFailuresCarryNoPhi(string fault)
    {
        await using var server = await SimulatorServer.StartAsync(PhiLongDocument.ServerOptions());
        server.Responder = PhiLongDocument.Respond;
        var settings = PhiLongDocument.Settings(server);
        var operation = FindPhiOperation.Create(settings, await PhiLongDocument.ResolveAsync(settings), new FindPhiRequest { Engine = PhiEngine.Hybrid });
        Inject(server, fault);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => operation.FindAsync(Note, CancellationToken.None));

        Assert.IsNotType<OperationCanceledException>(error);
        AssertNoPhi(error.ToString());
        AssertNoPhi(operation.Stats.ToString());
    }

    [Fact]
    public async Task VerboseCountsCarryNoPhi()
    {
        await using var server = await SimulatorServer.StartAsync(PhiLongDocument.ServerOptions());
        server.Responder = PhiLongDocument.Respond;
        var settings = PhiLongDocument.Settings(server);
        var operation = FindPhiOperation.Create(settings, await PhiLongDocument.ResolveAsync(settings), new FindPhiRequest());

        var result = await operation.FindAsync(Note, CancellationToken.None);

        Assert.NotEmpty(result.Findings);
        AssertNoPhi(PhiOperationStats.Describe(result));
        AssertNoPhi(operation.Stats.ToString());
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task CliStderrCarriesNoPhiWhenTheServerFails(string fault)
    {
        await using var server = await SimulatorServer.StartAsync(PhiLongDocument.ServerOptions());
        server.Responder = PhiLongDocument.Respond;
        Inject(server, fault);

        var (exit, stdout, stderr) = await RunCliAsync(server, "--verbose");

        Assert.Equal(CliRunner.SomeFailed, exit);
        Assert.Contains("meddocs: text:", stderr, StringComparison.Ordinal);
        AssertNoPhi(stderr);
        AssertNoPhi(stdout);
    }

    [Fact]
    public async Task CliVerboseRunWritesFindingsToStdoutOnlyAndRedactsOnRequest()
    {
        await using var server = await SimulatorServer.StartAsync(PhiLongDocument.ServerOptions());
        server.Responder = PhiLongDocument.Respond;

        var (exit, stdout, stderr) = await RunCliAsync(server, "--verbose");
        Assert.Equal(CliRunner.Success, exit);
        Assert.Contains("model strings not in the text dropped", stderr, StringComparison.Ordinal);
        AssertNoPhi(stderr);
        Assert.Contains(PhiLongDocument.RareSurnames[0], stdout, StringComparison.Ordinal);

        var (redactExit, redacted, redactErr) = await RunCliAsync(server, "--redact", "--verbose");
        Assert.Equal(CliRunner.Success, redactExit);
        Assert.Contains("[NAME]", redacted, StringComparison.Ordinal);
        AssertNoPhi(redacted);
        AssertNoPhi(redactErr);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunCliAsync(SimulatorServer server, params string[] extra)
    {
        var root = CliApp.CreateRoot();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] args =
        [
            "phi", "--text", PhiLongDocument.Text, "--engine", "hybrid", "--provider", "lmstudio", "--endpoint", server.V1.ToString(),
            "--model", PhiLongDocument.SmallModel, "--format", "jsonl", .. extra,
        ];
        int exit = await CliRunner.RunAsync(root, args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
