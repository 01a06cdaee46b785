using System.Diagnostics;
using MedDocs.Core.Documents;

namespace MedDocs.Core.Tests.Documents;

/// <summary>
/// Bounded fuzzing through the whole loader (issue 18): 300 PDF and 200 DOCX mutants of small valid files, seeded.
/// Every outcome must be a Document or a DocumentException naming the file — no other exception, no crash, and no
/// load longer than the time budget. The longer run lives in the benchmarks (`MedDocs.Benchmarks fuzz`).
/// </summary>
public sealed class DocumentFuzzTests : IDisposable
{
    private const int Seed = 20261202;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task MutatedPdfsAndDocxFilesAreResultsOrClearErrors()
    {
        var random = new Random(Seed);
        var pdfSeeds = DocumentFuzzSeeds.Pdfs().ToList();
        var docxSeeds = Enumerable.Range(0, 3).Select(DocumentMutator.SeedDocx).ToList();
        var loader = new DocumentLoader(new DocumentLimits { TimeBudget = Budget, MaxDecodedBytes = 64 << 20 });
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 500; i++)
        {
            var isPdf = i < 300;
            var data = isPdf ? DocumentMutator.MutatePdf(pdfSeeds[i % pdfSeeds.Count], random) : DocumentMutator.MutateDocx(docxSeeds[i % docxSeeds.Count], random);
            var name = $"mutant-{i:D3}.{(isPdf ? "pdf" : "docx")}";
            var path = _folder.Write(name, data);
            var watch = Stopwatch.StartNew();
            var outcome = await Exercise(loader, path, name);
            if (watch.Elapsed > Budget + TimeSpan.FromSeconds(5))
            {
                failures.Add($"{name}: took {watch.Elapsed.TotalSeconds:0.0} s, past the {Budget.TotalSeconds} s budget");
            }

            if (outcome.Failure is { } failure)
            {
                failures.Add($"{name}: {failure}");
            }

            outcomes[outcome.Kind] = outcomes.GetValueOrDefault(outcome.Kind) + 1;
            File.Delete(path);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.True(outcomes.GetValueOrDefault("Document") > 50, "most mutants still load: " + string.Join(", ", outcomes));
        Assert.True(outcomes.Keys.Count(k => k.StartsWith("Document", StringComparison.Ordinal) && k != "Document") >= 2, "and several fail clearly: " + string.Join(", ", outcomes));
    }

    private static async Task<(string Kind, string? Failure)> Exercise(DocumentLoader loader, string path, string name)
    {
        try
        {
            var document = await loader.LoadAsync(path, CancellationToken.None);
            _ = document.Text.Length + document.Warnings.Count;
            return ("Document", document.Warnings.Any(w => !w.Contains(name, StringComparison.Ordinal) && !w.StartsWith("Page ", StringComparison.Ordinal))
                ? "a warning that does not name the file" : null);
        }
        catch (DocumentException ex)
        {
            return ($"DocumentException.{ex.Kind}", ex.Message.Contains(name, StringComparison.Ordinal) ? null : $"message does not name the file: {ex.Message}");
        }
        catch (Exception ex)
        {
            return (ex.GetType().Name, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
