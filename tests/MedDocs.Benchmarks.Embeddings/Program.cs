// Embedding figures for docs/embeddings.md. Run: dotnet run --project tests/MedDocs.Benchmarks.Embeddings -c Release
// Everything goes through EmbeddingOperation, as Get-Embedding and `meddocs embed` do.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

const int Texts = 1000;
const int LatencyMs = 20;
const int Slots = 4;
const string Hashing = "meddocs-hashing-v1"; // the builtin default is now all-MiniLM-L6-v2; these figures are the hashing embedder's
var culture = CultureInfo.InvariantCulture;
var shortTexts = Enumerable.Range(0, Texts)
    .Select(i => Document.FromText($"Progress note {i}: patient reports back pain {i % 10}/10; plan physical therapy twice weekly.", $"n{i}"))
    .ToList();

Console.WriteLine($"Simulator: LM Studio kind, {Slots} slots, {LatencyMs} ms per request; {Texts} short texts; {Slots} requests in flight.");
Console.WriteLine("| mode | batch size | requests | wall time (s) | texts/s |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var batchSize in new[] { -32, 1, 32, 128 }) // -32: an unprinted warm-up run (JIT, first connection)
{
    await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Slots = Slots, LatencyMs = LatencyMs });
    var settings = new MedDocsSettings { Provider = ProviderKind.LMStudio, LMStudioEndpoint = server.V1, MaxRetries = 0, ServerSlots = Slots };
    using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5));
    var provider = await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
    using var operation = EmbeddingOperation.Create(provider, LlmClientOptions.From(settings),
        new EmbeddingOptions { BatchSize = Math.Abs(batchSize) }, CancellationToken.None);
    server.Stats.Reset();
    var watch = Stopwatch.StartNew();
    var outcomes = await operation.RunAsync(shortTexts, CancellationToken.None);
    watch.Stop();
    if (outcomes.Any(o => !o.Succeeded))
    {
        throw new InvalidOperationException(outcomes.First(o => !o.Succeeded).Error!.Message);
    }
    if (batchSize < 0)
    {
        continue;
    }
    var mode = batchSize == 1 ? "one per request" : "batched";
    Console.WriteLine(string.Create(culture, $"| {mode} | {batchSize} | {server.Stats.Snapshot().Embeddings} | {watch.Elapsed.TotalSeconds:0.00} | {Texts / watch.Elapsed.TotalSeconds:0} |"));
}

var fixturePath = Path.Combine(AppContext.BaseDirectory, "near_duplicates.json");
using var fixture = JsonDocument.Parse(File.ReadAllText(fixturePath));
Document[] Passages(string name) => fixture.RootElement.GetProperty(name).EnumerateArray()
    .Select(p => Document.FromText(p.GetProperty("text").GetString()!, p.GetProperty("id").GetString())).ToArray();
var originals = Passages("originals");
var distractors = Passages("distractors");
var variants = fixture.RootElement.GetProperty("variants").EnumerateArray()
    .Select(v => (Text: v.GetProperty("text").GetString()!, Of: v.GetProperty("of").GetString()!)).ToList();

Console.WriteLine();
Console.WriteLine("Builtin hashing embedder (-Model meddocs-hashing-v1; one thread per operation, batch 32; all-MiniLM-L6-v2: tests/MedDocs.Benchmarks.MiniLM):");
Console.WriteLine("| texts | mean chars | texts/s |");
Console.WriteLine("|---|---|---|");
var builtin = new ResolvedProvider(ProviderKind.Builtin, null, "builtin");
var longTexts = Enumerable.Range(0, Texts).Select(i => originals.Concat(distractors).ElementAt(i % (originals.Length + distractors.Length))).ToList();
foreach (var (name, set) in new[] { ("short notes", shortTexts), ("fixture passages", longTexts) })
{
    using (var warm = EmbeddingOperation.Create(builtin, new LlmClientOptions(), new EmbeddingOptions { BuiltinModel = Hashing }, CancellationToken.None))
    {
        await warm.RunAsync(set.Take(50), CancellationToken.None);
    }
    using var operation = EmbeddingOperation.Create(builtin, new LlmClientOptions(), new EmbeddingOptions { BuiltinModel = Hashing }, CancellationToken.None);
    var watch = Stopwatch.StartNew();
    await operation.RunAsync(set, CancellationToken.None);
    watch.Stop();
    Console.WriteLine(string.Create(culture, $"| {set.Count} {name} | {set.Average(d => d.Text.Length):0} | {set.Count / watch.Elapsed.TotalSeconds:0} |"));
}

Console.WriteLine();
Console.WriteLine($"Near-duplicate set: {variants.Count} duplicates, each ranked against {originals.Length + distractors.Length} candidates.");
Console.WriteLine("| dimensions | true duplicate ranked first |");
Console.WriteLine("|---|---|");
foreach (var dimensions in new int?[] { null, 256, 128 })
{
    using var operation = EmbeddingOperation.Create(builtin, new LlmClientOptions(), new EmbeddingOptions { Dimensions = dimensions, BuiltinModel = Hashing }, CancellationToken.None);
    var candidates = (await operation.RunAsync(originals.Concat(distractors), CancellationToken.None)).Select(o => o.Record!).ToList();
    var hits = 0;
    foreach (var (text, of) in variants)
    {
        var best = EmbeddingSimilarity.Rank(await operation.EmbedQueryAsync(text, dimensions, CancellationToken.None), candidates, 1)[0];
        hits += best.Label == of ? 1 : 0;
    }
    Console.WriteLine(string.Create(culture, $"| {dimensions ?? HashingEmbedder.DefaultDimensions} | {hits}/{variants.Count} = {100.0 * hits / variants.Count:0.0} % |"));
}
