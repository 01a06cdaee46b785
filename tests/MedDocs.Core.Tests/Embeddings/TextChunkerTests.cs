using System.Text;
using MedDocs.Core.Embeddings;

namespace MedDocs.Core.Tests.Embeddings;

public sealed class TextChunkerTests
{
    public static TheoryData<int, int, int> Budgets => new()
    {
        { 1, 200, 0 }, { 2, 200, 40 }, { 3, 500, 100 }, { 4, 80, 79 }, { 5, 1000, 150 }, { 6, 33, 5 },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void ChunksMapBackToTheSourceFitTheBudgetAndCoverEveryWord(int seed, int maxChars, int overlap)
    {
        var text = SyntheticDocument(seed);
        var chunks = TextChunker.Split(text, maxChars, overlap);

        var covered = new bool[text.Length];
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            Assert.Equal(i, chunk.Index);
            Assert.Equal(text.Substring(chunk.Start, chunk.Length), chunk.Text);
            Assert.InRange(chunk.Length, 1, maxChars);
            Assert.False(char.IsWhiteSpace(chunk.Text[0]) || char.IsWhiteSpace(chunk.Text[^1]), "chunks are trimmed");
            Assert.True(i == 0 || chunk.Start > chunks[i - 1].Start, "chunks move forward");
            Array.Fill(covered, true, chunk.Start, chunk.Length);
        }

        for (var i = 0; i < text.Length; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} is in no chunk");
        }
    }

    [Fact]
    public void ConsecutiveChunksOverlapByRoughlyTheRequestedAmount()
    {
        var text = SyntheticDocument(9);
        var chunks = TextChunker.Split(text, 400, 80);
        Assert.True(chunks.Count > 3);
        for (var i = 1; i < chunks.Count; i++)
        {
            var previousEnd = chunks[i - 1].Start + chunks[i - 1].Length;
            Assert.True(chunks[i].Start < previousEnd, $"chunk {i} does not overlap");
            Assert.True(previousEnd - chunks[i].Start <= 80);
        }
    }

    [Fact]
    public void PrefersParagraphThenSentenceBoundaries()
    {
        var paragraph = "First paragraph sentence one. Sentence two is here.\n\nSecond paragraph starts here and goes on for a while longer.";
        var chunks = TextChunker.Split(paragraph, 70, 0);
        Assert.Equal("First paragraph sentence one. Sentence two is here.", chunks[0].Text);

        var sentences = "Alpha beta gamma delta. Epsilon zeta eta theta iota kappa lambda mu.";
        Assert.Equal("Alpha beta gamma delta.", TextChunker.Split(sentences, 40, 0)[0].Text);
    }

    [Fact]
    public void AnUnbrokenRunIsCutHardButNeverInsideASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("a😀", 30)); // no spaces at all
        var chunks = TextChunker.Split(text, 10, 0);
        Assert.Equal(text, string.Concat(chunks.Select(c => c.Text)));
        Assert.All(chunks, c => Assert.False(char.IsHighSurrogate(c.Text[^1])));
    }

    [Fact]
    public void EmptyTextGivesNoChunksAndShortTextOne()
    {
        Assert.Empty(TextChunker.Split("", 100, 10));
        Assert.Empty(TextChunker.Split("  \n ", 100, 10));
        var single = Assert.Single(TextChunker.Split("  short text \n", 100, 10));
        Assert.Equal((2, "short text"), (single.Start, single.Text));
    }

    [Fact]
    public void TokenBudgetUsesFourCharactersPerToken() =>
        Assert.All(TextChunker.SplitByTokens(SyntheticDocument(3), 50, 10), c => Assert.True(c.Length <= 200));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(100, 100)]
    [InlineData(100, -1)]
    public void InvalidBudgetsAreRejected(int maxChars, int overlap) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextChunker.Split("some text", maxChars, overlap));

    /// <summary>Paragraphs, lines, sentences and one long unbroken token, from a seeded generator.</summary>
    private static string SyntheticDocument(int seed)
    {
        var random = new Random(seed);
        string[] words = ["patient", "reports", "lumbar", "pain", "after", "the", "collision", "Plaintiff", "alleges", "negligence",
            "MRI", "shows", "L4-L5", "herniation", "$1,234.56", "invoice", "follow-up", "in", "two", "weeks"];
        var builder = new StringBuilder();
        for (var p = 0; p < 12; p++)
        {
            for (var s = 0; s < random.Next(1, 6); s++)
            {
                for (var w = 0; w < random.Next(3, 18); w++)
                {
                    builder.Append(words[random.Next(words.Length)]).Append(random.Next(10) == 0 ? "\n" : " ");
                }

                builder.Append(". ");
            }

            builder.Append(p == 5 ? new string('x', 150) + " " : "").Append("\n\n");
        }

        return builder.ToString();
    }
}
