using System.Numerics;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// Vector helpers for embeddings, SIMD through System.Numerics.Vector&lt;float&gt; (no extra package:
/// System.Numerics.Tensors is not needed for these few loops).
/// </summary>
public static class VectorMath
{
    /// <summary>Dot product of equal-length vectors.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        RequireSameLength(a, b);
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var dot = Vector.Dot(sum, Vector<float>.One);
        for (; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    /// <summary>Cosine similarity in [-1, 1]; 0 when either vector is all zeros (never NaN).</summary>
    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        RequireSameLength(a, b);
        var dot = Dot(a, b);
        var norms = MathF.Sqrt(Dot(a, a)) * MathF.Sqrt(Dot(b, b));
        return norms > 0 ? Math.Clamp(dot / norms, -1f, 1f) : 0f;
    }

    /// <summary>Scales the vector to unit length in place and returns its former length; a zero vector stays zero.</summary>
    public static float Normalize(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            var scale = 1f / norm;
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] *= scale;
            }
        }

        return norm;
    }

    /// <summary>True when every component is zero (the embedding of a text with no words).</summary>
    public static bool IsZero(ReadOnlySpan<float> vector) => vector.IndexOfAnyExcept(0f) < 0;

    /// <summary>
    /// The first <paramref name="dimensions"/> components, re-normalised: how Matryoshka-trained models
    /// (nomic-embed-text v1.5: 768/512/256/128/64) are shortened. A new array; the input is unchanged.
    /// </summary>
    public static float[] TruncateAndRenormalize(float[] vector, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (dimensions < 1 || dimensions > vector.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions,
                $"Cannot truncate a {vector.Length}-dimension vector to {dimensions}; choose 1 to {vector.Length}.");
        }

        var truncated = vector[..dimensions];
        Normalize(truncated);
        return truncated;
    }

    private static void RequireSameLength(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Vectors differ in length ({a.Length} vs {b.Length}); embed both with the same model and dimensions.");
        }
    }
}
