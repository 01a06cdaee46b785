using System.Text.Json;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Cli.CliHarness;

namespace MedDocs.Core.Tests.Cli;

/// <summary>`meddocs health` end to end against the simulator: exit codes, records, one actionable error line.</summary>
public sealed class CliHealthTests
{
    [Fact]
    public async Task HealthyServerPrintsOneJsonLineWithModelsAndExitsZero()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());

        var run = await RunAsync("health", "--endpoint", server.V1.ToString(), "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        var line = Assert.Single(run.OutLines);
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("Healthy").GetBoolean());
        Assert.Equal("LM Studio", root.GetProperty("Server").GetString());
        var models = root.GetProperty("Models").EnumerateArray().ToList();
        Assert.Equal(4, models.Count);
        var qwen = models.Single(m => m.GetProperty("Id").GetString() == "qwen2.5-7b-instruct");
        Assert.True(qwen.GetProperty("Loaded").GetBoolean());
        Assert.False(models.Single(m => m.GetProperty("Id").GetString() == "meditron-7b").GetProperty("Loaded").GetBoolean());
    }

    [Fact]
    public async Task TableFormatShowsLoadedAndNotLoaded()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());

        var run = await RunAsync("health", "--endpoint", server.V1.ToString(), "--format", "table");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("healthy", run.OutLines[0], StringComparison.Ordinal);
        var qwenRow = Assert.Single(run.OutLines, l => l.StartsWith("qwen2.5-7b-instruct ", StringComparison.Ordinal));
        Assert.Contains(" loaded ", qwenRow, StringComparison.Ordinal);
        Assert.DoesNotContain("not loaded", qwenRow, StringComparison.Ordinal);
        var meditronRow = Assert.Single(run.OutLines, l => l.StartsWith("meditron-7b ", StringComparison.Ordinal));
        Assert.Contains("not loaded", meditronRow, StringComparison.Ordinal);
        Assert.Contains("Q5_K_M", meditronRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosedPortExitsOneWithOneStderrLineSayingHowToStart()
    {
        var endpoint = Providers.ProviderTestKit.ClosedEndpoint();

        var run = await RunAsync("health", "--endpoint", endpoint.ToString(), "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrLines);
        Assert.StartsWith("meddocs: ", error, StringComparison.Ordinal);
        Assert.Contains("lms server start", error, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.False(doc.RootElement.GetProperty("Reachable").GetBoolean());
    }

    [Fact]
    public async Task UpButNotTheApiExitsOneAndDoesNotClaimHealthy()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Faults.UnknownRouteEverywhere = true;

        var run = await RunAsync("health", "--endpoint", server.V1.ToString(), "--format", "table");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NOT healthy", run.Out, StringComparison.Ordinal);
        Assert.Single(run.ErrLines);
        Assert.DoesNotContain("ready", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiredModelNotLoadedExitsOneWithLmsLoad()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());

        var run = await RunAsync("health", "--endpoint", server.V1.ToString(), "--required-model", "meditron-7b", "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("lms load meditron-7b", Assert.Single(run.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuietPrintsNothingAndStillSetsTheExitCode()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());

        var up = await RunAsync("health", "--endpoint", server.V1.ToString(), "--quiet");
        var down = await RunAsync("health", "--endpoint", Providers.ProviderTestKit.ClosedEndpoint().ToString(), "-q");

        Assert.Equal((0, "", ""), (up.ExitCode, up.Out, up.Err));
        Assert.Equal((1, "", ""), (down.ExitCode, down.Out, down.Err));
    }

    [Fact]
    public async Task DetailedReportsTiming()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Responder = _ => "ready to read the synthetic records now";

        var run = await RunAsync("health", "--endpoint", server.V1.ToString(), "--detailed", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.Equal(JsonValueKind.Number, doc.RootElement.GetProperty("TimeToFirstTokenMs").ValueKind);
        Assert.Equal(1, server.Stats.Snapshot().ChatStream);
    }
}
