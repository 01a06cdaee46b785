using MedDocs.Core.Documents;
using MedDocs.Core.Embeddings;

namespace MedDocs.Core.Tests.Embeddings;

/// <summary>The builtin provider's embedders inside an operation: all-MiniLM-L6-v2 by default, hashing when asked for.</summary>
public sealed class BuiltinEmbeddingTests
{
    [Fact]
    public async Task ChunksOfDenseTextAreSplitUntilEachFitsTheWindow()
    {
        // Dates, codes and amounts: ~2 characters per word piece, so the ~4-characters-per-token chunker overshoots.
        var rows = Enumerable.Range(1, 120).Select(i => $"{i:D3} 03/{i % 28 + 1:D2}/2024 CPT 9{i:D4} ICD S52.{i:D3}A $1,{i:D3}.50");
        var text = string.Join('\n', rows);
        using var operation = EmbeddingOperation.CreateBuiltin(new EmbeddingOptions { Chunk = true, IncludeText = true }, CancellationToken.None);

        var inputs = operation.Prepare(Document.FromText(text, "ledger"));
        var records = (await operation.RunAsync([Document.FromText(text, "ledger")], CancellationToken.None)).Select(o => o.Record!).ToList();

        Assert.True(inputs.Count > TextChunker.SplitByTokens(text, operation.ChunkTokens, operation.OverlapTokens).Count, "no chunk needed a second split");
        Assert.All(inputs, i => Assert.True(MiniLmFixtures.Embedder.Tokenizer.CountTokens(i.ModelText) <= MiniLmEmbedder.MaxWordPieces));
        Assert.All(records, r => Assert.Equal(text.Substring(r.Start, r.Length), r.Text));
        Assert.Equal(Enumerable.Range(0, records.Count), records.Select(r => r.ChunkIndex).Order());
    }

    [Fact]
    public void AWholeDocumentOverTheWindowAsksForChunkingWithItsRealSize()
    {
        using var operation = EmbeddingOperation.CreateBuiltin(new EmbeddingOptions(), CancellationToken.None);
        var text = string.Join(' ', Enumerable.Repeat("radius", 300));

        var error = Assert.Throws<MedDocsException>(() => operation.Prepare(Document.FromText(text, "long")));

        Assert.Equal("EmbeddingInputTooLong", error.ErrorId);
        Assert.Contains("300 word pieces", error.Message, StringComparison.Ordinal);
        Assert.Contains("the Chunk option", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "all-MiniLM-L6-v2", 384)]
    [InlineData("nomic-embed-text", "all-MiniLM-L6-v2", 384)] // a server model configured for auto's fallback is not an error
    [InlineData("meddocs-hashing-v1", "meddocs-hashing-v1", 768)]
    [InlineData("MEDDOCS-HASHING", "meddocs-hashing-v1", 768)]
    public async Task TheConfiguredModelChoosesTheBuiltinEmbedder(string? configured, string model, int dimensions)
    {
        using var operation = EmbeddingOperation.CreateBuiltin(new EmbeddingOptions { BuiltinModel = configured }, CancellationToken.None);

        var record = Assert.Single(await operation.RunAsync([Document.FromText("Lumbar strain.", "t")], CancellationToken.None)).Record!;

        Assert.Equal(model, record.Model);
        Assert.Equal(dimensions, record.Dimensions);
        Assert.Equal("builtin", record.Provider);
        Assert.True(operation.IsBuiltin);
    }

    [Fact]
    public async Task AQueryFindsTheParaphraseTheHashingEmbedderMisses()
    {
        Document[] documents =
        [
            Document.FromText("Radiographs confirm a distal radius fracture.", "xray"),
            Document.FromText("Invoice for physical therapy sessions, balance due.", "invoice"),
            Document.FromText("The witness was sworn in before testifying.", "oath"),
        ];
        using var operation = EmbeddingOperation.CreateBuiltin(new EmbeddingOptions(), CancellationToken.None);
        var records = (await operation.RunAsync(documents, CancellationToken.None)).Select(o => o.Record!).ToList();

        var ranked = EmbeddingSimilarity.Rank(await operation.EmbedQueryAsync("she broke her wrist", null, CancellationToken.None), records, 3);

        Assert.Equal("xray", ranked[0].Label);
    }

    [Fact]
    public void AMissingModelSaysHowToInstallIt()
    {
        var empty = Directory.CreateTempSubdirectory("minilm-missing-");
        try
        {
            var error = Assert.Throws<MedDocsException>(() => MiniLmFiles.Find([empty.FullName]));

            Assert.Equal("MiniLmNotInstalled", error.ErrorId);
            Assert.Contains("companion module MedDocs.MiniLM", error.Message, StringComparison.Ordinal);
            Assert.Contains("meddocs-hashing-v1", error.Message, StringComparison.Ordinal);
            Assert.Contains(MiniLmFiles.PathVariable, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("onnxruntime")]
    [InlineData("libonnxruntime.so")]
    [InlineData("onnxruntime.dll")]
    [InlineData("libonnxruntime.dylib")]
    public void TheNativeRuntimeIsFoundUnderRuntimesForThisPlatform(string requested)
    {
        var folder = Directory.CreateTempSubdirectory("minilm-native-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, MiniLmFiles.ModelFileName), "x");
            File.WriteAllText(Path.Combine(folder.FullName, MiniLmFiles.VocabularyFileName), "x");
            var native = Directory.CreateDirectory(Path.Combine(folder.FullName, "runtimes", MiniLmFiles.RuntimeIdentifier, "native"));
            var fileName = OperatingSystem.IsWindows() ? "onnxruntime.dll" : OperatingSystem.IsMacOS() ? "libonnxruntime.dylib" : "libonnxruntime.so";
            File.WriteAllText(Path.Combine(native.FullName, fileName), "x");

            var files = MiniLmFiles.Find([folder.FullName]);

            Assert.Equal(Path.Combine(native.FullName, fileName), files.NativeLibraryPath(requested));
            Assert.Null(files.NativeLibraryPath("somethingelse"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
