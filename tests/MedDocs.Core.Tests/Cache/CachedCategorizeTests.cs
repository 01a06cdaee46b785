using MedDocs.Core.Batch;
using MedDocs.Core.Cache;
using MedDocs.Core.Categorization;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Tests.Documents;
using MedDocs.Simulator;
using static MedDocs.Core.Tests.Categorization.CategorizeFixture;

namespace MedDocs.Core.Tests.Cache;

/// <summary>Categorize through the cache and real HTTP to the simulator: a nightly re-run over the same folder.</summary>
public sealed class CachedCategorizeTests
{
    private static readonly IReadOnlyDictionary<string, string?> NoEnvironment = new Dictionary<string, string?>();

    /// <summary>A folder of documents the rules cannot place, so every one goes to the model.</summary>
    private static TempFolder Intake(int count)
    {
        var folder = new TempFolder();
        for (var i = 0; i < count; i++)
        {
            folder.Write($"doc-{i:00}.txt", $"{UnclearText} Reference item {i}, the Marlowe-Quist arrangement.");
        }
        return folder;
    }

    /// <summary>One run as a host does it: open the cache from settings, categorize the folder, close the cache.</summary>
    private static async Task<(List<CategoryResult> Results, CacheCounters Counters)> RunAsync(CacheSandbox sandbox, MedDocsSettings settings, string folder,
        IReadOnlyList<CategoryDefinition>? categories = null)
    {
        using var cache = ResultCache.Open(CacheOptions.For(settings with { CachePath = sandbox.Path }, NoEnvironment) with { Clock = sandbox.Clock });
        var provider = await ResolveAsync(settings);
        var options = CategorizeOptions.From(settings) with { Engine = CategorizationEngine.Llm, Categories = categories ?? DefaultCategories.All };
        var operation = new CategorizeOperation(options, provider, settings, new DocumentLoader(), cache);
        var sources = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(DocumentSource.FromFile);
        var results = new List<CategoryResult>();
        await foreach (var item in BatchRunner.RunAsync(sources, operation.RunAsync, new BatchOptions { ThrottleLimit = 4, Ordered = true }, CancellationToken.None))
        {
            Assert.True(item.Succeeded, item.Error?.Message);
            results.Add(item.Value!);
        }
        Assert.Empty(cache.TakeWarnings());
        return (results, cache.Counters);
    }

    private static CategoryResult WithoutRunDetails(CategoryResult result) => result with { ElapsedMs = 0, Cached = false };

    [Fact]
    public async Task ASecondRunSendsNothingAndReturnsTheSameRecordsFlaggedCached()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        using var intake = Intake(12);
        var settings = SettingsFor(server);

        var first = await RunAsync(sandbox, settings, intake.Path);
        Assert.Equal(12, server.Stats.Snapshot().Chat);
        Assert.All(first.Results, r => Assert.False(r.Cached));
        Assert.Equal((0, 12, 12), (first.Counters.Hits, first.Counters.Misses, first.Counters.Stored));

        var second = await RunAsync(sandbox, settings, intake.Path);

        Assert.Equal(12, server.Stats.Snapshot().Chat);
        Assert.All(second.Results, r => Assert.True(r.Cached));
        Assert.Equal(first.Results.Select(WithoutRunDetails), second.Results.Select(WithoutRunDetails));
        Assert.Equal((12, 0, 0), (second.Counters.Hits, second.Counters.Misses, second.Counters.Stored));
    }

    [Fact]
    public async Task ChangingOneFileSendsExactlyThatFile()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        using var intake = Intake(10);
        var settings = SettingsFor(server);
        await RunAsync(sandbox, settings, intake.Path);
        server.ClearRequests();
        intake.Write("doc-07.txt", $"{UnclearText} Reference item 7, amended by the Osterhagen letter.");

        var rerun = await RunAsync(sandbox, settings, intake.Path);

        Assert.Contains("Osterhagen", Assert.Single(ChatBodies(server)), StringComparison.Ordinal);
        Assert.Equal(11, server.Stats.Snapshot().Chat);
        Assert.Equal([.. Enumerable.Range(0, 10).Select(i => i != 7)], rerun.Results.Select(r => r.Cached));
    }

    [Fact]
    public async Task ChangingTheModelTheCategoriesOrTheTemperatureMisses()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        using var intake = Intake(3);
        var settings = SettingsFor(server);
        await RunAsync(sandbox, settings, intake.Path);
        Assert.Equal(3, server.Stats.Snapshot().Chat);

        // The server's other model (loaded just in time by LM Studio): a different answer, never the stored one.
        var otherModel = await RunAsync(sandbox, settings with { Model = "meditron-7b" }, intake.Path);
        Assert.Equal(6, server.Stats.Snapshot().Chat);
        Assert.All(otherModel.Results, r => Assert.Equal(("meditron-7b", false), (r.Model, r.Cached)));

        CategoryDefinition[] custom = [new("Correspondence", "Letters and emails."), new("Invoice", "Charges for services.")];
        var otherCategories = await RunAsync(sandbox, settings, intake.Path, custom);
        Assert.Equal(9, server.Stats.Snapshot().Chat);
        Assert.All(otherCategories.Results, r => Assert.Contains(r.Category, custom.Select(c => c.Name)));

        await RunAsync(sandbox, settings with { Temperature = 0.7 }, intake.Path);
        Assert.Equal(12, server.Stats.Snapshot().Chat);

        // And each of them is now cached in its own right.
        await RunAsync(sandbox, settings with { Model = "meditron-7b" }, intake.Path);
        await RunAsync(sandbox, settings, intake.Path, custom);
        Assert.Equal(12, server.Stats.Snapshot().Chat);
    }

    [Fact]
    public async Task TheModelReloadedWithASmallerContextMisses()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        using var intake = Intake(3);
        var settings = SettingsFor(server);
        var model = (await ResolveAsync(settings)).Target!.ChatModel!;
        await RunAsync(sandbox, settings, intake.Path);
        var fullContextBody = ChatBodies(server)[0];
        server.ClearRequests();

        // The same model id, reloaded with a 1,536-token context: a smaller answer budget and the compact prompt.
        Assert.True(server.Models.SetLoaded(model, loaded: true, contextLength: 1536));
        var smaller = await RunAsync(sandbox, settings, intake.Path);

        Assert.Equal(6, server.Stats.Snapshot().Chat);
        Assert.All(smaller.Results, r => Assert.False(r.Cached));
        // The compact instructions: a shorter request for the same document.
        Assert.True(ChatBodies(server)[0].Length < fullContextBody.Length);

        var again = await RunAsync(sandbox, settings, intake.Path);
        Assert.Equal(6, server.Stats.Snapshot().Chat);
        Assert.All(again.Results, r => Assert.True(r.Cached));
    }

    [Fact]
    public async Task AnotherServerWithTheSameModelIdMisses()
    {
        await using var first = await SimulatorServer.StartAsync(new SimulatorOptions());
        await using var second = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        using var intake = Intake(2);
        await RunAsync(sandbox, SettingsFor(first), intake.Path);

        await RunAsync(sandbox, SettingsFor(second), intake.Path);

        Assert.Equal(2, second.Stats.Snapshot().Chat);
    }

    [Fact]
    public async Task ScannedPagesAreKeyedByTheirImageBytes()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        var settings = SettingsFor(server) with { VisionModel = "qwen2.5-vl-3b-instruct" };
        var options = CacheOptions.For(settings with { CachePath = sandbox.Path }, NoEnvironment);
        var provider = await ResolveAsync(settings);
        var categorize = CategorizeOptions.From(settings) with { Engine = CategorizationEngine.Llm };
        async Task<CategoryResult> RunOnceAsync(Document scan)
        {
            using var cache = ResultCache.Open(options);
            return await new CategorizeOperation(categorize, provider, settings, new DocumentLoader(), cache).RunAsync(scan, CancellationToken.None);
        }

        var fresh = await RunOnceAsync(ScannedDocument("scan.pdf"));
        var again = await RunOnceAsync(ScannedDocument("scan.pdf"));
        var otherPage = ScannedDocument("scan.pdf");
        otherPage.Pages[0].Images[0].Data[^5] ^= 0xFF;
        var changed = await RunOnceAsync(otherPage);

        Assert.Equal(("vision", false, true, false), (fresh.Engine, fresh.Cached, again.Cached, changed.Cached));
        Assert.Equal(2, server.Stats.Snapshot().Chat);
    }

    [Fact]
    public async Task TheCacheHoldsNoDocumentText()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        using var intake = Intake(4);

        await RunAsync(sandbox, SettingsFor(server), intake.Path);

        Assert.True(new FileInfo(sandbox.Path).Length > 0);
        Assert.False(sandbox.Contains("Marlowe-Quist"));
        Assert.False(sandbox.Contains("Please see the attached pages"));
    }

    [Fact]
    public async Task WithoutACacheEveryRunSendsEveryDocument()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var intake = Intake(3);
        var settings = SettingsFor(server) with { Cache = false };
        Assert.Null(CacheOptions.From(settings, NoEnvironment));
        var operation = await OperationAsync(settings, CategorizationEngine.Llm);

        for (var run = 0; run < 2; run++)
        {
            foreach (var file in Directory.EnumerateFiles(intake.Path))
            {
                Assert.False((await operation.RunAsync(DocumentSource.FromFile(file), CancellationToken.None)).Cached);
            }
        }

        Assert.Equal(6, server.Stats.Snapshot().Chat);
    }
}
