using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedDocs.Cli;
using MedDocs.Simulator;

// A scheduled nightly run over an intake folder, as cron runs it: `meddocs categorize <folder> --engine llm` and
// `meddocs embed <folder>`, through the real CLI (in this process) against the simulator with a fixed time per request.
//   dotnet run --project tests/MedDocs.Benchmarks.Cache -c Release -- [--docs 1000] [--changed 10] [--latency-ms 500] [--slots 4]
var documents = Argument("--docs", 1000);
var changed = Argument("--changed", Math.Max(1, documents / 100));
var latencyMs = Argument("--latency-ms", 500);
var slots = Argument("--slots", 4);

await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { LatencyMs = latencyMs, Slots = slots });
var root = Path.Combine(Path.GetTempPath(), "meddocs-cache-bench-" + Guid.NewGuid().ToString("N"));
var intake = Directory.CreateDirectory(Path.Combine(root, "intake")).FullName;
// The cache of this run only, and no config file or .env of the machine.
Environment.SetEnvironmentVariable("MEDDOCS_CACHE", "true");
Environment.SetEnvironmentVariable("MEDDOCS_CACHE_PATH", Path.Combine(root, "cache", "cache.db"));
Environment.SetEnvironmentVariable("MEDDOCS_CONFIG", WriteEmptyConfig(root));
Environment.CurrentDirectory = root;
try
{
    for (var i = 0; i < documents; i++)
    {
        WriteDocument(i, revision: 0);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{documents:N0} documents ({new DirectoryInfo(intake).EnumerateFiles().Sum(f => f.Length) / 1024:N0} KB), {changed} changed for the re-run; simulator: {latencyMs} ms per request, {slots} slots; throttle {slots}."));
    Console.WriteLine();
    Console.WriteLine("| Command | Run | Requests sent | Inputs sent | Records from the cache | Wall time |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|");
    var revision = 0;
    foreach (var (name, command) in new[]
    {
        ("categorize --engine llm", new[] { "categorize", intake, "--engine", "llm" }),
        ("embed", new[] { "embed", intake }),
    })
    {
        // Tonight without a cache costs what every night costs today: everything is sent.
        await RunAsync(name, "every night without the cache (--no-cache)", [.. command, "--no-cache"]);
        await RunAsync(name, "first night with the cache (empty: fills it)", command);
        revision++;
        for (var i = 0; i < changed; i++)
        {
            WriteDocument(i * (documents / changed), revision);
        }
        await RunAsync(name, $"next night with the cache ({changed} of {documents:N0} files changed)", command);
    }
}
finally
{
    Directory.Delete(root, recursive: true);
}

async Task RunAsync(string name, string run, string[] args)
{
    var before = server.Stats.Snapshot();
    using var stdout = new StringWriter();
    using var stderr = new StringWriter();
    var watch = Stopwatch.StartNew();
    var exit = await CliRunner.RunAsync(CliApp.CreateRoot(),
        [.. args, "--provider", "lmstudio", "--endpoint", server.V1.AbsoluteUri, "--throttle-limit", slots.ToString(CultureInfo.InvariantCulture), "--format", "jsonl"], stdout, stderr);
    watch.Stop();
    var after = server.Stats.Snapshot();
    var records = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    var cached = records.Count(line => JsonDocument.Parse(line).RootElement.GetProperty("Cached").GetBoolean());
    if (exit != 0 || records.Length != documents)
    {
        throw new InvalidOperationException($"{name}: exit {exit}, {records.Length} records: {stderr}");
    }
    var requests = after.Chat + after.Embeddings - before.Chat - before.Embeddings;
    var inputs = name == "embed" ? after.EmbeddingInputs - before.EmbeddingInputs : after.Chat - before.Chat;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| `meddocs {name}` | {run} | {requests:N0} | {inputs:N0} | {cached:N0} | {watch.Elapsed.TotalSeconds:0.0} s |"));
}

void WriteDocument(int index, int revision)
{
    // Text the rules engine cannot place, so that every document goes to the model; ~1.3 KB each.
    var text = string.Create(CultureInfo.InvariantCulture,
        $"Reference {index:0000}, revision {revision}.\nPlease see the attached pages. Let me know if anything else is needed before Tuesday.\n") +
        string.Concat(Enumerable.Range(0, 12).Select(line => string.Create(CultureInfo.InvariantCulture,
            $"Item {index}-{line}: forwarded as discussed; the second copy follows by post with the remaining pages.\n")));
    File.WriteAllText(Path.Combine(intake, $"doc-{index:0000}.txt"), text);
}

static string WriteEmptyConfig(string folder)
{
    var path = Path.Combine(folder, "config.json");
    File.WriteAllText(path, "{}");
    return path;
}

int Argument(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
