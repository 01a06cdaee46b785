using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedDocs.Core.Batch;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Phi;
using MedDocs.Core.Providers;
using MedDocs.Evaluation;
using MedDocs.Simulator;

/// <summary>
/// Hybrid (rules + "LLM") accuracy against the simulator. The simulator cannot read, so its scripted
/// model returns the gold text of a deterministic 80% of the Name and Location spans in each chunk it is
/// sent, plus one invented name per chunk. This measures the merge/locate/chunk pipeline with a simulated
/// LLM of 80% name/location recall — not any real model.
/// </summary>
internal static partial class HybridBench
{
    public const double SimulatedRecall = 0.8;
    private const string Invented = "Quillon Fairweather";

    public static async Task RunAsync(string title, IReadOnlyList<PhiLabelledDocument> corpus)
    {
        var model = new SimulatedModel("phi-bench-4k", SimulatedModelType.Llm, "bench", "llama", ModelFormat.Gguf, "Q4_K_M", 4096, Loaded: true);
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Models = [model], Slots = 4 });
        server.Responder = request => Respond(corpus, request.LastUserText);
        var settings = new MedDocsSettings { Provider = ProviderKind.LMStudio, Endpoint = server.V1, Model = model.Id, MaxRetries = 0 };
        ResolvedProvider provider;
        using (var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5)))
        {
            provider = await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
        }
        var operation = FindPhiOperation.Create(settings, provider, new FindPhiRequest { Engine = PhiEngine.Hybrid });
        var results = new List<(PhiLabelledDocument, IReadOnlyList<PhiFinding>)>();
        var watch = Stopwatch.StartNew();
        int failed = 0;
        await foreach (var item in BatchRunner.RunAsync(corpus, async (doc, ct) => (doc, await operation.FindAsync(Document.FromText(doc.Text), ct)), new BatchOptions { ThrottleLimit = 4 }))
        {
            if (item.Succeeded)
            {
                results.Add((item.Value.doc, item.Value.Item2.Findings));
            }
            else
            {
                failed++;
                Console.WriteLine($"failed: {item.Input.Id}: {item.Error!.Message}");
            }
        }
        watch.Stop();
        Console.WriteLine($"## Hybrid against the simulator — {title} (simulated LLM with {SimulatedRecall:P0} name/location recall; {failed} failed)");
        Console.WriteLine(PhiEvaluator.Evaluate(results).FormatTable());
        Console.WriteLine($"{operation.Stats} {watch.Elapsed.TotalSeconds:0.0} s.");
        Console.WriteLine();
    }

    /// <summary>The scripted model: 80% of the Name/Location gold spans inside the excerpt, chosen by a stable hash, and one invented name.</summary>
    private static string Respond(IReadOnlyList<PhiLabelledDocument> corpus, string userText)
    {
        var excerpt = ExcerptPattern().Match(userText) is { Success: true } m ? m.Groups[1].Value : string.Empty;
        var findings = new List<object>();
        foreach (var doc in corpus)
        {
            int offset = excerpt.Length == 0 ? -1 : doc.Text.IndexOf(excerpt, StringComparison.Ordinal);
            if (offset < 0)
            {
                continue;
            }
            foreach (var span in doc.Spans)
            {
                if (span.Type is PhiType.Name or PhiType.Location && span.Start >= offset && span.End <= offset + excerpt.Length
                    && Fraction(doc.Id, span.Start) < SimulatedRecall)
                {
                    findings.Add(new { type = span.Type.ToString(), text = span.Text });
                }
            }
            break;
        }
        findings.Add(new { type = "Name", text = Invented });
        return JsonSerializer.Serialize(new { findings });
    }

    /// <summary>A stable pseudo-random number in [0, 1) per span, so every run picks the same 80%.</summary>
    private static double Fraction(string id, int start)
    {
        uint hash = 2166136261;
        foreach (char c in id + ":" + start.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            hash = (hash ^ c) * 16777619;
        }
        return (hash % 10_000) / 10_000.0;
    }

    [GeneratedRegex(@"<<<EXCERPT\n(.*)\nEXCERPT>>>", RegexOptions.Singleline)]
    private static partial Regex ExcerptPattern();
}
