using System.Diagnostics;
using System.Globalization;
using MedDocs.Core.Categorization;

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
