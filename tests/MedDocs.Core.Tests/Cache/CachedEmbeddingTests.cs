using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Providers;
using MedDocs.Core.Tests.Embeddings;
using MedDocs.Core.Tests.Servers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Cache;

/// <summary>Embeddings through the cache, one entry per input text: only new texts are batched into requests.</summary>
public sealed class CachedEmbeddingTests
{
    private static async Task<(IReadOnlyList<EmbeddingRecord> Records, CacheCounters Counters)> EmbedAsync(SimulatorServer server, CacheSandbox sandbox,
        IReadOnlyList<Document> documents, EmbeddingOptions? options = null)
    {
        var settings = EmbeddingHarness.SettingsFor(server);
        using var cache = sandbox.Open();
        using var operation = EmbeddingOperation.Create(await EmbeddingHarness.ResolveAsync(settings), LlmClientOptions.From(settings),
            options ?? new EmbeddingOptions { BatchSize = 32 }, cache, CancellationToken.None);
        var outcomes = await operation.RunAsync(documents, CancellationToken.None);
        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.Message));
        return (outcomes.Select(o => o.Record!).OrderBy(r => r.Label, StringComparer.Ordinal).ToList(), cache.Counters);
    }

    [Fact]
    public async Task ABatchWithOneNewTextSendsOneRequestCarryingThatText()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        var documents = EmbeddingHarness.Texts(100).ToList();

        var first = await EmbedAsync(server, sandbox, documents);
        Assert.Equal((0, 100, 100), (first.Counters.Hits, first.Counters.Misses, first.Counters.Stored));
        Assert.Equal((4, 100), (server.Stats.Snapshot().Embeddings, server.Stats.Snapshot().EmbeddingInputs));
        server.ClearRequests();
        documents[57] = Document.FromText("Progress note 57: new onset atrial fibrillation, started apixaban.", "note-57");

        var second = await EmbedAsync(server, sandbox, documents);

        Assert.Equal((5, 101), (server.Stats.Snapshot().Embeddings, server.Stats.Snapshot().EmbeddingInputs));
        Assert.Equal(["search_document: Progress note 57: new onset atrial fibrillation, started apixaban."], EmbeddingHarness.SentInputs(server));
        Assert.Equal((99, 1, 1), (second.Counters.Hits, second.Counters.Misses, second.Counters.Stored));
        var changed = second.Records.Single(r => r.Label == "note-57");
        Assert.False(changed.Cached);
        Assert.All(second.Records.Where(r => r.Label != "note-57"), r => Assert.True(r.Cached));
        foreach (var (before, after) in first.Records.Zip(second.Records).Where(p => p.First.Label != "note-57"))
        {
            Assert.Equal(before.Vector, after.Vector);
            Assert.Equal((before.Model, before.Provider, before.Start, before.Length), (after.Model, after.Provider, after.Start, after.Length));
        }
    }

    [Fact]
    public async Task ChunksAreCachedOneByOne()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        // The server reports a 2,048-token context for its embedding model: ~6,000 characters a chunk.
        var options = new EmbeddingOptions { Chunk = true, BatchSize = 8 };
        var paragraphs = Enumerable.Range(0, 60).Select(i =>
            $"Paragraph {i}: the patient walked {i} blocks today without chest pain or shortness of breath. Appetite good, sleeping well, " +
            "no new medications since the last visit. Blood pressure readings at home have been in the usual range and the diary is attached. " +
            "She asks whether the physical therapy sessions can move to the afternoon because of work.").ToList();
        var before = Document.FromText(string.Join("\n\n", paragraphs), "long");
        paragraphs[^1] = "Paragraph 59: new complaint of ankle swelling since the weekend, worse in the evening.";
        var after = Document.FromText(string.Join("\n\n", paragraphs), "long");

        var first = await EmbedAsync(server, sandbox, [before], options);
        var inputsBefore = server.Stats.Snapshot().EmbeddingInputs;
        var second = await EmbedAsync(server, sandbox, [after], options);

        Assert.True(first.Records.Count > 3, "the document is split into several chunks");
        var sent = server.Stats.Snapshot().EmbeddingInputs - inputsBefore;
        Assert.InRange(sent, 1, 2);
        Assert.Equal(second.Records.Count - sent, second.Records.Count(r => r.Cached));
    }

    [Fact]
    public async Task AnotherEmbeddingModelMisses()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Ollama });
        using var sandbox = new CacheSandbox();
        var documents = EmbeddingHarness.Texts(5);
        await EmbedAsync(server, sandbox, documents);
        server.Models.Upsert(server.Models.All.Single(m => m.Type == SimulatedModelType.Embeddings) with { Id = "mxbai-embed-large:latest" });

        var settings = EmbeddingHarness.SettingsFor(server, "mxbai-embed-large:latest");
        using var cache = sandbox.Open();
        using var operation = EmbeddingOperation.Create(await EmbeddingHarness.ResolveAsync(settings), LlmClientOptions.From(settings), new EmbeddingOptions(), cache, CancellationToken.None);
        var outcomes = await operation.RunAsync(documents, CancellationToken.None);

        Assert.All(outcomes, o => Assert.False(o.Record!.Cached));
        Assert.Equal(10, server.Stats.Snapshot().EmbeddingInputs);
    }

    [Fact]
    public async Task AQueryVectorIsCachedToo()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var sandbox = new CacheSandbox();
        var settings = EmbeddingHarness.SettingsFor(server);
        async Task<float[]> QueryAsync()
        {
            using var cache = sandbox.Open();
            using var operation = EmbeddingOperation.Create(await EmbeddingHarness.ResolveAsync(settings), LlmClientOptions.From(settings), new EmbeddingOptions(), cache, CancellationToken.None);
            return await operation.EmbedQueryAsync("knee pain after a fall", null, CancellationToken.None);
        }

        var fresh = await QueryAsync();
        var cached = await QueryAsync();

        Assert.Equal(fresh, cached);
        Assert.Equal(1, server.Stats.Snapshot().Embeddings);
    }

    [Fact]
    public async Task AnInputTheServerMadeUsCutIsFoundOnTheNextRun()
    {
        // The server's tokenizer is denser than MedDocs' estimate (3 characters a token, not 4): the long text is refused,
        // cut and sent again. The next run must not be refused again: it finds the cut's vector without a request.
        await using var server = await LlamaCppServer.StartEmbeddingsAsync(charsPerToken: 3);
        using var sandbox = new CacheSandbox();
        var settings = LlamaCppServer.Settings(server);
        var documents = EmbeddingHarness.Texts(3).Append(Document.FromText(string.Join(' ', Enumerable.Repeat("Oversized discharge summary text.", 200)), "big")).ToList();
        async Task<IReadOnlyList<EmbeddingOutcome>> RunAsync()
        {
            using var cache = sandbox.Open();
            using var operation = EmbeddingOperation.Create(await LlamaCppServer.ResolveAsync(settings), LlmClientOptions.From(settings),
                new EmbeddingOptions { BatchSize = 8 }, cache, CancellationToken.None);
            return await operation.RunAsync(documents, CancellationToken.None);
        }

        var first = await RunAsync();
        var afterFirst = server.Stats.Snapshot();
        var second = await RunAsync();
        var afterSecond = server.Stats.Snapshot();

        Assert.True(afterFirst.Errors > 0, "the server did refuse the long text on the first run");
        Assert.Equal((afterFirst.Errors, afterFirst.Embeddings), (afterSecond.Errors, afterSecond.Embeddings));
        var big = Assert.Single(second, o => o.SourceName == "big").Record!;
        var bigBefore = Assert.Single(first, o => o.SourceName == "big").Record!;
        Assert.True(big.Cached);
        Assert.True(big.Truncated);
        Assert.Equal(bigBefore.Length, big.Length);
        Assert.Equal(bigBefore.Vector, big.Vector);
        Assert.All(second, o => Assert.True(o.Record!.Cached));
    }
}
