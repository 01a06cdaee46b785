using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using MedDocs.Core.Phi;
using MedDocs.Core.Phi.Tagging;
using MedDocs.Evaluation;

// The PHI tagger's training tool: trains the model Find-Phi's Tagger engine ships, and measures it.
//   --write-model            train on the shipped splits (PhiTaggerTrainer.TrainingSplits) and write
//                            src/MedDocs.Core/Phi/Tagging/phi-tagger.model.gz (after any change of the rules or the features)
//   --validate               train on the shipped splits but the last, score the last (where settings are chosen)
//   --score SPLIT            train on the shipped splits, score SPLIT (holdout3, holdout4: judges, never tuned on)
// Options: --epochs N (10) --seed N (17) --dropout P (0.5) --prune W (512: rows whose largest weight × 256 is below W
// are left out) --no-rules --rounds N (3: speed rounds).
// Only aggregate figures are printed: never a text, span or per-note error of the scored split.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var arguments = args.ToList();
string? Option(string name)
{
    int index = arguments.IndexOf(name);
    return index >= 0 && index + 1 < arguments.Count ? arguments[index + 1] : null;
}
int Integer(string name, int fallback) => Option(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var defaults = new PhiTaggerTrainingOptions();
var options = new PhiTaggerTrainingOptions
{
    Epochs = Integer("--epochs", defaults.Epochs),
    Seed = Integer("--seed", defaults.Seed),
    RuleDropout = Option("--dropout") is { } d ? double.Parse(d, CultureInfo.InvariantCulture) : defaults.RuleDropout,
    RuleFeatures = !arguments.Contains("--no-rules"),
    PruneBelow = Integer("--prune", defaults.PruneBelow),
};
string root = FindRepositoryRoot();
string corpora = Path.Combine(root, "tests", "corpora", "phi");
var engine = new PhiRulesEngine();

if (arguments.Contains("--write-model"))
{
    if (options != defaults)
    {
        Console.Error.WriteLine("--write-model trains the shipped model: it takes no training options.");
        return 2;
    }
    var training = await PhiTaggerTrainer.LoadAsync(corpora, PhiTaggerTrainer.TrainingSplits);
    var payload = PhiTaggerTrainer.Train(training, engine.Find, options);
    string path = Path.Combine(root, "src", "MedDocs.Core", "Phi", "Tagging", "phi-tagger.model.gz");
    using (var file = File.Create(path))
    using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
    {
        gzip.Write(payload);
    }
    var model = PhiTaggerModel.ReadPayload(new MemoryStream(payload));
    Console.WriteLine($"wrote {Path.GetRelativePath(root, path)}: {new FileInfo(path).Length:N0} bytes, {model.RowCount:N0} weighted features x {model.Labels} labels, trained on {training.Count} notes ({string.Join('+', PhiTaggerTrainer.TrainingSplits)})");
    return 0;
}

string[] trainSplits;
string scoredSplit;
if (arguments.Contains("--validate"))
{
    trainSplits = PhiTaggerTrainer.TrainingSplits[..^1];
    scoredSplit = PhiTaggerTrainer.TrainingSplits[^1];
}
else if (Option("--score") is { } split)
{
    trainSplits = PhiTaggerTrainer.TrainingSplits;
    scoredSplit = split;
}
else
{
    Console.Error.WriteLine("usage: --write-model | --validate | --score SPLIT [--epochs N] [--seed N] [--dropout P] [--no-rules] [--rounds N]");
    return 2;
}

var train = await PhiTaggerTrainer.LoadAsync(corpora, trainSplits);
var scored = new List<(string Corpus, PhiLabelledDocument Document)>();
foreach (string corpus in PhiTaggerTrainer.Corpora)
{
    var notes = await PhiCorpusReader.LoadAsync(Path.Combine(corpora, $"{corpus}.{scoredSplit}.json"));
    scored.AddRange(notes.Select(d => (corpus, d.WithoutYears())));
}
Console.WriteLine($"# PhiTagger: train {string.Join('+', trainSplits)} ({train.Count} notes, {train.Sum(d => d.Spans.Count)} spans), score {scoredSplit} ({scored.Count} notes, {scored.Sum(s => s.Document.Spans.Count)} spans)");
Console.WriteLine($"# options: {options}");
var cpu = Process.GetCurrentProcess().TotalProcessorTime;
var payloadBytes = PhiTaggerTrainer.Train(train, engine.Find, options);
var trained = PhiTaggerModel.ReadPayload(new MemoryStream(payloadBytes));
Console.WriteLine($"training: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU; model {trained.RowCount:N0} weighted features x {trained.Labels} labels, {payloadBytes.Length:N0} bytes before gzip");

var tagger = new PhiTagger(trained);
var rulesFindings = scored.Select(s => engine.Find(s.Document.Text)).ToList();
var taggerFindings = scored.Select((s, i) => (IReadOnlyList<PhiFinding>)tagger.Tag(s.Document.Text, options.RuleFeatures ? rulesFindings[i] : null)).ToList();
var unionFindings = rulesFindings.Select((r, i) => PhiMerger.MergeAdditions(r, taggerFindings[i])).ToList();

// Speed on one thread over the scored notes: tagger and rules in alternation, medians of the rounds after a warm-up.
int rounds = Integer("--rounds", 3);
double megaChars = scored.Sum(s => (long)s.Document.Text.Length) / 1e6;
double CpuSeconds(Action<int> work)
{
    var process = Process.GetCurrentProcess();
    var before = process.TotalProcessorTime;
    for (int i = 0; i < scored.Count; i++)
    {
        work(i);
    }
    process.Refresh();
    return (process.TotalProcessorTime - before).TotalSeconds;
}
var taggerSpeeds = new List<double>();
var rulesSpeeds = new List<double>();
for (int round = 0; round <= rounds; round++)
{
    double t = CpuSeconds(i => tagger.Tag(scored[i].Document.Text, rulesFindings[i]));
    double r = CpuSeconds(i => engine.Find(scored[i].Document.Text));
    if (round > 0)
    {
        taggerSpeeds.Add(megaChars / t);
        rulesSpeeds.Add(megaChars / r);
    }
}
static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
Console.WriteLine($"speed per CPU second ({megaChars:0.000} M chars, {rounds} rounds): tagger {Median(taggerSpeeds):0.00} MB/s, rules {Median(rulesSpeeds):0.00} MB/s");
Console.WriteLine();

// --validate --errors: the tagger's additions that overlap no gold span (FP) and the gold spans rules+tagger miss (FN), with
// their line (the validation split only: it is studied; the judges' errors are never printed).
if (arguments.Contains("--errors") && arguments.Contains("--validate"))
{
    for (int i = 0; i < scored.Count; i++)
    {
        var document = scored[i].Document;
        foreach (var added in unionFindings[i].Where(f => f.Engine == PhiFinding.TaggerEngine && !document.Spans.Any(s => s.Overlaps(f))))
        {
            Console.WriteLine($"FP {added.Type} '{added.Text}' in {document.Id}: {LineAround(document.Text, added.Start, added.End).Trim()}");
        }
        foreach (var missed in document.Spans.Where(g => !unionFindings[i].Any(g.Overlaps)))
        {
            Console.WriteLine($"FN {missed.Type} '{missed.Text}' in {document.Id}: {LineAround(document.Text, missed.Start, missed.End).Trim()}");
        }
    }
}

(string Name, List<IReadOnlyList<PhiFinding>> Findings)[] systems = [("rules", rulesFindings), ("tagger", taggerFindings), ("rules+tagger", unionFindings)];
Console.WriteLine($"## {scoredSplit}: any-type precision / recall (Year spans excluded)");
Console.WriteLine("| System | " + string.Join(" | ", PhiTaggerTrainer.Corpora.Append("all")) + " |");
Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---|", PhiTaggerTrainer.Corpora.Length + 1)));
foreach (var (name, findings) in systems)
{
    var cells = PhiTaggerTrainer.Corpora.Append("all").Select(corpus =>
    {
        var score = PhiEvaluator.Evaluate(scored.Select((s, i) => (s.Document, findings[i])).Where((x, i) => corpus == "all" || scored[i].Corpus == corpus)).AnyType;
        return $"{score.Precision:0.000} / {score.Recall:0.000}";
    });
    Console.WriteLine($"| {name} | {string.Join(" | ", cells)} |");
}
Console.WriteLine();
Console.WriteLine($"## {scoredSplit}: per type (recall by gold type: found by any finding; precision by finding type: overlaps any gold)");
Console.WriteLine("| Type | Gold | rules R | tagger R | union R | union predicted | union P |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var type in Enum.GetValues<PhiType>())
{
    int gold = 0, predicted = 0, correct = 0;
    var found = new int[3];
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
    if (gold + predicted > 0)
    {
        string R(int k) => gold == 0 ? "-" : $"{(double)found[k] / gold:0.000}";
        Console.WriteLine($"| {type} | {gold} | {R(0)} | {R(1)} | {R(2)} | {predicted} | {(predicted == 0 ? "-" : $"{(double)correct / predicted:0.000}")} |");
    }
}
return 0;

// The line holding text[start..end) (to the end of the line holding end).
static string LineAround(string text, int start, int end)
{
    int lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
    int lineEnd = text.IndexOf('\n', end);
    return text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
}

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MedDocs.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? throw new InvalidOperationException("MedDocs.sln not found above " + AppContext.BaseDirectory);
}
