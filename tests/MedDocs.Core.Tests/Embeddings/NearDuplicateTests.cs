using System.Text.Json;
using MedDocs.Core.Embeddings;

namespace MedDocs.Core.Tests.Embeddings;

/// <summary>
/// Fixtures/near_duplicates.json (from generate_near_duplicates.py): 44 passages, a near-duplicate of each
/// (reworded, reformatted, OCR-noised or truncated) and 48 same-topic distractors. The duplicate is the query; its
/// original must rank first among the 92 candidates.
/// </summary>
public sealed class NearDuplicateTests
{
    [Fact]
    public void TrueDuplicateRanksFirstForNearlyAllPairs()
    {
        var fixture = NearDuplicateFixture.Load();
        Assert.True(fixture.Variants.Count >= 40);
        var embedder = new HashingEmbedder();
        var candidates = fixture.Originals.Concat(fixture.Distractors).Select(p => (p.Id, embedder.Embed(p.Text))).ToList();

        var misses = new List<string>();
        foreach (var variant in fixture.Variants)
        {
            var best = SimilarityRanker.TopK(embedder.Embed(variant.Text), candidates, 1)[0];
            if (best.Item != variant.Of)
            {
                misses.Add($"{variant.Id} ({variant.Kind}) → {best.Item}");
            }
        }

        var topOneRate = 1.0 - ((double)misses.Count / fixture.Variants.Count);
        Assert.True(topOneRate >= 0.95, $"top-1 rate {topOneRate:P1}; misses: {string.Join(", ", misses)}");
    }
}

internal sealed record NearDuplicatePassage(string Id, string Text, string? Of = null, string? Kind = null);

internal sealed record NearDuplicateFixture(
    IReadOnlyList<NearDuplicatePassage> Originals,
    IReadOnlyList<NearDuplicatePassage> Variants,
    IReadOnlyList<NearDuplicatePassage> Distractors)
{
    private static readonly JsonSerializerOptions WebOptions = new(JsonSerializerDefaults.Web);

    public static NearDuplicateFixture Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Embeddings", "Fixtures", "near_duplicates.json");
        return JsonSerializer.Deserialize<NearDuplicateFixture>(File.ReadAllText(path), WebOptions)
               ?? throw new InvalidDataException($"Could not read the near-duplicate fixture {path}.");
    }
}
