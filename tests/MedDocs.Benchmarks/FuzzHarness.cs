using System.Diagnostics;
using System.Globalization;
using MedDocs.Core.Documents;
using MedDocs.Core.Tests.Documents;

namespace MedDocs.Benchmarks;

/// <summary>
/// The long fuzz run behind the bounded test (DocumentFuzzTests): many seeded PDF and DOCX mutants through the
/// document loader. Reports outcomes, the slowest loads and peak memory; any outcome that is not a Document or a
/// DocumentException naming the file is printed with its index and seed so it can be replayed. Exit 1 on failures.
/// </summary>
internal static class FuzzHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = 5000;
        var seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--count")
            {
                count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--seed")
            {
                seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var random = new Random(seed);
        var pdfSeeds = DocumentFuzzSeeds.Pdfs().ToList();
        var docxSeeds = Enumerable.Range(0, 3).Select(DocumentMutator.SeedDocx).ToList();
        var budget = TimeSpan.FromSeconds(30);
        var loader = new DocumentLoader(new DocumentLimits { TimeBudget = budget });
        var folder = Directory.CreateTempSubdirectory("meddocs-fuzz-");
        var outcomes = new Dictionary<string, int>();
        var slowest = new List<(double Seconds, string Name)>();
        var failures = new List<string>();
        var total = Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var isPdf = i % 5 < 3;
                var data = isPdf ? DocumentMutator.MutatePdf(pdfSeeds[i % pdfSeeds.Count], random) : DocumentMutator.MutateDocx(docxSeeds[i % docxSeeds.Count], random);
                var name = $"mutant-{i:D6}.{(isPdf ? "pdf" : "docx")}";
                var path = Path.Combine(folder.FullName, name);
                await File.WriteAllBytesAsync(path, data);
                var watch = Stopwatch.StartNew();
                string kind;
                try
                {
                    var document = await loader.LoadAsync(path, CancellationToken.None);
                    kind = document.Warnings.Count > 0 ? "Document with warnings" : "Document";
                }
                catch (DocumentException ex)
                {
                    kind = $"DocumentException.{ex.Kind}";
                    if (!ex.Message.Contains(name, StringComparison.Ordinal))
                    {
                        failures.Add($"#{i} (seed {seed}) {name}: message does not name the file: {ex.Message}");
                    }
                }
                catch (Exception ex)
                {
                    kind = ex.GetType().Name;
                    failures.Add($"#{i} (seed {seed}) {name}: {ex.GetType().Name}: {ex.Message}");
                }

                outcomes[kind] = outcomes.GetValueOrDefault(kind) + 1;
                slowest.Add((watch.Elapsed.TotalSeconds, name));
                if (slowest.Count > 20)
                {
                    slowest = [.. slowest.OrderByDescending(s => s.Seconds).Take(5)];
                }

                File.Delete(path);
                if ((i + 1) % 1000 == 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1} mutants, {total.Elapsed.TotalSeconds:0} s"));
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} mutants (seed {seed}) in {total.Elapsed.TotalSeconds:0.0} s; peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB"));
        foreach (var (kind, n) in outcomes.OrderByDescending(o => o.Value))
        {
            Console.WriteLine($"  {n,6}  {kind}");
        }

        Console.WriteLine("slowest: " + string.Join(", ", slowest.OrderByDescending(s => s.Seconds).Take(5).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Seconds:0.00} s"))));
        Console.WriteLine(failures.Count == 0 ? "no failures" : $"{failures.Count} failures:");
        failures.Take(20).ToList().ForEach(f => Console.WriteLine("  " + f));
        return failures.Count == 0 ? 0 : 1;
    }
}
