using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedDocs.Core.Categorization;
using MedDocs.Core.Embeddings;
using MedDocs.Evaluation;

// Usage: dotnet run --project tests/MedDocs.RulesBench -c Release [-- <repo root>] [--misses]
var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindRepoRoot();
var showMisses = args.Contains("--misses");
var corpus = Path.Combine(root, "tests", "MedDocs.Core.Tests", "Categorization", "Corpus");
var documents = Directory.EnumerateDirectories(corpus)
    .SelectMany(dir => Directory.EnumerateFiles(dir, "*.txt").Where(f => !Path.GetFileName(f).StartsWith("pdf_", StringComparison.Ordinal)).Select(file => new LabeledDocument(
        Path.GetRelativePath(corpus, file), null, File.ReadAllText(file), Path.GetFileName(dir))))
    .OrderBy(d => d.Id, StringComparer.Ordinal)
    .ToList();

var engine = new CategoryRulesEngine();
var stopwatch = Stopwatch.StartNew();
var evaluation = CategoryEvaluator.Evaluate(engine, documents);
stopwatch.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Category rules: {evaluation.Total} docs, accuracy (decided) {evaluation.Accuracy:P1}, overall {evaluation.OverallAccuracy:P1}, abstain {evaluation.AbstainRate:P1}, " +
    $"at confidence >= {evaluation.ConfidenceThreshold}: coverage {evaluation.CoverageAtThreshold:P1}, accuracy {evaluation.AccuracyAtThreshold:P1} ({stopwatch.Elapsed.TotalMilliseconds:F0} ms)"));
foreach (var m in evaluation.PerCategory)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {m.Category,-22} support {m.Support,3}  recall {m.Recall:P1}  precision {m.Precision:P1}"));
}

if (showMisses)
{
    foreach (var miss in evaluation.Misses)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  MISS {miss.Id}: predicted {miss.Predicted ?? "(abstain)"} at {miss.Confidence:F2}"));
    }
}

// Second pass: the first paid for JIT and regex construction.
stopwatch.Restart();
foreach (var document in documents)
{
    engine.Decide(null, document.Text);
}

stopwatch.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Category rules throughput: {documents.Count / stopwatch.Elapsed.TotalSeconds:F0} docs/s (mean {documents.Average(d => d.Text.Length):F0} chars)"));

// Embedder throughput: 1,000 texts of about 1 KB, built from the corpus.
var embedder = new HashingEmbedder();
var pool = string.Join(' ', documents.Select(d => d.Text));
var texts = Enumerable.Range(0, 1000).Select(i => pool.Substring((i * 997) % (pool.Length - 1024), 1024)).ToList();
embedder.Embed(texts.Take(20).ToList());
stopwatch.Restart();
embedder.Embed(texts);
stopwatch.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Hashing embedder ({embedder.ModelName}, {embedder.Dimensions} dims): {texts.Count / stopwatch.Elapsed.TotalSeconds:F0} texts/s on 1 KB texts, single thread"));

if (args.Contains("--profile"))
{
    stopwatch.Restart();
    var normalized = texts.Count(t => t.IsNormalized(System.Text.NormalizationForm.FormKC));
    Console.WriteLine($"  IsNormalized x1000: {stopwatch.Elapsed.TotalMilliseconds:F0} ms ({normalized} already normalized)");
}

// Near-duplicate retrieval: each variant's original must rank first among originals + distractors.
var fixturePath = Path.Combine(root, "tests", "MedDocs.Core.Tests", "Embeddings", "Fixtures", "near_duplicates.json");
using var fixture = JsonDocument.Parse(File.ReadAllText(fixturePath));
List<(string Id, string Text, string Of, string Kind)> ReadPassages(string name) =>
    [.. fixture.RootElement.GetProperty(name).EnumerateArray().Select(e => (
        e.GetProperty("id").GetString()!, e.GetProperty("text").GetString()!,
        e.TryGetProperty("of", out var of) ? of.GetString()! : "", e.TryGetProperty("kind", out var kind) ? kind.GetString()! : ""))];
var variants = ReadPassages("variants");
var passages = ReadPassages("originals").Concat(ReadPassages("distractors")).ToList();
var candidates = passages.Select(p => (p.Id, embedder.Embed(p.Text))).ToList();
var hits = variants.Select(v => (v.Kind, Hit: SimilarityRanker.TopK(embedder.Embed(v.Text), candidates, 1)[0].Item == v.Of)).ToList();
var byKind = string.Join(", ", hits.GroupBy(h => h.Kind).Select(g => $"{g.Key} {g.Count(h => h.Hit)}/{g.Count()}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Near-duplicate top-1: {hits.Count(h => h.Hit)}/{hits.Count} ({(double)hits.Count(h => h.Hit) / hits.Count:P1}) among {candidates.Count} candidates; by kind: {byKind}"));
foreach (var dims in new[] { 256, 1024 })
{
    var other = new HashingEmbedder(dims);
    var otherCandidates = passages.Select(p => (p.Id, other.Embed(p.Text))).ToList();
    var otherHits = variants.Count(v => SimilarityRanker.TopK(other.Embed(v.Text), otherCandidates, 1)[0].Item == v.Of);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  at {dims} dims: {otherHits}/{variants.Count}"));
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "MedDocs.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("Could not find MedDocs.sln above the bench's folder; pass the repository root as the first argument.");
}
