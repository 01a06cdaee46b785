using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MedDocs.Benchmarks.Clinical;
using MedDocs.Core.Clinical;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

// Model calls and prompt tokens per transcript: MedDocs' pipeline (PHI local, note + entities) vs the seed's four
// sequential calls, on 2k, 10k and 40k-character consultations, against the simulator with an 8k-context model.
// Usage: dotnet run -c Release --project tests/MedDocs.Benchmarks.Clinical [-- --latency-ms 300 --context 8192]
var latency = Argument("--latency-ms", 300);
var context = Argument("--context", 8192);
const string Model = "clinic-8k";

await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { LatencyMs = latency });
server.Models.Upsert(new SimulatedModel(Model, SimulatedModelType.Llm, "bench", "llama", ModelFormat.Gguf, "Q4_K_M", context, Loaded: true));
// The seed's entity answer feeds its structure prompt: give it a realistic size (about 30 entities as JSON).
var seedEntities = JsonSerializer.Serialize(Enumerable.Range(1, 30).Select(i => new { entity_type = i % 2 == 0 ? "medication" : "symptom", text = "metformin 1000 mg twice daily", confidence = 0.9 }));
server.Responder = request => request.Schema is { } schema
    ? SchemaInstanceGenerator.Generate(schema, request.LastUserText)?.ToJsonString() ?? "null"
    : request.Messages.Any(m => m.Text.Contains(SeedDesign.EntityMarker, StringComparison.Ordinal)) ? seedEntities : "Simulated free-text answer.";

var settings = new MedDocsSettings { Provider = ProviderKind.LMStudio, LMStudioEndpoint = server.V1, Model = Model };
ResolvedProvider resolved;
using (var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5)))
{
    resolved = await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
}
var client = new LlmClient(resolved.Target!, LlmClientOptions.From(settings) with { MaxRetries = 0 });
var options = ClinicalOptions.From(settings, resolved) with { RedactPhi = true };
Console.WriteLine($"Simulator: model {Model}, context {options.ContextTokens} tokens (reported by the server), answers up to {options.AnswerTokens} tokens, latency {latency} ms per call.");
// The PHI engine's patterns are built on first use: time that once, apart from the per-transcript rows.
var warm = Stopwatch.StartNew();
new MedDocs.Core.Phi.PhiRulesEngine().Find(SyntheticConsultation.Create(2_000));
Console.WriteLine($"PHI rules engine first use (pattern build, JIT): {warm.ElapsedMilliseconds:N0} ms, paid once per process.");
Console.WriteLine($"MedDocs input budget per call: {new ClinicalModel(client, options).InputChars:N0} characters.");
Console.WriteLine();
Console.WriteLine("| Transcript | Design | Model calls | Prompt tokens | Completion tokens | Wall time | Outcome |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---|");

foreach (var size in new[] { 2_000, 10_000, 40_000 })
{
    var transcript = SyntheticConsultation.Create(size);
    var label = $"{transcript.Length:N0} chars";

    server.Stats.Reset();
    var watch = Stopwatch.StartNew();
    var seed = await SeedDesign.RunAsync(client, transcript, CancellationToken.None);
    var seedTime = watch.ElapsedMilliseconds;
    Row(label, "seed: 4 sequential calls (PHI, entities, SOAP, structure)", server.Stats.Snapshot().Chat, seed.PromptTokens, seed.CompletionTokens, seedTime,
        seed.Failed == 0 ? "ok" : $"{seed.Failed} of 4 calls failed ({seed.Failure})");

    server.Stats.Reset();
    watch.Restart();
    var report = await new ClinicalPipeline(client, options).RunAsync(DocumentSource.FromText(transcript), CancellationToken.None);
    var pipelineTime = watch.ElapsedMilliseconds;
    Row(label, "MedDocs: PHI local, SOAP note + entities", server.Stats.Snapshot().Chat, report.Note.PromptTokens, report.Note.CompletionTokens, pipelineTime,
        $"ok: {report.Note.Chunks} chunk(s), {report.Note.PhiRedacted} PHI redacted, {report.Entities.Count} entities");

    server.Stats.Reset();
    watch.Restart();
    var structured = await new SoapNoteOperation(client, options with { Template = SoapTemplate.Structured }).RunAsync(DocumentSource.FromText(transcript), CancellationToken.None);
    var structuredTime = watch.ElapsedMilliseconds;
    Row(label, "MedDocs: + nine-section document (extra)", server.Stats.Snapshot().Chat, structured.PromptTokens, structured.CompletionTokens, structuredTime,
        $"ok: {structured.Chunks} chunk(s)");
}

static void Row(string size, string design, long calls, int prompt, int completion, long ms, string outcome) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size} | {design} | {calls} | {prompt:N0} | {completion:N0} | {ms:N0} ms | {outcome} |"));

int Argument(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
