using System.Diagnostics;
using System.Globalization;
using System.Text;
using MedDocs.Core.Phi;
using MedDocs.Evaluation;

// PHI rules harness: throughput of PhiRulesEngine.Find on one thread, and precision/recall on the
// clinical fixture and presidio-synth. Usage:
//   dotnet run -c Release --project tests/MedDocs.PhiBench [-- --mb 20] [--texts corpora] [--warmup N] [--errors clinical|presidio] [--probe < file] [--hybrid]
//   [--rule-timing [--only group]] [--regex-timing] [--construction] [--snapshot file] (every finding of both corpora, to diff before/after a change)
//   [--check-snapshot] [--write-snapshot] (the stored equivalence snapshot of every PHI text in the repository)
var arguments = args.ToList();
if (arguments.Contains("--check-snapshot") || arguments.Contains("--write-snapshot"))
{
    string repository = MedDocs.Core.Tests.Phi.PhiRulesSnapshot.FindRoot(AppContext.BaseDirectory);
    string snapshotPath = Path.Combine(repository, MedDocs.Core.Tests.Phi.PhiRulesSnapshot.RelativePath);
    var computed = MedDocs.Core.Tests.Phi.PhiRulesSnapshot.Compute(repository);
    if (arguments.Contains("--write-snapshot"))
    {
        File.WriteAllLines(snapshotPath, computed);
        Console.WriteLine($"wrote {computed.Count(l => !l.StartsWith('#'))} findings to {snapshotPath}");
        return 0;
    }
    var differences = MedDocs.Core.Tests.Phi.PhiRulesSnapshot.Differences(File.ReadAllLines(snapshotPath), computed);
    Console.WriteLine(differences.Count == 0 ? $"snapshot identical ({computed.Count(l => !l.StartsWith('#'))} findings)" : "SNAPSHOT DIFFERS:\n" + string.Join("\n", differences));
    return differences.Count == 0 ? 0 : 1;
}
if (arguments.Contains("--tagger-load"))
{
    // The tagger model's load alone, 21 times in this process (the first pays JIT): what the reader costs.
    var times = new List<double>();
    for (int i = 0; i < 21; i++)
    {
        using var stream = typeof(PhiLexicon).Assembly.GetManifestResourceStream("MedDocs.Core.Phi.phi-tagger.model.gz")!;
        double before = ThreadCpuClock.Milliseconds();
        MedDocs.Core.Phi.Tagging.PhiTaggerModel.Read(stream);
        times.Add(ThreadCpuClock.Milliseconds() - before);
    }
    var unzip = new List<double>();
    for (int i = 0; i < 21; i++)
    {
        using var stream = typeof(PhiLexicon).Assembly.GetManifestResourceStream("MedDocs.Core.Phi.phi-tagger.model.gz")!;
        double before = ThreadCpuClock.Milliseconds();
        using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        gzip.CopyTo(new MemoryStream(1 << 20));
        unzip.Add(ThreadCpuClock.Milliseconds() - before);
    }
    Console.WriteLine($"decompress alone: median {unzip.Order().ElementAt(10):0.0} ms");
    Console.WriteLine($"tagger model load, thread CPU: first {times[0]:0.0} ms, median of the next 20 {times.Skip(1).Order().ElementAt(10):0.0} ms");
    return 0;
}
if (arguments.Contains("--first-use"))
{
    // What a one-shot CLI call pays, split: the lexicon alone, then the first Find (patterns + JIT), then a second Find.
    var total = Stopwatch.StartNew();
    var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    var lexiconWatch = Stopwatch.StartNew();
    int keys = PhiLexicon.Shared.Count;
    lexiconWatch.Stop();
    var findWatch = Stopwatch.StartNew();
    var firstEngine = new PhiRulesEngine();
    firstEngine.Find("Patient: Maria Lopez, DOB 03/14/1951, MRN 00123456, phone (217) 555-0142, 12 Oak Street, Springfield, IL 62704. son john 9/12, Dr BRENNAN x5-1234.");
    findWatch.Stop();
    var second = Stopwatch.StartNew();
    firstEngine.Find("wife Hope called 10/23 re: transfer from Baystate Medical Center; pgr 4321.");
    second.Stop();
    // The Tagger engine (the offline default) then pays the model's load and its own first call.
    var modelWatch = Stopwatch.StartNew();
    int rows = MedDocs.Core.Phi.Tagging.PhiTaggerModel.Shared.RowCount;
    modelWatch.Stop();
    var taggerWatch = Stopwatch.StartNew();
    const string taggerNote = "son john 9/12, Dr BRENNAN x5-1234, transferred from st elsewhere.";
    MedDocs.Core.Phi.Tagging.PhiTagger.Find(taggerNote, firstEngine.Find(taggerNote));
    taggerWatch.Stop();
    double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalMilliseconds;
    Console.WriteLine($"lexicon {lexiconWatch.Elapsed.TotalMilliseconds:0} ms ({keys} keys), first Find after it {findWatch.Elapsed.TotalMilliseconds:0} ms, second Find {second.Elapsed.TotalMilliseconds:0.0} ms; tagger model {modelWatch.Elapsed.TotalMilliseconds:0} ms ({rows} rows), first tagger Find {taggerWatch.Elapsed.TotalMilliseconds:0} ms; total {total.Elapsed.TotalMilliseconds:0} ms wall, {cpuMs:0} ms CPU (all threads); load {LoadAverage()}");
    return 0;
}
// --one-shot <file>: a fresh process's first Find on one (long) document, as `meddocs phi` on a big file pays it.
int oneShotIndex = arguments.IndexOf("--one-shot");
if (oneShotIndex >= 0)
{
    string document = File.ReadAllText(arguments[oneShotIndex + 1]);
    var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    int found = new PhiRulesEngine().Find(document).Count;
    watch.Stop();
    double cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalMilliseconds;
    Console.WriteLine($"one-shot Find on {document.Length:N0} characters: {found:N0} findings, {watch.Elapsed.TotalMilliseconds:0} ms wall, {cpuMs:0} ms CPU (all threads); load {LoadAverage()}");
    return 0;
}

// First use in the process (pattern construction and JIT included): what a one-shot CLI call pays.
var firstUse = Stopwatch.StartNew();
var engine = new PhiRulesEngine();
engine.Find("Patient: Maria Lopez, DOB 03/14/1951, MRN 00123456, phone (217) 555-0142, 12 Oak Street, Springfield, IL 62704.");
firstUse.Stop();

if (arguments.Contains("--probe"))
{
    foreach (var f in engine.Find(Console.In.ReadToEnd()))
    {
        Console.WriteLine($"{f.Type,-14} {f.Rule,-22} {f.Confidence:0.00} [{f.Text.Replace("\n", "\\n", StringComparison.Ordinal)}]");
    }
    return 0;
}

string root = FindRepositoryRoot();
string clinicalPath = Path.Combine(root, "tests", "MedDocs.Core.Tests", "Phi", "Fixtures", "clinical_notes.json");
string presidioPath = Environment.GetEnvironmentVariable("MEDDOCS_PRESIDIO_SYNTH")
    ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "presidio-synth", "synth_dataset_v2.json"));
var clinical = await PhiCorpusReader.LoadAsync(clinicalPath);
var presidio = File.Exists(presidioPath) ? await PhiCorpusReader.LoadAsync(presidioPath) : null;

int corporaIndex = arguments.IndexOf("--corpora");
if (corporaIndex >= 0)
{
    // The issue-11 corpora (tests/corpora/phi/<style>.<split>.json): per corpus and per type. Year spans are left out
    // unless --years (the engine reports years only on request). "any type" = a gold span counts as found when any
    // finding overlaps it (PhysioNet deid's runStat scoring).
    string split = corporaIndex + 1 < arguments.Count && !arguments[corporaIndex + 1].StartsWith("--", StringComparison.Ordinal) ? arguments[corporaIndex + 1] : "dev";
    bool years = arguments.Contains("--years");
    var yearEngine = new PhiRulesEngine { IncludeYears = years };
    var all = new List<PhiLabelledDocument>();
    foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests", "corpora", "phi"), $"*.{split}.json").Order(StringComparer.Ordinal))
    {
        var corpusDocuments = (await PhiCorpusReader.LoadAsync(file)).Select(d => years ? d : d.WithoutYears()).ToList();
        all.AddRange(corpusDocuments);
        var evaluation = PhiEvaluator.Evaluate(corpusDocuments, yearEngine.Find);
        Console.WriteLine($"## {Path.GetFileName(file)} ({corpusDocuments.Count} notes, {corpusDocuments.Sum(d => d.Spans.Count)} gold spans)");
        Console.WriteLine(evaluation.FormatTable());
        if (arguments.Contains("--errors"))
        {
            foreach (var e in evaluation.Errors)
            {
                Console.WriteLine($"{(e.Missed ? "MISS" : "FP  ")} {e.Type,-14} {e.Rule,-22} {e.DocumentId,-14} [{e.Text.Replace("\n", "\\n", StringComparison.Ordinal)}]");
            }
        }
    }
    Console.WriteLine($"## all {split} corpora ({all.Count} notes, {all.Sum(d => d.Spans.Count)} gold spans)");
    Console.WriteLine(PhiEvaluator.Evaluate(all, yearEngine.Find).FormatTable());
    return 0;
}

if (arguments.Contains("--regex-timing"))
{
    // Where the time goes: each pattern alone over the whole clinical fixture, repeated.
    string all = string.Concat(Enumerable.Repeat(string.Concat(clinical.Select(d => d.Text)), 40));
    foreach (var method in typeof(PhiRulesEngine).Assembly.GetType("MedDocs.Core.Phi.PhiPatterns")!
                 .GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
                 .Where(m => m.ReturnType == typeof(System.Text.RegularExpressions.Regex) && m.GetParameters().Length == 0))
    {
        var regex = (System.Text.RegularExpressions.Regex)method.Invoke(null, null)!;
        int count = regex.Count(all);
        var sw = Stopwatch.StartNew();
        count = regex.Count(all);
        double generated = all.Length / 1e6 / sw.Elapsed.TotalSeconds;
        foreach (var note in clinical) regex.Count(note.Text);
        // The same pattern one note at a time, as the engine calls it (per-call overhead included).
        var notesForTiming = clinical.Select(d => d.Text).ToArray();
        long noteChars = 0;
        sw.Restart();
        for (int round = 0; round < 40; round++)
        {
            foreach (var note in notesForTiming)
            {
                regex.Count(note);
                noteChars += note.Length;
            }
        }
        Console.WriteLine($"{method.Name,-28} one text {generated,8:0.0} MB/s, per note {noteChars / 1e6 / sw.Elapsed.TotalSeconds,8:0.0} MB/s  {count} matches");
    }
    return 0;
}

if (arguments.Contains("--construction"))
{
    // What each pattern costs to build and run once, per regex option (first-use latency).
    string sample = clinical[0].Text;
    foreach (var method in typeof(PhiRulesEngine).Assembly.GetType("MedDocs.Core.Phi.PhiPatterns")!
                 .GetMethods(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
                 .Where(m => m.ReturnType == typeof(System.Text.RegularExpressions.Regex) && m.GetParameters().Length == 0))
    {
        var regex = (System.Text.RegularExpressions.Regex)method.Invoke(null, null)!;
        var options = regex.Options & ~System.Text.RegularExpressions.RegexOptions.Compiled;
        var line = new StringBuilder($"{method.Name,-28}");
        foreach (var (label, extra) in new[] { ("compiled", System.Text.RegularExpressions.RegexOptions.Compiled), ("interpreted", System.Text.RegularExpressions.RegexOptions.None) })
        {
            var sw = Stopwatch.StartNew();
            new System.Text.RegularExpressions.Regex(regex.ToString(), options | extra).Count(sample);
            line.Append(CultureInfo.InvariantCulture, $" {label} {sw.Elapsed.TotalMilliseconds,7:0.0} ms");
        }
        Console.WriteLine(line);
    }
    return 0;
}

// The notes for throughput and rule timing: the clinical fixture, or with --texts corpora the notes of tests/corpora/phi
// in the four styles of real notes (ICU shorthand, discharge summaries, lab reports, transcripts): the dev and test splits,
// the same notes as every earlier figure (the holdout notes added on 2026-12-03 are scored, not timed).
int textsIndex = arguments.IndexOf("--texts");
bool corporaTexts = textsIndex >= 0 && textsIndex + 1 < arguments.Count && arguments[textsIndex + 1] == "corpora";
var notes = corporaTexts
    ? Directory.EnumerateFiles(Path.Combine(root, "tests", "corpora", "phi"), "*.json").Order(StringComparer.Ordinal)
        .Where(file => !file.EndsWith(".holdout.json", StringComparison.Ordinal))
        .SelectMany(file => PhiCorpusReader.LoadAsync(file).GetAwaiter().GetResult()).Select(d => d.Text).ToArray()
    : clinical.Select(d => d.Text).ToArray();
// --join N: N notes joined into one text per Find call (default 1), for throughput and rule timing: separates the
// per-call cost from the per-byte cost, and shows costs that grow faster than the text (long documents).
int joinIndex = arguments.IndexOf("--join");
int join = joinIndex >= 0 ? int.Parse(arguments[joinIndex + 1], CultureInfo.InvariantCulture) : 1;

if (arguments.Contains("--rule-timing"))
{
    TieredRegex.CompileAll();
    // Enough notes per rule (~10 MB) that tier-1 code, not the first JIT tier, is what gets measured.
    // --rounds N: N times the texts (default 1), e.g. so a profiler samples the group more than the start-up.
    int roundsIndex = arguments.IndexOf("--rounds");
    int rounds = roundsIndex >= 0 ? int.Parse(arguments[roundsIndex + 1], CultureInfo.InvariantCulture) : 1;
    var texts = Enumerable.Repeat(notes, rounds * 1200 * clinical.Count / notes.Length).SelectMany(t => t).Chunk(join).Select(group => string.Join("\n\n", group)).ToList();
    long chars = texts.Sum(t => (long)t.Length);
    (string, Action<FindingSink>)[] rules =
    [
        ("identifiers", IdentifierRules.Collect), ("phones", PhoneRules.Collect), ("dates", DateRules.Collect), ("ages", AgeRules.Collect),
        ("labelled", LabelledIdentifierRules.Collect), ("addresses", AddressRules.Collect), ("names", NameRules.Collect),
        ("tokens", sink => _ = sink.Tokens.Count), ("context names", ContextNameRules.Collect), ("short dates", ShortDateRules.Collect),
        ("places", PlaceRules.Collect), ("record acronyms", PlaceAcronyms.CollectBeforeRecords), ("case captions", CaseCaptions.Collect), ("law firms", LawFirmNames.Collect), ("extensions", ExtensionRules.Collect), ("spoken", SpokenNumbers.Collect), ("id shapes", IdShapeRules.Collect),
        ("dates+names+addresses+merge", sink => { DateRules.Collect(sink); NameRules.Collect(sink); AddressRules.Collect(sink); PhiMerger.Merge(sink.Findings); }),
        ("engine", sink => engine.Find(sink.Text)),
        // The Tagger engine (Find-Phi's offline default): the rules, then the learned tagger over their findings, merged.
        ("engine+tagger", sink =>
        {
            var found = engine.Find(sink.Text);
            PhiMerger.MergeAdditions(found, MedDocs.Core.Phi.Tagging.PhiTagger.Find(sink.Text, found));
        }),
    ];
    // --only <name>: one group (e.g. to compare two builds group by group).
    int onlyIndex = arguments.IndexOf("--only");
    string? only = onlyIndex >= 0 && onlyIndex + 1 < arguments.Count ? arguments[onlyIndex + 1] : null;
    foreach (var (name, collect) in rules.Where(r => only is null || r.Item1 == only))
    {
        foreach (var t in texts.Take(Math.Max(1, 3000 / join))) collect(new FindingSink(t));
        // Background tier-1 JIT and pattern compilation settle first; then only this thread's CPU time is counted
        // (the process's total swung by +-30 % with background compilation, this by +-5 %).
        Thread.Sleep(500);
        double threadCpu = ThreadCpuSeconds();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        foreach (var t in texts) collect(new FindingSink(t));
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        double threadSeconds = ThreadCpuSeconds() - threadCpu;
        Console.WriteLine($"{name,-28} {chars / 1e6 / sw.Elapsed.TotalSeconds,8:0.0} MB/s wall, {chars / 1e6 / cpuSeconds,8:0.0} MB/s of process CPU, {(threadSeconds > 0 ? chars / 1e6 / threadSeconds : double.NaN),8:0.0} MB/s of this thread's CPU");
    }
    return 0;
}

if (arguments.Contains("--hybrid"))
{
    await HybridBench.RunAsync($"clinical fixture ({clinical.Count} notes)", clinical);
    if (presidio is not null)
    {
        await HybridBench.RunAsync($"presidio-synth ({presidio.Count} records)", presidio);
    }
    return 0;
}

int snapshotIndex = arguments.IndexOf("--snapshot");
if (snapshotIndex >= 0)
{
    // Every finding of both corpora, one per line: diff two snapshots to prove a change kept the output identical.
    using var writer = new StreamWriter(arguments[snapshotIndex + 1]);
    foreach (var document in clinical.Concat(presidio ?? []))
    {
        foreach (var f in engine.Find(document.Text))
        {
            writer.WriteLine($"{document.Id}\t{f.Type}\t{f.Start}\t{f.Length}\t{f.Confidence:0.00}\t{f.Rule}");
        }
    }
    // With --join N, also the notes (--texts) joined N to a text: long documents, where repeats and gates act on the whole.
    if (join > 1)
    {
        int number = 0;
        foreach (var group in notes.Chunk(join))
        {
            number++;
            foreach (var f in engine.Find(string.Join("\n\n", group)))
            {
                writer.WriteLine($"joined-{number}\t{f.Type}\t{f.Start}\t{f.Length}\t{f.Confidence:0.00}\t{f.Rule}");
            }
        }
    }
    return 0;
}

int errorsIndex = arguments.IndexOf("--errors");
if (errorsIndex >= 0)
{
    var corpus = errorsIndex + 1 < arguments.Count && arguments[errorsIndex + 1] == "presidio" ? presidio ?? [] : clinical;
    foreach (var e in PhiEvaluator.Evaluate(corpus, engine.Find).Errors)
    {
        Console.WriteLine($"{(e.Missed ? "MISS" : "FP  ")} {e.Type,-14} {e.Rule,-22} {e.DocumentId,-14} [{e.Text.Replace("\n", "\\n", StringComparison.Ordinal)}]");
    }
    return 0;
}

int mbIndex = arguments.IndexOf("--mb");
double targetMb = mbIndex >= 0 ? double.Parse(arguments[mbIndex + 1], CultureInfo.InvariantCulture) : 20;

Console.WriteLine($"PhiRulesEngine — {RuntimeDescription()}");
Console.WriteLine($"First Find in this process: {firstUse.Elapsed.TotalMilliseconds:0} ms");
Console.WriteLine();
Console.WriteLine($"## Clinical fixture ({clinical.Count} notes, {clinical.Sum(d => d.Spans.Count)} gold spans)");
Console.WriteLine(PhiEvaluator.Evaluate(clinical, engine.Find).FormatTable());
if (presidio is not null)
{
    Console.WriteLine($"## presidio-synth ({presidio.Count} records, {presidio.Sum(d => d.Spans.Count)} Safe Harbor gold spans)");
    Console.WriteLine(PhiEvaluator.Evaluate(presidio, engine.Find).FormatTable());
}
else
{
    Console.WriteLine($"presidio-synth not found at {presidioPath}: skipped.");
}

// Throughput: the clinical notes (or, with --texts corpora, the notes of tests/corpora/phi in the four styles of
// real notes: ICU shorthand, discharge summaries, lab reports, transcripts), repeated until the target size, one Find
// call per note as in real use.
if (join > 1)
{
    notes = [.. notes.Chunk(join).Select(group => string.Join("\n\n", group))];
}
var documents = new List<string>();
long bytes = 0;
for (int i = 0; bytes < targetMb * 1_000_000; i++)
{
    string note = notes[i % notes.Length];
    documents.Add(note);
    bytes += Encoding.UTF8.GetByteCount(note);
}
// Steady state: the compiled patterns (a long batch switches to them after 256 KB) and tiered JIT warmed up.
// --warmup N: notes run before measuring (default 2,000); tier-1 JIT of the rules still running in the background
// is counted in the CPU time otherwise.
int warmupIndex = arguments.IndexOf("--warmup");
int warmupNotes = warmupIndex >= 0 ? int.Parse(arguments[warmupIndex + 1], CultureInfo.InvariantCulture) : 2000;
TieredRegex.CompileAll();
for (int i = 0; i < Math.Max(1, warmupNotes / join); i++)
{
    engine.Find(notes[i % notes.Length]);
}
var ruleCounts = new Dictionary<string, int>();
double threadCpuBefore = ThreadCpuSeconds();
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
int gen0Before = GC.CollectionCount(0);
var stopwatch = Stopwatch.StartNew();
long findings = 0;
foreach (var note in documents)
{
    var found = engine.Find(note);
    findings += found.Count;
}
stopwatch.Stop();
double seconds = stopwatch.Elapsed.TotalSeconds;
// CPU time of the process (all threads, GC included): steadier than wall time while other jobs share the cores.
double cpuSecondsUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
// The measuring thread alone: leaves out background tier-1 JIT and other runtime threads (Linux only; 10 ms ticks).
double threadCpuSeconds = ThreadCpuSeconds() - threadCpuBefore;
long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
int gen0 = GC.CollectionCount(0) - gen0Before;
Console.WriteLine($"## Throughput (one thread, {documents.Count:N0} {(corporaTexts ? "tests/corpora/phi" : "clinical fixture")} notes of {bytes / (double)documents.Count:0} bytes on average, {bytes / 1e6:0.0} MB UTF-8)");
Console.WriteLine($"{bytes / 1e6 / seconds:0.0} MB/s, {documents.Count / seconds:N0} notes/s, {findings:N0} findings in {seconds:0.00} s (wall); {bytes / 1e6 / cpuSecondsUsed:0.0} MB/s of CPU time; {(threadCpuSeconds > 0 ? (bytes / 1e6 / threadCpuSeconds).ToString("0.0", CultureInfo.InvariantCulture) : "n/a")} MB/s of the measuring thread's CPU time; load average {LoadAverage()}");
foreach (var note in notes)
{
    foreach (var f in engine.Find(note))
    {
        ruleCounts[f.Rule ?? "?"] = ruleCounts.GetValueOrDefault(f.Rule ?? "?") + 1;
    }
}
Console.WriteLine($"Allocated {allocated / (double)bytes:0.0} bytes per input byte, {gen0} gen-0 collections");
Console.WriteLine();
Console.WriteLine("Findings per rule on the clinical fixture: " + string.Join(", ", ruleCounts.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value}")));
return 0;

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "MedDocs.sln")))
        {
            return dir.FullName;
        }
    }
    throw new DirectoryNotFoundException("MedDocs.sln not found above the harness; run it from the repository.");
}

static double ThreadCpuSeconds()
{
    // /proc/thread-self/stat: fields 14 and 15 (utime, stime) in clock ticks, counted after the ")" that ends the name.
    if (!File.Exists("/proc/thread-self/stat"))
    {
        return 0;
    }
    string stat = File.ReadAllText("/proc/thread-self/stat");
    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static string RuntimeDescription() =>
    $".NET {Environment.Version}, {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger" : "no debugger")}";
