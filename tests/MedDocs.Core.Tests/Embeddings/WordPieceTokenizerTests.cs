using MedDocs.Core.Embeddings;

namespace MedDocs.Core.Tests.Embeddings;

/// <summary>The builtin embedder's WordPiece tokenizer against published splits and an independent implementation.</summary>
public sealed class WordPieceTokenizerTests
{
    private static WordPieceTokenizer Tokenizer => MiniLmFixtures.Embedder.Tokenizer;

    [Theory]
    // Hugging Face's "Summary of the tokenizers" shows this bert-base-uncased split; all-MiniLM-L6-v2 has the same
    // vocabulary. (BERT's README example "unaffable" → un ##aff ##able used another vocabulary: here it is una ##ffa ##ble.)
    [InlineData("I have a new GPU!", "i have a new gp ##u !")]
    [InlineData("unaffable", "una ##ffa ##ble")]
    [InlineData("Café déjà vu — 東京", "cafe de ##ja vu — 東 京")]
    [InlineData("don't", "don ' t")]
    [InlineData("ORIF of the distal radius, 03/14/2024.", "or ##if of the distal radius , 03 / 14 / 202 ##4 .")]
    public void SplitsIntoTheKnownPieces(string text, string pieces)
    {
        Assert.Equal(pieces.Split(' '), Tokenizer.Tokenize(text));
    }

    [Fact]
    public void MatchesThePublishedIdsOfTheReferenceSentences()
    {
        foreach (var published in MiniLmFixtures.Reference().Published.Where(p => p.Ids is not null))
        {
            Assert.Equal(published.Ids!, Tokenizer.Encode(published.Text, MiniLmEmbedder.MaxTokens));
        }
    }

    [Fact]
    public void MatchesTransformersJsOnEveryConformanceText()
    {
        var reference = MiniLmFixtures.WordPieces();
        Assert.True(reference.Texts.Count >= 80);
        var mismatches = reference.Texts
            .Where(c => !Tokenizer.Encode(c.Text, MiniLmEmbedder.MaxTokens).SequenceEqual(c.Ids))
            .Select(c => c.Text.Length > 40 ? c.Text[..40] : c.Text)
            .ToList();
        Assert.Empty(mismatches);
    }

    [Fact]
    public void CutsLongTextsToTheWindowAndKeepsTheClosingSeparator()
    {
        var ids = Tokenizer.Encode(string.Join(' ', Enumerable.Repeat("fracture", 400)), MiniLmEmbedder.MaxTokens);

        Assert.Equal(MiniLmEmbedder.MaxTokens, ids.Length);
        Assert.Equal(Tokenizer.ClassifierId, ids[0]);
        Assert.Equal(Tokenizer.SeparatorId, ids[^1]);
        Assert.Equal(400, Tokenizer.CountTokens(string.Join(' ', Enumerable.Repeat("fracture", 400))));
    }

    [Fact]
    public void IdeographsOutsideTheBasicPlaneAreWordsOfTheirOwn()
    {
        // BERT spaces every CJK ideograph, including Extension B (U+20000…); transformers.js misses these (UTF-16 code units).
        Assert.Equal(["[UNK]", "[UNK]"], Tokenizer.Tokenize("\U00020000\U00020001"));
    }

    [Fact]
    public void WordsOfMoreThanAHundredCharactersAreUnknown()
    {
        Assert.Equal(["[UNK]"], Tokenizer.Tokenize(new string('c', 101)));
        Assert.NotEqual(["[UNK]"], Tokenizer.Tokenize(new string('c', 100)));
    }

    [Fact]
    public void ARejectsAVocabularyWithoutBertMarkers()
    {
        var error = Assert.Throws<InvalidDataException>(() => new WordPieceTokenizer(["hello", "world"]));
        Assert.Contains("[CLS]", error.Message, StringComparison.Ordinal);
    }
}
