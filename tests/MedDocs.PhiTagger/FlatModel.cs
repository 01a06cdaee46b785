using System.Numerics;

namespace MedDocs.PhiTagger;

/// <summary>
/// The trained weights for tagging: one flat array of rows (one row of label weights per feature with a non-zero
/// weight), found through a <see cref="FeatureRowTable"/> by feature hash, summed with <see cref="Vector{T}"/>.
/// </summary>
/// <remarks>
/// Scores are summed feature by feature in the order the features are emitted, exactly as the string path does, so
/// every label's float sum is bit for bit the same; vectors only add several labels at once. Dropping all-zero rows
/// changes no sum (x + 0 = x).
/// </remarks>
internal sealed class FlatModel
{
    private readonly float[] _weights;
    private readonly FeatureRowTable _rows;
    private readonly int[] _history1Rows;
    private readonly int[] _history2Rows;

    /// <summary>Builds the model from the trainer's feature ids and its dense [feature × label] weights.</summary>
    public FlatModel(IReadOnlyDictionary<string, int> features, float[] weights, int labels, int[] history1, int[] history2)
    {
        Labels = labels;
        Width = (labels + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        // Three vectors per row read the row unpadded (the last one ending at the row's end), which saves a quarter of
        // the weights' memory and cache; other label counts use rows padded to whole vectors.
        Stride = IsThreeVectors ? labels : Width;
        var rowOfId = new int[features.Count];
        Array.Fill(rowOfId, -1);
        int rows = 0;
        for (int id = 0; id < features.Count; id++)
        {
            if (weights.AsSpan(id * labels, labels).ContainsAnyExcept(0f))
            {
                rowOfId[id] = rows++;
            }
        }
        _weights = new float[rows * Stride];
        _rows = new FeatureRowTable(rows);
        foreach (var (name, id) in features)
        {
            int row = rowOfId[id];
            if (row >= 0)
            {
                weights.AsSpan(id * labels, labels).CopyTo(_weights.AsSpan(row * Stride));
                _rows.Add(FeatureHash.Of(name).Value, row);
            }
        }
        _history1Rows = [.. history1.Select(id => rowOfId[id])];
        _history2Rows = [.. history2.Select(id => rowOfId[id])];
        RowCount = rows;
    }

    public int Labels { get; }

    /// <summary>Labels rounded up to whole vectors: the length of a score buffer.</summary>
    public int Width { get; }

    /// <summary>The distance between rows in the weights.</summary>
    public int Stride { get; }

    // More than two vectors of labels and at most three (18 labels with 256-bit vectors).
    private bool IsThreeVectors => Labels > 2 * Vector<float>.Count && Labels <= 3 * Vector<float>.Count;

    public int RowCount { get; }

    public int RowOf(ulong featureHash) => _rows.RowOf(featureHash);

    /// <summary>The row of the previous-label feature (-1 = no weight); <paramref name="previous"/> -1 = sentence start.</summary>
    public int History1Row(int previous) => _history1Rows[previous + 1];

    public int History2Row(int beforePrevious, int previous) => _history2Rows[(beforePrevious + 1) * (Labels + 1) + previous + 1];

    /// <summary>Sets every label's score to the sum of the given rows' weights, added in the order given.</summary>
    /// <remarks>
    /// The running sums stay in registers, and with three vectors of labels their three add chains run side by side.
    /// The third vector covers the last labels and overlaps the second; both sum the shared labels alike. Per label
    /// the rows are still added in order, so every sum is the same as row by row.
    /// </remarks>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores)
    {
        int vector = Vector<float>.Count;
        var weights = _weights.AsSpan();
        if (IsThreeVectors)
        {
            int last = Labels - vector;
            Vector<float> a = default, b = default, c = default;
            foreach (int row in rows)
            {
                var w = weights.Slice(row * Stride, Stride);
                a += new Vector<float>(w);
                b += new Vector<float>(w[vector..]);
                c += new Vector<float>(w[last..]);
            }
            a.CopyTo(scores);
            b.CopyTo(scores[vector..]);
            c.CopyTo(scores[last..]);
            return;
        }
        for (int k = 0; k < Width; k += vector)
        {
            var sum = Vector<float>.Zero;
            foreach (int row in rows)
            {
                sum += new Vector<float>(weights.Slice(row * Stride + k, vector));
            }
            sum.CopyTo(scores[k..]);
        }
    }
}
