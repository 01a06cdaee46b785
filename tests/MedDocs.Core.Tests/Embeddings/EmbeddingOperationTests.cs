using MedDocs.Core.Configuration;
using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Embeddings;

public sealed class EmbeddingOperationTests
{
    [Theory]
    [InlineData(31, 32, 1)]
    [InlineData(32, 32, 1)]
    [InlineData(33, 32, 2)]
    [InlineData(65, 32, 3)]
    [InlineData(5, 1, 5)]
    public async Task TextsAreBatchedUpToTheBatchSize(int texts, int batchSize, int expectedRequests)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var settings = EmbeddingHarness.SettingsFor(server);
        using var operation = await EmbeddingHarness.CreateAsync(settings, new EmbeddingOptions { BatchSize = batchSize });
        server.Stats.Reset();

        var outcomes = await operation.RunAsync(EmbeddingHarness.Texts(texts), CancellationToken.None);

        var stats = server.Stats.Snapshot();
        Assert.Equal(expectedRequests, stats.Embeddings);
        Assert.Equal(texts, stats.EmbeddingInputs);
        Assert.Equal(expectedRequests, operation.Requests);
        Assert.Equal(texts, outcomes.Count(o => o.Succeeded));
        Assert.Equal(Enumerable.Range(0, texts).Select(i => $"note-{i}").Order(), outcomes.Select(o => o.Record!.Label!).Order());
    }

    [Fact]
    public async Task NomicGetsTheDocumentPrefixAndQueriesTheQueryPrefix()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server), new EmbeddingOptions());

        var outcomes = await operation.RunAsync(EmbeddingHarness.Texts(3), CancellationToken.None);
        await operation.EmbedQueryAsync("fever after surgery", null, CancellationToken.None);

        var sent = EmbeddingHarness.SentInputs(server);
        Assert.Equal(4, sent.Count);
        Assert.All(sent.Take(3), s => Assert.StartsWith("search_document: Progress note", s, StringComparison.Ordinal));
        Assert.Equal("search_query: fever after surgery", sent[3]);
        Assert.All(outcomes, o => Assert.Equal("Document", o.Record!.Task));
        Assert.All(outcomes, o => Assert.Equal("text-embedding-nomic-embed-text-v1.5", o.Record!.Model));
    }

    [Theory]
    [InlineData(EmbeddingTask.Classification, "classification: ")]
    [InlineData(EmbeddingTask.Clustering, "clustering: ")]
    [InlineData(EmbeddingTask.Query, "search_query: ")]
    public async Task TheChosenTaskSetsThePrefix(EmbeddingTask task, string prefix)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server), new EmbeddingOptions { Task = task });

        await operation.RunAsync(EmbeddingHarness.Texts(2), CancellationToken.None);

        Assert.All(EmbeddingHarness.SentInputs(server), s => Assert.StartsWith(prefix + "Progress note", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AModelWithoutPrefixesGetsTheTextUnchanged()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Models.Upsert(new SimulatedModel("text-embedding-bge-small-en-v1.5", SimulatedModelType.Embeddings, "BAAI", "bert", ModelFormat.Gguf, "Q8_0", 512, Loaded: true) { EmbeddingDimensions = 384 });
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server, "bge-small-en-v1.5"), new EmbeddingOptions { Task = EmbeddingTask.Query });

        var outcomes = await operation.RunAsync(EmbeddingHarness.Texts(2), CancellationToken.None);

        Assert.Equal(["Progress note 0", "Progress note 1"], EmbeddingHarness.SentInputs(server).Select(s => s[..15]));
        Assert.All(outcomes, o => Assert.Null(o.Record!.Task));
        Assert.All(outcomes, o => Assert.Equal(384, o.Record!.Dimensions));
    }

    [Fact]
    public async Task OllamaIdsAreMatchedAndPrefixed()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Ollama });
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server, "nomic-embed-text"), new EmbeddingOptions());

        var outcomes = await operation.RunAsync(EmbeddingHarness.Texts(2), CancellationToken.None);

        Assert.Equal("nomic-embed-text:latest", operation.Model);
        Assert.All(outcomes, o => Assert.Equal("ollama", o.Record!.Provider));
        Assert.All(EmbeddingHarness.SentInputs(server), s => Assert.StartsWith("search_document: ", s, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(256)]
    [InlineData(64)]
    public async Task DimensionsTruncateAndRenormalise(int dimensions)
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        var settings = EmbeddingHarness.SettingsFor(server);
        using var full = await EmbeddingHarness.CreateAsync(settings, new EmbeddingOptions());
        using var cut = await EmbeddingHarness.CreateAsync(settings, new EmbeddingOptions { Dimensions = dimensions });
        var documents = EmbeddingHarness.Texts(3);

        var fullVectors = (await full.RunAsync(documents, CancellationToken.None)).OrderBy(o => o.Record!.Label).Select(o => o.Record!.Vector).ToList();
        var cutRecords = (await cut.RunAsync(documents, CancellationToken.None)).OrderBy(o => o.Record!.Label).Select(o => o.Record!).ToList();

        Assert.All(fullVectors, v => Assert.Equal(768, v.Length));
        for (var i = 0; i < cutRecords.Count; i++)
        {
            Assert.Equal(dimensions, cutRecords[i].Dimensions);
            Assert.Equal(1.0, EmbeddingHarness.Norm(cutRecords[i].Vector), 5);
            // Same direction as the full vector's leading components: truncation, not a different embedding.
            Assert.Equal(1.0, VectorMath.Cosine(cutRecords[i].Vector, fullVectors[i].AsSpan(0, dimensions)), 5);
            Assert.NotEqual(1.0, EmbeddingHarness.Norm(fullVectors[i][..dimensions]), 3);
        }
    }

    [Fact]
    public async Task DimensionsLargerThanTheModelsAreRefused()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server), new EmbeddingOptions { Dimensions = 1024 });

        var outcome = Assert.Single(await operation.RunAsync(EmbeddingHarness.Texts(1), CancellationToken.None));

        var error = Assert.IsType<MedDocsException>(outcome.Error);
        Assert.Equal("DimensionsTooLarge", error.ErrorId);
        Assert.Contains("768", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChunkOffsetsPointBackIntoTheDocumentText()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server), new EmbeddingOptions { Chunk = true, IncludeText = true });
        var document = Document.FromText(LongNote(), "long");

        var records = (await operation.RunAsync([document], CancellationToken.None)).Select(o => o.Record!).OrderBy(r => r.ChunkIndex).ToList();

        Assert.Equal(2048, operation.ContextTokens); // reported by the server for the nomic GGUF build
        Assert.True(records.Count >= 3, $"expected several chunks, got {records.Count}");
        Assert.Equal(Enumerable.Range(0, records.Count), records.Select(r => r.ChunkIndex));
        foreach (var record in records)
        {
            Assert.Equal(record.Text, document.Text.Substring(record.Start, record.Length));
            Assert.True(record.Length <= operation.ChunkTokens * TextChunker.ApproxCharsPerToken);
        }
        for (var i = 1; i < records.Count; i++)
        {
            Assert.True(records[i].Start < records[i - 1].Start + records[i - 1].Length, "chunks overlap");
        }
        Assert.Equal(records.Select(r => "search_document: " + r.Text).Order(), EmbeddingHarness.SentInputs(server).Order());
    }

    [Fact]
    public async Task AWholeDocumentLongerThanTheContextIsCutToFitAndFlagged()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server), new EmbeddingOptions { IncludeText = true });
        var document = Document.FromText(LongNote(), "long");

        var record = Assert.Single(await operation.RunAsync([document], CancellationToken.None)).Record!;

        Assert.True(record.Truncated);
        Assert.Equal(0, record.Start);
        Assert.InRange(record.Length, 1, operation.MaxInputChars);
        Assert.True(record.Length < document.Text.Length);
        Assert.Equal(document.Text[..record.Length], record.Text);
    }

    [Fact]
    public async Task TextIsLeftOutUnlessAskedFor()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server), new EmbeddingOptions());

        var outcome = Assert.Single(await operation.RunAsync(EmbeddingHarness.Texts(1), CancellationToken.None));

        Assert.Null(outcome.Record!.Text);
        Assert.Equal(outcome.Record.Length, EmbeddingHarness.Texts(1)[0].Text.Length);
    }

    [Fact]
    public async Task AnExplicitServerThatIsDownIsAClearConnectionError()
    {
        var settings = new MedDocsSettings { Provider = ProviderKind.LMStudio, LMStudioEndpoint = EmbeddingHarness.ClosedEndpoint(), MaxRetries = 0, ProbeTimeoutSec = 2 };

        // Nothing could succeed, so it is one error before any document is read.
        var error = await Assert.ThrowsAsync<LlmException>(() => EmbeddingHarness.CreateAsync(settings, new EmbeddingOptions()));

        Assert.Equal(LlmErrorKind.NoServer, error.Kind);
        Assert.Contains("refused the connection", error.Message, StringComparison.Ordinal);
        Assert.Contains("lms server start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutoFallsBackToTheBuiltinEmbedderWhenNoServerAnswers()
    {
        var settings = new MedDocsSettings { LMStudioEndpoint = EmbeddingHarness.ClosedEndpoint(), OllamaEndpoint = EmbeddingHarness.ClosedEndpoint(), ProbeTimeoutSec = 2 };
        var provider = await EmbeddingHarness.ResolveAsync(settings);
        using var operation = EmbeddingOperation.Create(provider, LlmClientOptions.From(settings), new EmbeddingOptions(), CancellationToken.None);

        var outcomes = await operation.RunAsync(EmbeddingHarness.Texts(2), CancellationToken.None);

        Assert.True(provider.FellBackToBuiltin);
        Assert.All(outcomes, o => Assert.Equal(MiniLmEmbedder.ModelName, o.Record!.Model));
        Assert.All(outcomes, o => Assert.Equal("builtin", o.Record!.Provider));
        Assert.All(outcomes, o => Assert.Equal("onnx", o.Record!.Engine));
        Assert.All(outcomes, o => Assert.Equal(MiniLmEmbedder.Dimensions, o.Record!.Dimensions));
    }

    [Fact]
    public async Task AServerWithoutEmbeddingModelsSaysWhatToDownload()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        server.Models.Remove("text-embedding-nomic-embed-text-v1.5");

        var error = await Assert.ThrowsAsync<LlmException>(() => EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server), new EmbeddingOptions()));

        Assert.Equal(LlmErrorKind.ModelNotFound, error.Kind);
        Assert.Contains("no embedding model", error.Message, StringComparison.Ordinal);
        Assert.Contains("qwen2.5-7b-instruct", error.Message, StringComparison.Ordinal);
        Assert.Contains("lms get nomic-embed-text-v1.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfiguredEmbeddingModelTheServerLacksIsSentAsNamedAndTheServersAnswerIsClear()
    {
        // Issue 13, item 2: a model the user named is never refused up front (it may be an alias the list does not
        // show); the server decides, and its "not found" becomes a clear per-document error with Ollama's remedy.
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Kind = SimulatorKind.Ollama });
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server, "mxbai-embed-large"), new EmbeddingOptions());

        var outcome = Assert.Single(await operation.RunAsync(EmbeddingHarness.Texts(1), CancellationToken.None));

        var error = Assert.IsType<LlmException>(outcome.Error);
        Assert.Equal(LlmErrorKind.ModelNotFound, error.Kind);
        Assert.Contains("mxbai-embed-large", EmbeddingHarness.SentModels(server));
        Assert.Contains("ollama pull", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lms ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChatModelNamedForEmbeddingsIsTriedAndTheServersRefusalIsClear()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions());
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server, "qwen2.5-7b-instruct"), new EmbeddingOptions());

        var outcome = Assert.Single(await operation.RunAsync(EmbeddingHarness.Texts(1), CancellationToken.None));

        var error = Assert.IsType<LlmException>(outcome.Error);
        Assert.Equal(LlmErrorKind.ModelNotFound, error.Kind);
        Assert.Contains("cannot make embeddings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedRequestFailsOnlyItsDocuments()
    {
        await using var server = await SimulatorServer.StartAsync(new SimulatorOptions { Slots = 1 });
        using var operation = await EmbeddingHarness.CreateAsync(EmbeddingHarness.SettingsFor(server) with { ServerSlots = 1 }, new EmbeddingOptions { BatchSize = 4 });
        server.Faults.FailNextRequests = 1;
        server.Faults.FailStatus = 500;

        var outcomes = await operation.RunAsync(EmbeddingHarness.Texts(8), CancellationToken.None);

        Assert.Equal(4, outcomes.Count(o => !o.Succeeded));
        Assert.Equal(4, outcomes.Count(o => o.Succeeded));
    }

    [Fact]
    public async Task QueryRanksTheMatchingDocumentFirst()
    {
        var settings = new MedDocsSettings { Provider = ProviderKind.Builtin };
        using var operation = EmbeddingOperation.Create(await EmbeddingHarness.ResolveAsync(settings), LlmClientOptions.From(settings), new EmbeddingOptions(), CancellationToken.None);
        Document[] documents =
        [
            Document.FromText("MRI of the lumbar spine shows an L4-L5 disc herniation.", "mri"),
            Document.FromText("Invoice for physical therapy sessions, balance due.", "invoice"),
            Document.FromText("Deposition transcript of the treating physician.", "deposition"),
        ];
        var records = (await operation.RunAsync(documents, CancellationToken.None)).Select(o => o.Record!).ToList();

        var ranked = EmbeddingSimilarity.Rank(await operation.EmbedQueryAsync("lumbar disc herniation on MRI", null, CancellationToken.None), records, 2);

        Assert.Equal(2, ranked.Count);
        Assert.Equal("mri", ranked[0].Label);
        Assert.Equal(1, ranked[0].Rank);
        Assert.True(ranked[0].Score > ranked[1].Score);
    }

    [Fact]
    public async Task TheHashingEmbedderHashesAtTheAskedSizeInsteadOfCutting()
    {
        var settings = new MedDocsSettings { Provider = ProviderKind.Builtin };
        var options = new EmbeddingOptions { Dimensions = 256, BuiltinModel = "meddocs-hashing-v1" };
        using var operation = EmbeddingOperation.Create(await EmbeddingHarness.ResolveAsync(settings), LlmClientOptions.From(settings), options, CancellationToken.None);
        var document = EmbeddingHarness.Texts(1)[0];

        var record = Assert.Single(await operation.RunAsync([document], CancellationToken.None)).Record!;

        Assert.Equal(new HashingEmbedder(256).Embed(document.Text), record.Vector);
    }

    private static string LongNote()
    {
        var paragraphs = Enumerable.Range(1, 60).Select(i =>
            $"Visit {i}. Patient reports lower back pain rated {i % 10}/10, radiating to the left leg. " +
            "Range of motion limited in flexion; straight-leg raise positive at 45 degrees. " +
            "Plan: continue physical therapy twice weekly, ibuprofen 600 mg as needed, follow up in two weeks.\n\n");
        return string.Concat(paragraphs);
    }
}
