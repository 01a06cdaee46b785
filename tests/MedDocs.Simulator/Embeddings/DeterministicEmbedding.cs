namespace MedDocs.Simulator;

/// <summary>Unit-length vectors seeded by the text: identical text gives an identical vector, different text a
/// practically unrelated one. (Similar texts are NOT close: only identity is meaningful.)
/// Components are rounded to 6 decimals, so the JSON text and the float a client parses agree exactly.</summary>
public static class DeterministicEmbedding
{
    public static float[] Create(string text, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        SplitMix64 random = new(StableHash.Of(text));
        float[] vector = new float[dimensions];
        double sumOfSquares = 0;
        for (int i = 0; i < dimensions; i++)
        {
            double value = (random.NextDouble() * 2) - 1;
            vector[i] = (float)value;
            sumOfSquares += value * value;
        }

        return Normalize(vector, sumOfSquares);
    }

    /// <summary>Shortens to <paramref name="dimensions"/> and renormalises, as OpenAI's text-embedding-3 models do.</summary>
    public static float[] Truncate(float[] vector, int dimensions)
    {
        float[] shorter = vector[..Math.Min(dimensions, vector.Length)];
        double sumOfSquares = shorter.Sum(v => (double)v * v);
        return Normalize(shorter, sumOfSquares);
    }

    private static float[] Normalize(float[] vector, double sumOfSquares)
    {
        double norm = Math.Sqrt(sumOfSquares);
        if (norm > 0)
        {
            for (int i = 0; i < vector.Length; i++)
            {
                vector[i] = (float)(Math.Round(vector[i] / norm * 1_000_000) / 1_000_000);
            }
        }

        return vector;
    }
}
