using System.Text.Json;
using MedDocs.Core.Embeddings;

namespace MedDocs.Core.Tests.Embeddings;

/// <summary>The reference fixtures for all-MiniLM-L6-v2 (see Fixtures/minilm-reference/generate.mjs for how they were made).</summary>
internal static class MiniLmFixtures
{
    private static readonly JsonSerializerOptions WebOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The process's shared model (loaded once, as the hosts do).</summary>
    public static MiniLmEmbedder Embedder => MiniLmEmbedder.Shared;

    public static MiniLmReference Reference() => Load<MiniLmReference>("minilm_reference.json");

    public static WordPieceReference WordPieces() => Load<WordPieceReference>("wordpiece_reference.json");

    public static ParaphraseSet Paraphrases() => Load<ParaphraseSet>("paraphrases.json");

    private static T Load<T>(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Embeddings", "Fixtures", name);
        return JsonSerializer.Deserialize<T>(File.ReadAllText(path), WebOptions) ?? throw new InvalidDataException($"Could not read {path}.");
    }
}

internal sealed record PublishedVector(string Text, float[] Prefix, int[]? Ids, string Source);

internal sealed record ComputedVector(string Text, int[] Ids, float[] Vector);

internal sealed record MiniLmReference(IReadOnlyList<PublishedVector> Published, IReadOnlyList<ComputedVector> Computed);

internal sealed record WordPieceCase(string Text, int[] Ids);

internal sealed record WordPieceReference(IReadOnlyList<WordPieceCase> Texts);

internal sealed record ParaphrasePair(string Domain, string A, string B);

internal sealed record ParaphraseSet(IReadOnlyList<ParaphrasePair> Pairs);
