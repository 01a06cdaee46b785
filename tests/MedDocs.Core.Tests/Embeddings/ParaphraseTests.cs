using System.Text.RegularExpressions;
using MedDocs.Core.Embeddings;
using Xunit.Abstractions;

namespace MedDocs.Core.Tests.Embeddings;

/// <summary>
/// Fixtures/paraphrases.json: 60 medical and legal sentence pairs that mean the same in other words, written before any
/// model was run on them (and not changed after). Each 'a' is a query against all 60 'b' sentences; its own 'b' should
/// rank first. Issue 17 asked for 90 %: all-MiniLM-L6-v2 reaches 80 % (48/60: medical 26/30, legal 22/30) — the small
/// model confuses neighbouring legal acts (perjury vs being sworn in, plea bargain vs settlement). That gap is reported
/// in the README, not hidden by editing the set; the assertion guards the measured level so a tokenizer or pooling
/// regression fails. The hashing embedder's figure (3.3 %) is printed beside it.
/// </summary>
public sealed partial class ParaphraseTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> StopWords = new(
        "a an the of to in on at for with and or is are was were be been his her he she it its they them their this that by from as not no has have had my your you who can will must more most before after when than".Split(' '),
        StringComparer.Ordinal);

    /// <summary>48 of 60 as measured when the set was first run; the issue's target of 90 % is not reached (see above).</summary>
    private const double MeasuredTopOneRate = 48.0 / 60;

    [Fact]
    public void PairsShareNoContentWords()
    {
        var pairs = MiniLmFixtures.Paraphrases().Pairs;
        Assert.True(pairs.Count >= 50);
        Assert.Equal(pairs.Count / 2, pairs.Count(p => p.Domain == "medical"));
        var sharing = pairs.Where(p => ContentWords(p.A).Overlaps(ContentWords(p.B))).Select(p => p.A).ToList();
        Assert.Empty(sharing);
    }

    [Fact]
    public void TheBuiltinModelRanksMostParaphrasesFirstAndFarAboveHashing()
    {
        var pairs = MiniLmFixtures.Paraphrases().Pairs;
        var miniLm = TopOneRate(pairs, texts => MiniLmFixtures.Embedder.Embed(texts), out var misses);
        var hashing = new HashingEmbedder();
        var lexical = TopOneRate(pairs, texts => hashing.Embed(texts), out _);
        output.WriteLine($"top-1: all-MiniLM-L6-v2 {miniLm:P1}, meddocs-hashing-v1 {lexical:P1} ({pairs.Count} pairs)");
        foreach (var domain in new[] { "medical", "legal" })
        {
            var subset = pairs.Where(p => p.Domain == domain).ToList();
            output.WriteLine($"  {domain}: all-MiniLM-L6-v2 {TopOneRate(subset, texts => MiniLmFixtures.Embedder.Embed(texts), out _):P1}, hashing {TopOneRate(subset, texts => hashing.Embed(texts), out _):P1}");
        }

        Assert.True(miniLm >= MeasuredTopOneRate, $"top-1 {miniLm:P1}; misses: {string.Join(" | ", misses)}");
        Assert.True(lexical < miniLm, "the hashing embedder should not find paraphrases that share no words");
    }

    private static double TopOneRate(IReadOnlyList<ParaphrasePair> pairs, Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed, out List<string> misses)
    {
        var queries = embed(pairs.Select(p => p.A).ToList());
        var candidates = embed(pairs.Select(p => p.B).ToList()).Select((v, i) => (i, v)).ToList();
        misses = [];
        for (var i = 0; i < pairs.Count; i++)
        {
            var best = SimilarityRanker.TopK(queries[i], candidates, 1)[0].Item;
            if (best != i)
            {
                misses.Add($"{pairs[i].A} → {pairs[best].B}");
            }
        }
        return 1.0 - ((double)misses.Count / pairs.Count);
    }

    private static HashSet<string> ContentWords(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => !StopWords.Contains(w)).ToHashSet();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();
}
