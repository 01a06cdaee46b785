using System.Diagnostics;
using System.Globalization;
using MedDocs.Core.Phi;
using MedDocs.Evaluation;
using MedDocs.PhiTagger;

// Experiment: does a small learned token tagger, used with the rules, generalise better to unseen notes?
//   dotnet run -c Release --project tests/MedDocs.PhiTagger -- --validate [options]   train dev+test+holdout, score holdout2
//   dotnet run -c Release --project tests/MedDocs.PhiTagger -- --final [options]      train dev+test+holdout+holdout2, score holdout3
// Options: --epochs N (10) --seed N (17) --no-rules --no-lexicon --dropout P (0.5: rule features hidden for a share P of
// training notes) --margin M (a token is PHI only when its type beats O by M) --fixture (also train on the clinical fixture).
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
    Console.Error.WriteLine("usage: --validate | --final [--epochs N] [--seed N] [--no-rules] [--no-lexicon] [--dropout P] [--margin M] [--fixture]");
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
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
tagger.Train(train, engine.Find, epochs, seed);
watch.Stop();
Console.WriteLine($"training: {watch.Elapsed.TotalSeconds:0.0} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU (rules findings of the training notes included)");
Console.WriteLine($"model: {tagger.FeatureCount:N0} features x {tagger.LabelCount} labels, {tagger.NonZeroWeights:N0} non-zero weights, {tagger.SerializedBytes():N0} bytes gzipped (names + 16-bit weights)");

// Findings per scored note, for each system.
var rulesFindings = scored.Select(s => engine.Find(s.Document.Text)).ToList();
var taggerFindings = scored.Select((s, i) => (IReadOnlyList<PhiFinding>)tagger.Tag(s.Document.Text, rulesFindings[i], margin, fast: false)).ToList();
var unionFindings = rulesFindings.Select((r, i) => (IReadOnlyList<PhiFinding>)r.Concat(taggerFindings[i].Where(t => !r.Any(t.Overlaps))).OrderBy(f => f.Start).ToList()).ToList();

// Speed: tagging alone (rules findings given) and rules alone, on the scored notes, one thread: the fastest of five
// rounds after a warm-up round (the machine is shared, so the fastest round is the least disturbed one).
var texts = scored.Select(s => s.Document.Text).ToArray();
long chars = texts.Sum(t => (long)t.Length);
double Fastest(Action<int> work)
{
    double best = double.MaxValue;
    for (int round = 0; round < 6; round++)
    {
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < texts.Length; i++)
        {
            work(i);
        }
        best = round == 0 ? best : Math.Min(best, sw.Elapsed.TotalSeconds);
    }
    return best;
}
double slowSeconds = Fastest(i => tagger.Tag(texts[i], rulesFindings[i], margin, fast: false));
double taggerSeconds = Fastest(i => tagger.Tag(texts[i], rulesFindings[i], margin));
double rulesSeconds = Fastest(i => engine.Find(texts[i]));
Console.WriteLine($"speed (one thread, {chars / 1e6:0.000} M chars, fastest of 5 rounds): tagger alone {chars / 1e6 / taggerSeconds:0.00} MB/s (hashed features; {chars / 1e6 / slowSeconds:0.00} MB/s with feature strings), rules {chars / 1e6 / rulesSeconds:0.00} MB/s, rules then tagger {chars / 1e6 / (taggerSeconds + rulesSeconds):0.00} MB/s");
// The hashed path must find exactly what the string path finds (the figures below come from the string path).
int same = texts.Select((t, i) => tagger.Tag(t, rulesFindings[i], margin).SequenceEqual(tagger.Tag(t, rulesFindings[i], margin, fast: false))).Count(b => b);
int sameTrain = train.Count(d => { var r = engine.Find(d.Text); return tagger.Tag(d.Text, r, margin).SequenceEqual(tagger.Tag(d.Text, r, margin, fast: false)); });
Console.WriteLine($"hashed path identical to string path: {same}/{texts.Length} scored notes, {sameTrain}/{train.Count} training notes");
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
return 0;

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MedDocs.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? throw new InvalidOperationException("MedDocs.sln not found above " + AppContext.BaseDirectory);
}
