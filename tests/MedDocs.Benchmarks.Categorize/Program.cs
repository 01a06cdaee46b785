using System.Diagnostics;
using System.Globalization;
using MedDocs.Core.Batch;
using MedDocs.Core.Categorization;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

using MedDocs.Core.Tests.Categorization;
using MedDocs.Evaluation;

// Usage: dotnet run --project tests/MedDocs.Benchmarks.Categorize -c Release [-- <repo root>] [--docs 400] [--serial-docs 100]
//          [--accuracy-only] [--corpus old|dev|test] [--misses] [--all] [--calibrate] [--show <folder>]
// Figures for README.md and docs/categorize.md. First the rules engine's quality on each labelled corpus (text only):
// accuracy, balanced recall, per-category recall, share decided without the model (confidence >= 0.75), accuracy of
// those confident answers and a reliability table. Then throughput against the simulator (4 slots, 200 ms per
// generation), LLM requests per document with the cascade on and off, and the speed-up over one-at-a-time.
string[] valued = ["--docs", "--serial-docs", "--corpus", "--show"];
var root = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !valued.Contains(args[i - 1])) && Directory.Exists(a))
    .FirstOrDefault() ?? FindRepoRoot();
var total = IntArg("--docs", 400);
var serialTotal = IntArg("--serial-docs", 100);
var only = StringArg("--corpus");
const int Slots = 4;
const int LatencyMs = 200;
const double Threshold = 0.75;

var corpusFolder = Path.Combine(root, "tests", "MedDocs.Core.Tests", "Categorization", "Corpus");
var corpus = LabelledFolderReader.Read(corpusFolder, file => Path.GetFileName(file).StartsWith("pdf_", StringComparison.Ordinal));
var corpora = new List<(string Name, List<LabeledDocument> Documents)>();
var newCorpus = Path.Combine(root, "tests", "corpora", "categorize");
foreach (var split in new[] { "test", "dev" })
{
    if (Directory.Exists(Path.Combine(newCorpus, split)))
    {
        corpora.Add(($"new corpus, {split} split", LabelledFolderReader.Read(Path.Combine(newCorpus, split))));
    }
}
corpora.Add(("old corpus", corpus));

var engine = new CategoryRulesEngine();
if (StringArg("--show") is { } showFolder)
{
    // Verdicts for every .txt file in a folder (e.g. the shape documents of the unit tests), no labels needed.
    foreach (var file in Directory.EnumerateFiles(showFolder, "*.txt").Order(StringComparer.Ordinal))
    {
        var verdict = engine.Decide(null, File.ReadAllText(file));
        Console.WriteLine(Invariant($"{verdict.Confidence:0.00} {Path.GetFileName(file)} -> {verdict.Category ?? "(none)"}: {verdict.Reason} [{string.Join(", ", verdict.Scores.Select(x => $"{x.Category} {x.Score}"))}]"));
    }
    return;
}

foreach (var (name, documents) in corpora.Where(c => only is null || c.Name.Contains(only, StringComparison.Ordinal)))
{
    Report(name, documents);
}
if (args.Contains("--accuracy-only"))
{
    return;
}

// 400 documents: the held-out corpus (both splits; the old corpus when it is absent) repeated in a shuffled
// (fixed-seed) order, so every category and hard case is mixed in.
var pool = corpora.Where(c => c.Name.StartsWith("new", StringComparison.Ordinal)).SelectMany(c => c.Documents).ToList() is { Count: > 0 } held ? held : corpus;
Console.WriteLine(Invariant($"Throughput pool: {pool.Count} documents ({(pool == corpus ? "old corpus" : "new corpus, test and dev splits")})"));
var random = new Random(20240611);
var mixed = Enumerable.Range(0, total).Select(i => pool[i % pool.Count]).OrderBy(_ => random.Next()).ToList();

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

void Report(string name, List<LabeledDocument> documents)
{
    var verdicts = documents.Select(d => (Document: d, Verdict: engine.Decide(d.FileName, d.Text))).ToList();
    var evaluation = CategoryEvaluator.Score([.. verdicts.Select(v => (v.Document.Id, v.Document.ExpectedCategory, v.Verdict.Category, v.Verdict.Confidence))], Threshold);
    Console.WriteLine(Invariant($"Rules on the {name} ({evaluation.Total} documents, text only): accuracy {evaluation.OverallAccuracy:0.000}, balanced recall {evaluation.BalancedRecall:0.000}, ")
        + Invariant($"decided without the model {evaluation.CoverageAtThreshold:P1} (unsure {evaluation.UnsureRate:P1}), confident-answer accuracy {evaluation.AccuracyAtThreshold:0.000}, ")
        + Invariant($"no category {evaluation.AbstainRate:P1}, calibration error {evaluation.ExpectedCalibrationError:0.000}"));
    foreach (var m in evaluation.PerCategory.Where(m => m.Support > 0))
    {
        Console.WriteLine(Invariant($"  {m.Category,-22} {m.Support,4} docs  recall {m.Recall:0.000}  precision {m.Precision:0.000}"));
    }
    Console.WriteLine("  reliability: " + string.Join("  ", evaluation.Reliability.Select(b =>
        Invariant($"[{b.Lower:0.00},{b.Upper:0.00}) n={b.Count} acc={(b.Count == 0 ? "-" : b.Accuracy.ToString("0.00", CultureInfo.InvariantCulture))}"))));
    if (args.Contains("--calibrate"))
    {
        Calibrate(verdicts.Select(v => (v.Document.ExpectedCategory, v.Verdict)).ToList());
    }
    foreach (var (document, verdict) in verdicts)
    {
        var wrong = verdict.Category != document.ExpectedCategory;
        if (args.Contains("--all") || (args.Contains("--misses") && (wrong || verdict.Confidence < Threshold)))
        {
            Console.WriteLine(Invariant($"  {(wrong ? "MISS" : "ok  ")} {verdict.Confidence:0.00} {document.Id} -> {verdict.Category ?? "(none)"}: {verdict.Reason} [{string.Join(", ", verdict.Scores.Select(x => $"{x.Category} {x.Score}"))}]"));
        }
    }
    Console.WriteLine();
}

// Confidence is 1 - e^(-margin/scale) (times the top score when it is below 1): for a range of scales, how well would it
// be calibrated on these documents (log loss and calibration error, lower is better) and what would the cascade do.
void Calibrate(List<(string Expected, RulesVerdict Verdict)> verdicts)
{
    Console.WriteLine("  | scale | log loss | calibration error | unsure | confident-answer accuracy |");
    Console.WriteLine("  |---|---|---|---|---|");
    foreach (var scale in new[] { 1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 3.0, 3.5, 4.0 })
    {
        var outcomes = verdicts.Select((v, i) =>
        {
            var scores = v.Verdict.Scores;
            var margin = scores.Count > 1 ? scores[0].Score - scores[1].Score : scores[0].Score;
            var confidence = v.Verdict.Category is null ? 0 : (1 - Math.Exp(-margin / scale)) * Math.Min(1, scores[0].Score);
            return (i.ToString(CultureInfo.InvariantCulture), v.Expected, v.Verdict.Category, confidence);
        }).ToList();
        var logLoss = outcomes.Average(o =>
        {
            var p = Math.Clamp(o.confidence, 1e-3, 1 - 1e-3);
            return o.Category == o.Expected ? -Math.Log(p) : -Math.Log(1 - p);
        });
        var evaluation = CategoryEvaluator.Score(outcomes, Threshold);
        Console.WriteLine(Invariant($"  | {scale:0.00} | {logLoss:0.000} | {evaluation.ExpectedCalibrationError:0.000} | {evaluation.UnsureRate:P1} | {evaluation.AccuracyAtThreshold:0.000} |"));
    }
}

string? StringArg(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
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
