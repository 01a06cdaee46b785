using System.Globalization;
using MedDocs.Core.Tests.Cache;
using MedDocs.Core.Tests.Cli;
using MedDocs.Core.Tests.Clinical;
using MedDocs.Core.Tests.Documents;
using MedDocs.Core.Tests.Phi;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Requests;

/// <summary>
/// The request gate end to end, through the real `meddocs` (a child process: its own process-wide gate and its own
/// environment, so the ServerSlots setting is read as a user sets it). Each run nests work — many documents at a
/// throttle of 8, several chunks or batches each — so without the gate far more than its size would be on the wire;
/// the simulator counts the requests it had at once, queued or generating (MaxInFlight). Null slots = the default (4).
/// </summary>
public sealed class ServerGateCliTests
{
    private const int Throttle = 8;

    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public async Task HybridPhiOverManyLongDocuments(int? slots)
    {
        await using var server = await SimulatorServer.StartAsync(PhiLongDocument.ServerOptions() with { Slots = 16, LatencyMs = 150 });
        server.Responder = PhiLongDocument.Respond;
        using var folder = new TempFolder();
        for (var i = 0; i < 8; i++)
        {
            folder.Write($"note-{i}.txt", PhiLongDocument.Text);
        }

        var (run, stats) = await RunAsync(server, slots, "phi", folder.Path, "--engine", "hybrid", "--model", PhiLongDocument.SmallModel);

        AssertCapped(run, stats, slots, minimumRequests: 16);
        Assert.Contains(PhiLongDocument.RareSurnames[0], run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public async Task CategorizeOfDocumentsTheRulesLeaveUnsure(int? slots)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Slots = 16, LatencyMs = 150 });
        using var folder = new TempFolder();
        for (var i = 0; i < 20; i++)
        {
            folder.Write($"doc-{i}.txt", $"Seen today, visit {i}, for a sprain. Please see the attached pages.");
        }

        var (run, stats) = await RunAsync(server, slots, "categorize", folder.Path);

        AssertCapped(run, stats, slots, minimumRequests: 20);
    }

    [Theory]
    [InlineData("soap", null)]
    [InlineData("soap", 2)]
    [InlineData("entities", null)]
    [InlineData("entities", 2)]
    public async Task ClinicalMapReduceOverLongTranscripts(string command, int? slots)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Slots = 16, LatencyMs = 150 });
        server.Models.Upsert(new SimulatedModel("clinic-4k", SimulatedModelType.Llm, "test", "llama", ModelFormat.Gguf, "Q4_K_M", 4096, Loaded: true));
        using var folder = new TempFolder();
        for (var i = 0; i < 4; i++)
        {
            folder.Write($"visit-{i}.txt", Consultation.Long(30_000, out _));
        }

        var (run, stats) = await RunAsync(server, slots, command, folder.Path, "--model", "clinic-4k");

        AssertCapped(run, stats, slots, minimumRequests: 12);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public async Task EmbeddingsOfManyTextsInSeveralBatches(int? slots)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Slots = 16, LatencyMs = 150 });
        using var folder = new TempFolder();
        for (var i = 0; i < 48; i++)
        {
            folder.Write($"text-{i:00}.txt", $"Progress note {i}: lumbar pain improving with physical therapy.");
        }

        var (run, stats) = await RunAsync(server, slots, "embed", folder.Path, new Dictionary<string, string?> { ["MEDDOCS_EMBEDDING_BATCH_SIZE"] = "4" });

        AssertCapped(run, stats, slots, minimumRequests: 12);
        Assert.Equal(48, stats.EmbeddingInputs);
    }

    /// <summary>
    /// Exactly the gate's size at most (reaching it shows the run did press against the gate), and enough requests
    /// that without the gate the throttle alone would have put more than that on the wire.
    /// </summary>
    private static void AssertCapped(CliHarness.CliRun run, SimulatorStatsSnapshot stats, int? slots, int minimumRequests)
    {
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Err}");
        Assert.Equal(0, stats.Errors);
        Assert.True(stats.Generations >= minimumRequests, $"only {stats.Generations} requests: too few to oversubscribe a gate");
        Assert.Equal(slots ?? 4, stats.MaxInFlight);
    }

    private static Task<(CliHarness.CliRun Run, SimulatorStatsSnapshot Stats)> RunAsync(SimulatorServer server, int? slots, string command, string folder, params string[] options) =>
        RunAsync(server, slots, command, folder, new Dictionary<string, string?>(), options);

    private static async Task<(CliHarness.CliRun Run, SimulatorStatsSnapshot Stats)> RunAsync(
        SimulatorServer server, int? slots, string command, string folder, Dictionary<string, string?> environment, params string[] options)
    {
        using var sandbox = new CacheSandbox();
        environment["MEDDOCS_CACHE"] = "false";
        if (slots is int size)
        {
            environment["MEDDOCS_SERVER_SLOTS"] = size.ToString(CultureInfo.InvariantCulture);
        }
        string[] args = [command, folder, .. options, "--provider", "lmstudio", "--endpoint", server.V1.ToString(),
            "--throttle-limit", Throttle.ToString(CultureInfo.InvariantCulture), "--format", "jsonl"];
        server.Stats.Reset();
        var run = await MeddocsProcess.RunAsync(sandbox, environment, args);
        return (run, server.Stats.Snapshot());
    }
}
