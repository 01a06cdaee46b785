using System.Text.Json;
using MedDocs.Core.Tests.Documents;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Categorization.CategorizeFixture;

namespace MedDocs.Core.Tests.Cache;

/// <summary>`meddocs` with the cache, in child processes against the simulator: concurrent runs, opt-outs, counts, maintenance, damage.</summary>
public sealed class CacheCliTests
{
    private static TempFolder Intake(int count)
    {
        var folder = new TempFolder();
        for (var i = 0; i < count; i++)
        {
            folder.Write($"doc-{i:00}.txt", $"{UnclearText} Reference item {i}.");
        }
        return folder;
    }

    private static string[] Categorize(SimulatorServer server, string folder, params string[] more) =>
        ["categorize", folder, "--engine", "llm", "--provider", "lmstudio", "--endpoint", server.V1.AbsoluteUri, "--format", "jsonl", .. more];

    private static List<JsonElement> Records(Cli.CliHarness.CliRun run) => run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public async Task TwoProcessesAtOnceShareOneCacheFileAndAThirdRunSendsNothing()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { LatencyMs = 30 });
        using var sandbox = new CacheSandbox();
        using var intake = Intake(24);

        var runs = await Task.WhenAll(
            MeddocsProcess.RunAsync(sandbox, Categorize(server, intake.Path)),
            MeddocsProcess.RunAsync(sandbox, Categorize(server, intake.Path, "--throttle-limit", "8")));

        Assert.All(runs, run => Assert.Equal((0, string.Empty), (run.ExitCode, run.Err)));
        Assert.All(runs, run => Assert.Equal(24, Records(run).Count));
        var sentByBoth = server.Stats.Snapshot().Chat;
        Assert.InRange(sentByBoth, 24, 48);

        var third = await MeddocsProcess.RunAsync(sandbox, Categorize(server, intake.Path, "--verbose"));

        Assert.Equal(0, third.ExitCode);
        Assert.Equal(sentByBoth, server.Stats.Snapshot().Chat);
        Assert.All(Records(third), r => Assert.True(r.GetProperty("Cached").GetBoolean()));
        Assert.Contains("meddocs: cache: 24 answers from the cache, 0 sent to the model, 0 stored", third.Err, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sandbox.Path));
        }
    }

    [Fact]
    public async Task NoCacheAndTheSettingSendEveryRequest()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        using var intake = Intake(3);
        await MeddocsProcess.RunAsync(sandbox, Categorize(server, intake.Path));

        var flag = await MeddocsProcess.RunAsync(sandbox, Categorize(server, intake.Path, "--no-cache", "--verbose"));
        var setting = await MeddocsProcess.RunAsync(sandbox, new Dictionary<string, string?> { ["MEDDOCS_CACHE"] = "false" }, Categorize(server, intake.Path));
        var cached = await MeddocsProcess.RunAsync(sandbox, Categorize(server, intake.Path));

        Assert.Equal(9, server.Stats.Snapshot().Chat);
        Assert.All(Records(flag).Concat(Records(setting)), r => Assert.False(r.GetProperty("Cached").GetBoolean()));
        Assert.Contains("cache: off", flag.Err, StringComparison.Ordinal);
        Assert.All(Records(cached), r => Assert.True(r.GetProperty("Cached").GetBoolean()));
    }

    [Fact]
    public async Task StatsAndClearWithWhatIf()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        using var intake = Intake(5);
        var none = Records(await MeddocsProcess.RunAsync(sandbox, "cache", "stats", "--format", "jsonl")).Single();
        Assert.Equal((false, 0), (none.GetProperty("Exists").GetBoolean(), none.GetProperty("Entries").GetInt32()));
        Assert.False(File.Exists(sandbox.Path), "looking at the cache does not create it");
        await MeddocsProcess.RunAsync(sandbox, Categorize(server, intake.Path));

        var stats = Records(await MeddocsProcess.RunAsync(sandbox, "cache", "stats", "--format", "jsonl")).Single();
        var whatIf = Records(await MeddocsProcess.RunAsync(sandbox, "cache", "clear", "--what-if", "--format", "jsonl")).Single();
        var afterWhatIf = Records(await MeddocsProcess.RunAsync(sandbox, "cache", "stats", "--format", "jsonl")).Single();
        var otherOperation = Records(await MeddocsProcess.RunAsync(sandbox, "cache", "clear", "--operation", "embed", "--format", "jsonl")).Single();
        var cleared = Records(await MeddocsProcess.RunAsync(sandbox, "cache", "clear", "--format", "jsonl")).Single();
        var empty = Records(await MeddocsProcess.RunAsync(sandbox, "cache", "stats", "--format", "jsonl")).Single();

        Assert.Equal((true, 5, 5, 0), (stats.GetProperty("Exists").GetBoolean(), stats.GetProperty("Entries").GetInt32(), stats.GetProperty("Categorize").GetInt32(), stats.GetProperty("PhiBearing").GetInt32()));
        Assert.Equal(sandbox.Path, stats.GetProperty("Path").GetString());
        Assert.Equal((5, true), (whatIf.GetProperty("Entries").GetInt32(), whatIf.GetProperty("WhatIf").GetBoolean()));
        Assert.Equal(5, afterWhatIf.GetProperty("Entries").GetInt32());
        Assert.Equal(0, otherOperation.GetProperty("Entries").GetInt32());
        Assert.Equal((5, false), (cleared.GetProperty("Entries").GetInt32(), cleared.GetProperty("WhatIf").GetBoolean()));
        Assert.Equal(0, empty.GetProperty("Entries").GetInt32());

        await MeddocsProcess.RunAsync(sandbox, Categorize(server, intake.Path));
        Assert.Equal(10, server.Stats.Snapshot().Chat);
    }

    [Fact]
    public async Task ACorruptedCacheFileNeverFailsARun()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        using var intake = Intake(3);
        Directory.CreateDirectory(Path.GetDirectoryName(sandbox.Path)!);
        File.WriteAllText(sandbox.Path, "this is not a database, it is what a crashed copy left behind\n");

        var run = await MeddocsProcess.RunAsync(sandbox, Categorize(server, intake.Path));
        var rerun = await MeddocsProcess.RunAsync(sandbox, Categorize(server, intake.Path));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, Records(run).Count);
        var warning = Assert.Single(run.ErrLines);
        Assert.StartsWith("meddocs: warning: The result cache", warning, StringComparison.Ordinal);
        Assert.Contains(".corrupt", warning, StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (rerun.ExitCode, rerun.Err));
        Assert.All(Records(rerun), r => Assert.True(r.GetProperty("Cached").GetBoolean()));
        Assert.Equal(3, server.Stats.Snapshot().Chat);
    }

    [Fact]
    public async Task PhiIsCachedOnlyWhenTheSettingOptsIn()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        // A model that finds the visit's identifiers, so that what the cache holds is real PHI.
        server.Responder = _ => JsonSerializer.Serialize(new { findings = Clinical.Consultation.PneumoniaPhi.Select(text => new { type = "Name", text }) });
        using var sandbox = new CacheSandbox();
        using var intake = new TempFolder();
        intake.Write("visit.txt", Clinical.Consultation.Pneumonia);
        string[] phi = ["phi", intake.Path, "--engine", "llm", "--provider", "lmstudio", "--endpoint", server.V1.AbsoluteUri, "--format", "jsonl", "--verbose"];
        var optIn = new Dictionary<string, string?> { ["MEDDOCS_CACHE_PHI"] = "true" };

        var plain = await MeddocsProcess.RunAsync(sandbox, phi);
        var sentWithoutOptIn = server.Stats.Snapshot().Chat;
        await MeddocsProcess.RunAsync(sandbox, optIn, phi);
        var sentWithOptIn = server.Stats.Snapshot().Chat;
        var cached = await MeddocsProcess.RunAsync(sandbox, optIn, phi);

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("PHI-bearing answer not cached (set MEDDOCS_CACHE_PHI=true", plain.Err, StringComparison.Ordinal);
        Assert.Equal(2 * sentWithoutOptIn, sentWithOptIn);
        Assert.Equal(sentWithOptIn, server.Stats.Snapshot().Chat);
        Assert.Contains("from the cache, 0 sent to the model", cached.Err, StringComparison.Ordinal);
        var stats = Records(await MeddocsProcess.RunAsync(sandbox, "cache", "stats", "--format", "jsonl")).Single();
        Assert.True(stats.GetProperty("PhiBearing").GetInt32() > 0);
        Assert.True(sandbox.Contains("Halvorsen"), "with the opt-in the model's findings are stored");

        var clearPhi = Records(await MeddocsProcess.RunAsync(sandbox, "cache", "clear", "--phi-only", "--format", "jsonl")).Single();
        Assert.Equal(stats.GetProperty("PhiBearing").GetInt32(), clearPhi.GetProperty("Entries").GetInt32());
        Assert.All(Clinical.Consultation.PneumoniaPhi, identifier => Assert.False(sandbox.Contains(identifier), "cleared PHI is overwritten, not just unlinked"));
    }
}
