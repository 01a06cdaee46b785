using MedDocs.Core.Categorization;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Categorization;

/// <summary>Builds a categorize operation against a simulator the way the hosts do: resolve once, then run.</summary>
internal static class CategorizeFixture
{
    /// <summary>No retries: a failure shows at once instead of after back-off.</summary>
    public static MedDocsSettings SettingsFor(SimulatorServer server) =>
        new() { Provider = ProviderKind.LMStudio, Endpoint = server.V1, MaxRetries = 0, TimeoutSec = 30 };

    public static async Task<ResolvedProvider> ResolveAsync(MedDocsSettings settings)
    {
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5));
        return await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
    }

    public static async Task<CategorizeOperation> OperationAsync(MedDocsSettings settings, CategorizationEngine engine, IReadOnlyList<CategoryDefinition>? categories = null)
    {
        var provider = await ResolveAsync(settings);
        var options = CategorizeOptions.From(settings) with { Engine = engine, Categories = categories ?? DefaultCategories.All };
        return new CategorizeOperation(options, provider, settings, new DocumentLoader());
    }

    /// <summary>Text with barely a cue (one weak evidence word): the rules are unsure, so the cascade must ask the model.</summary>
    public const string UnclearText = "Please see the attached pages. Let me know if anything else is needed before Tuesday.";

    /// <summary>Text with one weak clinical cue: the rules guess Medical Record with a low confidence, so Auto asks the model.</summary>
    public const string WeakText = "Seen today for a sprain. Please see the attached pages.";

    /// <summary>Text without a single cue of any category: the rules have no guess at all.</summary>
    public const string CuelessText = "The quarterly newsletter goes out on Tuesday. Remember to water the plants.";

    public static string Answer(string category, double confidence = 0.9) =>
        $$"""{"category":"{{category}}","confidence":{{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"reason":"A simulated answer."}""";

    /// <summary>The chat completion bodies the server received.</summary>
    public static List<string> ChatBodies(SimulatorServer server) =>
        [.. server.Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).Select(r => r.Body)];

    /// <summary>A scanned page: no text layer, one PNG image (a 1×1 placeholder; the simulator only counts images).</summary>
    public static Document ScannedDocument(string path) =>
        new(path, DocumentKind.Pdf,
            [new DocumentPage(1, "", Scanned: true, TextUnreliable: false, [new PageImage(PageImage.Png, 1, 1, TinyPng)])],
            new DocumentMetadata(null, null, null, 1));

    /// <summary>A court filing scanned to images, each page with a one-line e-filing stamp in real text.</summary>
    public static Document StampedFiling(string path, int pages) =>
        new(path, DocumentKind.Pdf,
            Enumerable.Range(1, pages).Select(n => new DocumentPage(n, $"Case 2:24-cv-01234 Document 12 Filed 03/04/24 Page {n} of {pages}",
                Scanned: true, TextUnreliable: false, [new PageImage(PageImage.Png, 1, 1, TinyPng)])).ToList(),
            new DocumentMetadata(null, null, null, pages));

    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
