using System.Runtime.InteropServices;
using System.Text;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// Server-free text embedder by signed feature hashing (-Model meddocs-hashing-v1). LEXICAL, not semantic: it finds
/// texts that share words and spellings (near-duplicates, re-scans, OCR variants, reformatted copies), not texts that
/// mean the same in other words ("heart attack" is not close to "myocardial infarction"). The default builtin embedder
/// is all-MiniLM-L6-v2 (<see cref="MiniLmEmbedder"/>); this one stays for what it alone offers: no model files and no
/// native code (platforms ONNX Runtime does not serve, such as Intel Macs, or sites without the MedDocs.MiniLM
/// companion module) and near-duplicate screening at thousands of texts per second.
/// </summary>
/// <remarks>
/// Features of the NFKC-normalised, lower-cased words (runs of letters/digits): word unigrams (weight 1.0), word
/// bigrams (0.7) and character 3-, 4- and 5-grams of "&lt;word&gt;" with boundary markers (0.25; words up to 40
/// characters). Each feature is hashed with 64-bit FNV-1a (seeded by its kind): hash mod Dimensions picks the bucket,
/// the top bit of SplitMix64(hash) picks the sign, so collisions cancel on average. Term frequency is sublinear
/// (1 + ln tf) and the vector is L2-normalised. Text without any word gives the zero vector (see <see cref="TryEmbed"/>);
/// cosine with it is 0. Deterministic and immutable: one instance may serve many threads.
/// </remarks>
public sealed class HashingEmbedder
{
    public const string Name = "meddocs-hashing";
    public const string Version = "1";
    public const int DefaultDimensions = 768;
    public const int MinDimensions = 256;
    public const int MaxDimensions = 4096;

    private const float UnigramWeight = 1.0f;
    private const float BigramWeight = 0.7f;
    private const float CharGramWeight = 0.25f;
    private const int MinCharGram = 3;
    private const int MaxCharGram = 5;
    private const int MaxCharGramWordLength = 40;

    // Distinct seeds per feature kind, so the word "ct" and the character gram "<ct" never share a hash.
    private const char UnigramSeed = 'w';
    private const char BigramSeed = 'b';
    private const char CharGramSeed = 'c';

    public HashingEmbedder(int dimensions = DefaultDimensions)
    {
        if (dimensions is < MinDimensions or > MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions,
                $"Hashing embedder dimensions must be between {MinDimensions} and {MaxDimensions}; {DefaultDimensions} is the default.");
        }

        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    /// <summary>The name results carry in their Model field: "meddocs-hashing-v1".</summary>
    public string ModelName { get; } = $"{Name}-v{Version}";

    /// <summary>True when a configured model name asks for this embedder: "meddocs-hashing-v1" or "meddocs-hashing" (any case).</summary>
    public static bool IsNamedBy(string? model) =>
        model is not null && (model.Equals($"{Name}-v{Version}", StringComparison.OrdinalIgnoreCase) || model.Equals(Name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The L2-normalised embedding; all zeros when the text has no words.</summary>
    public float[] Embed(string text)
    {
        TryEmbed(text, out var vector);
        return vector;
    }

    /// <summary>Embeds each text (in order). Thread-safe: callers may also parallelise across instances or calls.</summary>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = Embed(texts[i]);
        }

        return vectors;
    }

    /// <summary>False (and a zero vector) when the text holds no letters or digits, so there is nothing to compare.</summary>
    public bool TryEmbed(string text, out float[] vector)
    {
        vector = new float[Dimensions];
        var words = Words(text ?? string.Empty);
        if (words.Count == 0)
        {
            return false;
        }

        var features = new Dictionary<ulong, (float Weight, int Count)>(words.Count * 12);
        Span<char> padded = stackalloc char[MaxCharGramWordLength + 2];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].AsSpan();
            var wordHash = Fnv1a64.Append(Fnv1a64.Append(Fnv1a64.OffsetBasis, UnigramSeed), word);
            Count(features, wordHash, UnigramWeight);

            if (i + 1 < words.Count)
            {
                var bigram = Fnv1a64.Append(Fnv1a64.Append(Fnv1a64.OffsetBasis, BigramSeed), word);
                bigram = Fnv1a64.Append(Fnv1a64.Append(bigram, ' '), words[i + 1].AsSpan());
                Count(features, bigram, BigramWeight);
            }

            if (word.Length > MaxCharGramWordLength)
            {
                continue;
            }

            padded[0] = '<';
            word.CopyTo(padded[1..]);
            padded[word.Length + 1] = '>';
            var marked = padded[..(word.Length + 2)];
            for (var n = MinCharGram; n <= MaxCharGram && n <= marked.Length; n++)
            {
                for (var start = 0; start + n <= marked.Length; start++)
                {
                    var gram = Fnv1a64.Append(Fnv1a64.Append(Fnv1a64.OffsetBasis, CharGramSeed), marked.Slice(start, n));
                    Count(features, gram, CharGramWeight);
                }
            }
        }

        foreach (var (hash, (weight, count)) in features)
        {
            var index = (int)(hash % (ulong)Dimensions);
            var sign = (Fnv1a64.Mix(hash) >> 63) == 0 ? 1f : -1f;
            vector[index] += sign * weight * (1f + MathF.Log(count));
        }

        return VectorMath.Normalize(vector) > 0;
    }

    private static void Count(Dictionary<ulong, (float Weight, int Count)> features, ulong hash, float weight)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(features, hash, out _);
        entry = (weight, entry.Count + 1);
    }

    private static List<string> Words(string text)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var words = new List<string>(normalized.Length / 5);
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(normalized[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
