// Figures for the builtin embedder (README, docs/embeddings.md). Run: dotnet run --project tests/MedDocs.Benchmarks.MiniLM -c Release
// Options: --module <folder> measures a staged module folder's size (default: out/MedDocs and out/MedDocs.MiniLM when present).
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedDocs.Core.Embeddings;

var culture = CultureInfo.InvariantCulture;
if (args.Contains("--first-call"))
{
    // Child process: the cost a user pays on the first builtin embedding of a session.
    var total = Stopwatch.StartNew();
    var files = MiniLmFiles.Find();
    var load = Stopwatch.StartNew();
    using var embedder = new MiniLmEmbedder(files);
    var loaded = load.Elapsed.TotalMilliseconds;
    var first = Stopwatch.StartNew();
    embedder.Embed(["Patient reports wrist pain after a fall."]);
    Console.WriteLine(string.Create(culture, $"{loaded:0} {first.Elapsed.TotalMilliseconds:0} {total.Elapsed.TotalMilliseconds:0}"));
    return;
}

Console.WriteLine(string.Create(culture, $"Machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}, {MiniLmFiles.RuntimeIdentifier}."));
var filesHere = MiniLmFiles.Find();

// 1. Size on disk.
Console.WriteLine();
Console.WriteLine("| part | MB |");
Console.WriteLine("|---|---:|");
var repo = FindRepositoryRoot();
void Row(string name, long bytes) => Console.WriteLine(string.Create(culture, $"| {name} | {bytes / 1e6:0.0} |"));
Row("model.onnx + vocab.txt", new FileInfo(filesHere.ModelPath).Length + new FileInfo(filesHere.VocabularyPath).Length);
var runtimes = Path.Combine(AppContext.BaseDirectory, "runtimes");
foreach (var rid in MiniLmFiles.SupportedRuntimes)
{
    var native = Path.Combine(runtimes, rid, "native");
    if (Directory.Exists(native))
    {
        Row($"ONNX Runtime native, {rid}", FolderBytes(native));
    }
}
string[] managedParts = ["Microsoft.ML.OnnxRuntime.dll", "System.Numerics.Tensors.dll"];
Row("ONNX Runtime managed + System.Numerics.Tensors", managedParts
    .Select(f => Path.Combine(AppContext.BaseDirectory, f)).Where(File.Exists).Sum(f => new FileInfo(f).Length));
foreach (var module in new[] { "MedDocs", "MedDocs.MiniLM" })
{
    var folder = Path.Combine(repo, "out", module);
    if (Directory.Exists(folder))
    {
        Row($"staged out/{module} (all files)", FolderBytes(folder));
    }
}

// 2. First call, in fresh processes (the OS file cache is warm after the first run; the first row is the coldest we can get here).
Console.WriteLine();
Console.WriteLine("First call in a fresh process (5 runs): model load ms, first vector ms, process-start-to-vector ms");
for (var run = 0; run < 5; run++)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!, $"\"{typeof(MiniLmEmbedder).Assembly.Location.Replace("MedDocs.Core.dll", "MedDocs.Benchmarks.MiniLM.dll", StringComparison.Ordinal)}\" --first-call")
    { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) != "dotnet")
    {
        start.Arguments = "--first-call";
    }
    var wall = Stopwatch.StartNew();
    using var child = Process.Start(start)!;
    var line = child.StandardOutput.ReadToEnd().Trim();
    child.WaitForExit();
    Console.WriteLine(string.Create(culture, $"  run {run + 1}: {line} (wall incl. .NET start {wall.Elapsed.TotalMilliseconds:0})"));
}

// 3. Throughput on real clinical/legal text: windows of 30 and 200 words from the sample documents.
var words = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples")).Order(StringComparer.Ordinal)
    .SelectMany(f => File.ReadAllText(f).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToArray();
List<string> Windows(int size, int count) => Enumerable.Range(0, count).Select(i => string.Join(' ', words.Skip((i * 37) % (words.Length - size)).Take(size))).ToList();
Console.WriteLine();
Console.WriteLine("| text | word pieces (mean, cut at 254) | threads | texts/s (wall) | texts per CPU-second |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var size in new[] { 30, 200 })
{
    var texts = Windows(size, size == 30 ? 256 : 64);
    foreach (var threads in new[] { 1, 2 })
    {
        using var embedder = new MiniLmEmbedder(filesHere, threads);
        var pieces = texts.Average(t => Math.Min(embedder.Tokenizer.CountTokens(t), MiniLmEmbedder.MaxWordPieces));
        embedder.Embed(texts.Take(32).ToList()); // warm-up
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var done = 0;
        for (var i = 0; i < texts.Count; i += 32)
        {
            embedder.Embed(texts.Skip(i).Take(32).ToList());
            done += Math.Min(32, texts.Count - i);
        }
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(culture, $"| {size} words | {pieces:0} | {threads} | {done / watch.Elapsed.TotalSeconds:0.0} | {done / cpuSeconds:0.0} |"));
    }
}

// 4. Quality beside the hashing embedder.
var hashing = new HashingEmbedder();
using var model = new MiniLmEmbedder(filesHere);
var paraphrases = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "paraphrases.json"))).RootElement.GetProperty("pairs")
    .EnumerateArray().Select(p => (Domain: p.GetProperty("domain").GetString()!, A: p.GetProperty("a").GetString()!, B: p.GetProperty("b").GetString()!)).ToList();
Console.WriteLine();
Console.WriteLine($"Paraphrases (own set, {paraphrases.Count} pairs sharing no content words): own paraphrase ranked first among all {paraphrases.Count}");
Console.WriteLine("| set | all-MiniLM-L6-v2 | meddocs-hashing-v1 |");
Console.WriteLine("|---|---|---|");
foreach (var domain in new[] { "medical", "legal", "all" })
{
    var set = paraphrases.Where(p => domain == "all" || p.Domain == domain).ToList();
    string Rate(Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed) => TopOne(embed(set.Select(p => p.A).ToList()), embed(set.Select(p => p.B).ToList()), set.Count);
    Console.WriteLine($"| {domain} ({set.Count}) | {Rate(t => model.Embed(t))} | {Rate(t => hashing.Embed(t))} |");
}

using var fixture = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "near_duplicates.json")));
List<(string Id, string Text)> Passages(string name) => fixture.RootElement.GetProperty(name).EnumerateArray()
    .Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("text").GetString()!)).ToList();
var candidates = Passages("originals").Concat(Passages("distractors")).ToList();
var variants = fixture.RootElement.GetProperty("variants").EnumerateArray().Select(v => (Text: v.GetProperty("text").GetString()!, Of: v.GetProperty("of").GetString()!)).ToList();
string NearDuplicates(Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed)
{
    var vectors = embed(candidates.Select(c => c.Text).ToList()).Select((v, i) => (candidates[i].Id, v)).ToList();
    var queries = embed(variants.Select(v => v.Text).ToList());
    var hits = variants.Where((v, i) => SimilarityRanker.TopK(queries[i], vectors, 1)[0].Item == v.Of).Count();
    return string.Create(culture, $"{hits}/{variants.Count} = {100.0 * hits / variants.Count:0.0} %");
}
Console.WriteLine();
Console.WriteLine($"Near-duplicate set ({variants.Count} duplicates vs {candidates.Count} candidates; passages over the window are cut at 256 tokens):");
Console.WriteLine($"| all-MiniLM-L6-v2 | {NearDuplicates(t => model.Embed(t))} |");
Console.WriteLine($"| meddocs-hashing-v1 | {NearDuplicates(t => hashing.Embed(t))} |");

string TopOne(IReadOnlyList<float[]> queries, IReadOnlyList<float[]> answers, int count)
{
    var indexed = answers.Select((v, i) => (i, v)).ToList();
    var hits = Enumerable.Range(0, count).Count(i => SimilarityRanker.TopK(queries[i], indexed, 1)[0].Item == i);
    return string.Create(culture, $"{hits}/{count} = {100.0 * hits / count:0.0} %");
}

static long FolderBytes(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

static string FindRepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "MedDocs.sln")))
        {
            return folder.FullName;
        }
    }
    return Directory.GetCurrentDirectory();
}
