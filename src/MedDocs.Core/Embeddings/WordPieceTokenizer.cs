using System.Globalization;
using System.Text;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// BERT's uncased WordPiece tokenizer, as Hugging Face's BertNormalizer + BertPreTokenizer + WordPiece do it for
/// all-MiniLM-L6-v2: drop NUL, U+FFFD and control/format characters (tab and line ends count as spaces), put spaces
/// around CJK ideographs, strip accents (NFD, then drop non-spacing marks), lower-case, split on whitespace and
/// punctuation (Unicode P* plus every ASCII symbol), then split each word greedily into the longest vocabulary pieces
/// ("##" marks a piece inside a word). A word longer than 100 characters, or one that no pieces cover, is [UNK].
/// Immutable after construction: one instance serves many threads.
/// </summary>
public sealed class WordPieceTokenizer
{
    private const int MaxCharactersPerWord = 100;
    private const string ContinuationPrefix = "##";

    private readonly Dictionary<string, int> _vocabulary;

    /// <summary>One token per line; a token's id is its line number (the format of BERT's vocab.txt).</summary>
    public WordPieceTokenizer(IEnumerable<string> vocabularyLines)
    {
        ArgumentNullException.ThrowIfNull(vocabularyLines);
        _vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in vocabularyLines)
        {
            // vocab.txt may have Windows line ends; the id is the position even for a duplicate line.
            _vocabulary.TryAdd(line.TrimEnd('\r'), _vocabulary.Count);
        }
        ClassifierId = IdOf("[CLS]");
        SeparatorId = IdOf("[SEP]");
        UnknownId = IdOf("[UNK]");
    }

    public int ClassifierId { get; }
    public int SeparatorId { get; }
    public int UnknownId { get; }
    public int VocabularySize => _vocabulary.Count;

    /// <summary>[CLS] + the text's word pieces + [SEP], cut to <paramref name="maxTokens"/> in all (the end is dropped, as sentence-transformers does).</summary>
    public int[] Encode(string text, int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 2);
        var ids = new List<int>(Math.Min(maxTokens, 64)) { ClassifierId };
        foreach (var word in Words(text))
        {
            if (ids.Count >= maxTokens - 1)
            {
                break;
            }
            AddPieces(word, ids);
        }
        if (ids.Count > maxTokens - 1)
        {
            ids.RemoveRange(maxTokens - 1, ids.Count - (maxTokens - 1));
        }
        ids.Add(SeparatorId);
        return ids.ToArray();
    }

    /// <summary>How many word pieces the text has ([CLS] and [SEP] not counted).</summary>
    public int CountTokens(string text)
    {
        var ids = new List<int>();
        foreach (var word in Words(text))
        {
            AddPieces(word, ids);
        }
        return ids.Count;
    }

    /// <summary>The text's pieces as strings (for tests and diagnostics).</summary>
    public IReadOnlyList<string> Tokenize(string text)
    {
        var byId = _vocabulary.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        var ids = new List<int>();
        foreach (var word in Words(text))
        {
            AddPieces(word, ids);
        }
        return ids.Select(id => byId[id]).ToList();
    }

    private int IdOf(string token) =>
        _vocabulary.TryGetValue(token, out var id) ? id : throw new InvalidDataException($"The vocabulary has no {token} token; it is not a BERT vocab.txt.");

    /// <summary>Greedy longest-match-first split of one word; a word with any uncovered part becomes a single [UNK].</summary>
    private void AddPieces(string word, List<int> ids)
    {
        if (RuneCount(word) > MaxCharactersPerWord)
        {
            ids.Add(UnknownId);
            return;
        }
        var firstPiece = ids.Count;
        var start = 0;
        while (start < word.Length)
        {
            var end = word.Length;
            var found = -1;
            while (end > start)
            {
                var piece = start == 0 ? word[..end] : ContinuationPrefix + word[start..end];
                if (_vocabulary.TryGetValue(piece, out found))
                {
                    break;
                }
                found = -1;
                end--;
                if (end > start && char.IsLowSurrogate(word[end]))
                {
                    end--; // never split a surrogate pair
                }
            }
            if (found < 0)
            {
                ids.RemoveRange(firstPiece, ids.Count - firstPiece);
                ids.Add(UnknownId);
                return;
            }
            ids.Add(found);
            start = end;
        }
    }

    /// <summary>The normalised words and punctuation marks of a text, in order.</summary>
    internal static List<string> Words(string text)
    {
        var normalized = Normalize(text ?? string.Empty);
        var words = new List<string>();
        var wordStart = -1;
        for (var i = 0; i < normalized.Length;)
        {
            var rune = Rune.GetRuneAt(normalized, i);
            var length = rune.Utf16SequenceLength;
            if (Rune.IsWhiteSpace(rune) || IsPunctuation(rune))
            {
                if (wordStart >= 0)
                {
                    words.Add(normalized[wordStart..i]);
                    wordStart = -1;
                }
                if (!Rune.IsWhiteSpace(rune))
                {
                    words.Add(normalized.Substring(i, length));
                }
            }
            else if (wordStart < 0)
            {
                wordStart = i;
            }
            i += length;
        }
        if (wordStart >= 0)
        {
            words.Add(normalized[wordStart..]);
        }
        return words;
    }

    /// <summary>Clean, space out CJK ideographs, strip accents, lower-case — BertNormalizer's order.</summary>
    private static string Normalize(string text)
    {
        var cleaned = new StringBuilder(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0 or 0xFFFD || (rune.Value is not ('\t' or '\n' or '\r') && IsControl(rune)))
            {
                continue;
            }
            if (Rune.IsWhiteSpace(rune))
            {
                cleaned.Append(' ');
            }
            else if (IsCjkIdeograph(rune.Value))
            {
                cleaned.Append(' ').Append(rune.ToString()).Append(' ');
            }
            else
            {
                cleaned.Append(rune.ToString());
            }
        }
        var decomposed = cleaned.ToString().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                result.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }
        return result.ToString();
    }

    /// <summary>Unicode "Other" characters (Cc, Cf, Co, Cn, Cs): BERT drops them, so a soft hyphen or zero-width joiner joins its neighbours.</summary>
    private static bool IsControl(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate;

    /// <summary>Unicode punctuation, plus every ASCII non-alphanumeric printable ($, +, &lt;, =, &gt;, ^, `, |, ~ are symbols in Unicode).</summary>
    private static bool IsPunctuation(Rune rune)
    {
        var value = rune.Value;
        if (value is (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126))
        {
            return true;
        }
        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    /// <summary>The CJK Unified Ideograph blocks BERT treats as one word each (not Hangul, Hiragana or Katakana).</summary>
    private static bool IsCjkIdeograph(int value) => value is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF)
        or (>= 0x20000 and <= 0x2A6DF) or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F)
        or (>= 0x2B820 and <= 0x2CEAF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);

    private static int RuneCount(string word)
    {
        var count = 0;
        foreach (var _ in word.EnumerateRunes())
        {
            count++;
        }
        return count;
    }
}
