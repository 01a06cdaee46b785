using System.Diagnostics;
using System.Globalization;
using MedDocs.Core.Batch;
using MedDocs.Core.Categorization;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

// Usage: dotnet run --project tests/MedDocs.Benchmarks.Categorize -c Release [-- <repo root>] [--docs 400] [--serial-docs 100]
// Figures for docs/categorize.md: throughput against the simulator (4 slots, 200 ms per generation), LLM requests per
// document with the cascade on and off, speed-up over one-at-a-time, and the rules engine's accuracy on the corpus.
var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && Directory.Exists(a)) ?? FindRepoRoot();
var total = IntArg("--docs", 400);
var serialTotal = IntArg("--serial-docs", 100);
const int Slots = 4;
const int LatencyMs = 200;

var corpusFolder = Path.Combine(root, "tests", "MedDocs.Core.Tests", "Categorization", "Corpus");
var corpus = Directory.EnumerateDirectories(corpusFolder)
    .SelectMany(dir => Directory.EnumerateFiles(dir, "*.txt")
        .Where(f => !Path.GetFileName(f).StartsWith("pdf_", StringComparison.Ordinal))
        .Select(f => new LabeledDocument(Path.GetRelativePath(corpusFolder, f), null, File.ReadAllText(f), Path.GetFileName(dir))))
    .OrderBy(d => d.Id, StringComparer.Ordinal)
    .ToList();

// Rules accuracy on the labelled corpus, text only (the corpus' file names would give the labels away).
var evaluation = CategoryEvaluator.Evaluate(new CategoryRulesEngine(), corpus);
Console.WriteLine(Invariant($"Corpus: {corpus.Count} labelled documents; rules accuracy (decided) {evaluation.Accuracy:P1}, overall {evaluation.OverallAccuracy:P1}, abstain {evaluation.AbstainRate:P1}; at confidence >= 0.75: coverage {evaluation.CoverageAtThreshold:P1}, accuracy {evaluation.AccuracyAtThreshold:P1}"));

// 400 documents: the corpus repeated in a shuffled (fixed-seed) order, so every category and hard case is mixed in.
var random = new Random(20240611);
var mixed = Enumerable.Range(0, total).Select(i => corpus[i % corpus.Count]).OrderBy(_ => random.Next()).ToList();

await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Slots = Slots, LatencyMs = LatencyMs });
var settings = new MedDocsSettings { Provider = ProviderKind.LMStudio, Endpoint = server.V1, MaxRetries = 0 };
ResolvedProvider provider;
using (var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5)))
{
    provider = await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
}

var ideal = Slots * 1000.0 / LatencyMs;
Console.WriteLine(Invariant($"Simulator: {Slots} slots, {LatencyMs} ms per generation: ideal {ideal:0} LLM docs/s"));
Console.WriteLine();
Console.WriteLine("| Run | Docs | Throttle | LLM requests | Requests/doc | Seconds | Docs/s | vs ideal 20/s | Failed |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
var off = await RunAsync("Cascade off (-Engine Llm)", CategorizationEngine.Llm, mixed, 4);
var on = await RunAsync("Cascade on (-Engine Auto)", CategorizationEngine.Auto, mixed, 4);
var serial = await RunAsync("One at a time, cascade off (the seed)", CategorizationEngine.Llm, mixed.Take(serialTotal).ToList(), 1);
Console.WriteLine();
Console.WriteLine(Invariant($"Speed-up, ThrottleLimit 4 vs one at a time (both cascade off): {off / serial:0.0}x; cascade on vs the seed: {on / serial:0.0}x"));

async Task<double> RunAsync(string name, CategorizationEngine engine, List<LabeledDocument> documents, int throttle)
{
    var operation = new CategorizeOperation(CategorizeOptions.From(settings) with { Engine = engine }, provider, settings, new DocumentLoader());
    server.Stats.Reset();
    var failed = 0;
    var watch = Stopwatch.StartNew();
    await foreach (var result in BatchRunner.RunAsync(documents.Select(d => DocumentSource.FromText(d.Text, d.Id)), operation.RunAsync, new BatchOptions { ThrottleLimit = throttle }))
    {
        failed += result.Succeeded ? 0 : 1;
    }
    watch.Stop();
    var requests = server.Stats.Snapshot().Chat;
    var rate = documents.Count / watch.Elapsed.TotalSeconds;
    Console.WriteLine(Invariant($"| {name} | {documents.Count} | {throttle} | {requests} | {(double)requests / documents.Count:0.00} | {watch.Elapsed.TotalSeconds:0.0} | {rate:0.0} | {rate / ideal:P0} | {failed} |"));
    return rate;
}

int IntArg(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "MedDocs.sln")))
        {
            return dir.FullName;
        }
    }
    throw new InvalidOperationException("Run from inside the repository or pass its root folder.");
}
