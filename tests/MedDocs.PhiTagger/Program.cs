using System.Diagnostics;
using System.Globalization;
using MedDocs.Core.Phi;
using MedDocs.Evaluation;
using MedDocs.PhiTagger;

// Experiment: does a small learned token tagger, used with the rules, generalise better to unseen notes?
//   dotnet run -c Release --project tests/MedDocs.PhiTagger -- --validate [options]   train dev+test+holdout, score holdout2
//   dotnet run -c Release --project tests/MedDocs.PhiTagger -- --final [options]      train dev+test+holdout+holdout2, score holdout3
// Options: --epochs N (10) --seed N (17) --no-rules --no-lexicon --dropout P (0.5: rule features hidden for a share P of
// training notes) --margin M (a token is PHI only when its type beats O by M) --fixture (also train on the clinical fixture)
// --rounds N (5: speed rounds per path).
// Only aggregate figures are printed: never a text, span or per-note error of the scored split.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var arguments = args.ToList();
string Option(string name, string fallback)
{
    int index = arguments.IndexOf(name);
    return index >= 0 && index + 1 < arguments.Count ? arguments[index + 1] : fallback;
}
bool final = arguments.Contains("--final");
if (!final && !arguments.Contains("--validate"))
{
    Console.Error.WriteLine("usage: --validate | --final [--epochs N] [--seed N] [--no-rules] [--no-lexicon] [--dropout P] [--margin M] [--fixture] [--rounds N]");
    return 2;
}
int epochs = int.Parse(Option("--epochs", "10"), CultureInfo.InvariantCulture);
int seed = int.Parse(Option("--seed", "17"), CultureInfo.InvariantCulture);
double margin = double.Parse(Option("--margin", "0"), CultureInfo.InvariantCulture);
var options = new FeatureOptions
{
    Rules = !arguments.Contains("--no-rules"),
    Lexicon = !arguments.Contains("--no-lexicon"),
    RuleDropout = double.Parse(Option("--dropout", "0.5"), CultureInfo.InvariantCulture),
};

string root = FindRepositoryRoot();
string corpora = Path.Combine(root, "tests", "corpora", "phi");
string[] styles = ["icu_nursing", "discharge", "lab", "transcripts"];
string[] trainSplits = final ? ["dev", "test", "holdout", "holdout2"] : ["dev", "test", "holdout"];
string scoredSplit = final ? "holdout3" : "holdout2";

async Task<List<PhiLabelledDocument>> Load(string path) =>
    (await PhiCorpusReader.LoadAsync(path)).Select(d => d with { Spans = d.Spans.Where(s => s.Type != PhiType.Year).ToList() }).ToList();

var train = new List<PhiLabelledDocument>();
foreach (string style in styles)
{
    foreach (string split in trainSplits)
    {
        train.AddRange(await Load(Path.Combine(corpora, $"{style}.{split}.json")));
    }
}
if (arguments.Contains("--fixture"))
{
    train.AddRange(await Load(Path.Combine(root, "tests", "MedDocs.Core.Tests", "Phi", "Fixtures", "clinical_notes.json")));
}
var scored = new List<(string Style, PhiLabelledDocument Document)>();
foreach (string style in styles)
{
    scored.AddRange((await Load(Path.Combine(corpora, $"{style}.{scoredSplit}.json"))).Select(d => (style, d)));
}

var engine = new PhiRulesEngine();
Console.WriteLine($"# PhiTagger: train {string.Join('+', trainSplits)}{(arguments.Contains("--fixture") ? "+fixture" : "")} ({train.Count} notes, {train.Sum(d => d.Spans.Count)} spans), score {scoredSplit} ({scored.Count} notes, {scored.Sum(s => s.Document.Spans.Count)} spans)");
Console.WriteLine($"# options: epochs {epochs}, seed {seed}, rule features {options.Rules}, lexicon {options.Lexicon}, rule dropout {options.RuleDropout}, margin {margin}");

var tagger = new TokenTagger(options);
var trainingCpu = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
tagger.Train(train, engine.Find, epochs, seed);
watch.Stop();
Console.WriteLine($"training: {watch.Elapsed.TotalSeconds:0.0} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - trainingCpu).TotalSeconds:0.0} s CPU (rules findings of the training notes included)");
Console.WriteLine($"model: {tagger.FeatureCount:N0} features x {tagger.LabelCount} labels, {tagger.NonZeroWeights:N0} non-zero weights, {tagger.SerializedBytes():N0} bytes gzipped (names + 16-bit weights)");

// Findings per scored note, for each system.
var rulesFindings = scored.Select(s => engine.Find(s.Document.Text)).ToList();
var taggerFindings = scored.Select((s, i) => (IReadOnlyList<PhiFinding>)tagger.Tag(s.Document.Text, rulesFindings[i], margin, fast: false)).ToList();
var unionFindings = rulesFindings.Select((r, i) => (IReadOnlyList<PhiFinding>)r.Concat(taggerFindings[i].Where(t => !r.Any(t.Overlaps))).OrderBy(f => f.Start).ToList()).ToList();

// The fast path (span hashing, flat weights) must find exactly what the string path finds, on every scored and every
// training note; the accuracy figures below come from the string path. A difference fails the run (exit code 1).
var fast = tagger.ToFastTagger();
Console.WriteLine($"fast path: {fast.Model.RowCount:N0} weighted feature rows of {fast.Model.Stride} floats ({tagger.LabelCount} labels, summed in {System.Numerics.Vector<float>.Count}-float vectors)");
var trainRules = train.Select(d => engine.Find(d.Text)).ToList();
int Identical(IReadOnlyList<string> notes, IReadOnlyList<IReadOnlyList<PhiFinding>> rules, bool fastPath) =>
    notes.Select((t, i) => (fastPath ? fast.Tag(t, rules[i], margin) : tagger.Tag(t, rules[i], margin)).SequenceEqual(tagger.Tag(t, rules[i], margin, fast: false))).Count(b => b);
var scoredTexts = scored.Select(s => s.Document.Text).ToArray();
var trainTexts = train.Select(d => d.Text).ToArray();
int sameFast = Identical(scoredTexts, rulesFindings, fastPath: true), sameFastTrain = Identical(trainTexts, trainRules, fastPath: true);
int sameHashed = Identical(scoredTexts, rulesFindings, fastPath: false), sameHashedTrain = Identical(trainTexts, trainRules, fastPath: false);
Console.WriteLine($"fast path identical to string path: {sameFast}/{scoredTexts.Length} {scoredSplit} notes, {sameFastTrain}/{trainTexts.Length} training notes; identical: {sameFast + sameFastTrain}/{scoredTexts.Length + trainTexts.Length}");
Console.WriteLine($"hashed path identical to string path: {sameHashed}/{scoredTexts.Length} {scoredSplit} notes, {sameHashedTrain}/{trainTexts.Length} training notes");
bool allIdentical = sameFast == scoredTexts.Length && sameFastTrain == trainTexts.Length && sameHashed == scoredTexts.Length && sameHashedTrain == trainTexts.Length;

// Speed on one thread, over the scored and training notes (rules findings given): the hashed path, the fast path and
// the rules, measured in alternation so that the load of the shared machine falls on all three alike; medians of the
// rounds after one warm-up round.
int rounds = int.Parse(Option("--rounds", "5"), CultureInfo.InvariantCulture);
string[] texts = [.. scoredTexts, .. trainTexts];
IReadOnlyList<PhiFinding>[] textRules = [.. rulesFindings, .. trainRules];
double megaChars = texts.Sum(t => (long)t.Length) / 1e6;
// Each round is timed by the wall clock and by the process's CPU time: with the machine's load, the thread often waits
// for a core, which the wall clock counts and the CPU time does not.
(double Wall, double Cpu) Seconds(Action<int> work)
{
    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    for (int i = 0; i < texts.Length; i++)
    {
        work(i);
    }
    double wall = sw.Elapsed.TotalSeconds;
    process.Refresh();
    return (wall, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
}
var hashedRounds = new List<(double Wall, double Cpu)>();
var fastRounds = new List<(double Wall, double Cpu)>();
var rulesRounds = new List<(double Wall, double Cpu)>();
for (int round = 0; round <= rounds; round++)
{
    var hashed = Seconds(i => tagger.Tag(texts[i], textRules[i], margin));
    var fastSeconds = Seconds(i => fast.Tag(texts[i], textRules[i], margin));
    var rulesSeconds = Seconds(i => engine.Find(texts[i]));
    if (round > 0)
    {
        hashedRounds.Add(hashed);
        fastRounds.Add(fastSeconds);
        rulesRounds.Add(rulesSeconds);
    }
}
static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
// MB/s: median over the rounds, and each round's figure in brackets.
string Speed(List<(double Wall, double Cpu)> times, bool cpu)
{
    var speeds = times.Select(t => megaChars / (cpu ? t.Cpu : t.Wall)).ToList();
    return $"{Median(speeds):0.00} [{string.Join(" ", speeds.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)))}]";
}
Console.WriteLine($"speed (one thread, {megaChars:0.000} M chars a round, {rounds} interleaved rounds, median MB/s [rounds]):");
foreach (bool cpu in new[] { false, true })
{
    Console.WriteLine($"  per {(cpu ? "CPU" : "wall")} second: tagger fast path {Speed(fastRounds, cpu)}, hashed path {Speed(hashedRounds, cpu)}, rules {Speed(rulesRounds, cpu)}");
}
Console.WriteLine();

(string Name, List<IReadOnlyList<PhiFinding>> Findings)[] systems = [("rules", rulesFindings.ToList()), ("tagger", taggerFindings), ("rules+tagger", unionFindings)];
Console.WriteLine($"## {scoredSplit}: any-type precision / recall (Year spans excluded)");
Console.WriteLine("| System | " + string.Join(" | ", styles.Append("all")) + " |");
Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---|", styles.Length + 1)));
foreach (var (name, findings) in systems)
{
    var cells = new List<string>();
    foreach (string style in styles.Append("all"))
    {
        var score = PhiEvaluator.Evaluate(scored.Select((s, i) => (s.Document, findings[i])).Where((x, i) => style == "all" || scored[i].Style == style)).AnyType;
        cells.Add($"{score.Precision:0.000} / {score.Recall:0.000}");
    }
    Console.WriteLine($"| {name} | {string.Join(" | ", cells)} |");
}
Console.WriteLine();
Console.WriteLine($"## {scoredSplit}: per type, any type (recall by gold type: found by any finding; precision by finding type: overlaps any gold)");
Console.WriteLine("| Type | Gold | rules R | tagger R | union R | union predicted | union P |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var type in Enum.GetValues<PhiType>())
{
    int gold = 0;
    var found = new int[3];
    int predicted = 0, correct = 0;
    for (int i = 0; i < scored.Count; i++)
    {
        var document = scored[i].Document;
        foreach (var span in document.Spans.Where(s => s.Type == type))
        {
            gold++;
            for (int k = 0; k < 3; k++)
            {
                found[k] += systems[k].Findings[i].Any(span.Overlaps) ? 1 : 0;
            }
        }
        foreach (var finding in unionFindings[i].Where(f => f.Type == type))
        {
            predicted++;
            correct += document.Spans.Any(s => s.Overlaps(finding)) ? 1 : 0;
        }
    }
    if (gold + predicted == 0)
    {
        continue;
    }
    string R(int k) => gold == 0 ? "-" : $"{(double)found[k] / gold:0.000}";
    Console.WriteLine($"| {type} | {gold} | {R(0)} | {R(1)} | {R(2)} | {predicted} | {(predicted == 0 ? "-" : $"{(double)correct / predicted:0.000}")} |");
}
if (!allIdentical)
{
    Console.WriteLine("FAILED: a tagging path differs from the string path");
}
return allIdentical ? 0 : 1;

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MedDocs.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? throw new InvalidOperationException("MedDocs.sln not found above " + AppContext.BaseDirectory);
}
