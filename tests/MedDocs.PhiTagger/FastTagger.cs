using MedDocs.Core.Phi;

namespace MedDocs.PhiTagger;

/// <summary>
/// Tags with a trained <see cref="TokenTagger"/>'s model, built for speed: features hashed from spans
/// (<see cref="SpanFeatureHasher"/>), weights in a <see cref="FlatModel"/>. Finds exactly what
/// <see cref="TokenTagger.Tag"/> finds (the program checks this on every holdout2 and training note).
/// </summary>
/// <remarks>Not thread-safe: buffers are reused from note to note.</remarks>
internal sealed class FastTagger
{
    private readonly FlatModel _model;
    private readonly PhiType[] _types;
    private readonly SpanFeatureHasher _hasher;
    private readonly float[] _scores;
    private int[] _rows = new int[128];

    public FastTagger(FlatModel model, IReadOnlyList<string> labels, FeatureOptions options)
    {
        _model = model;
        // Label 0 is O; the others are PHI type names.
        _types = [.. labels.Select((name, l) => l == 0 ? default : Enum.Parse<PhiType>(name))];
        _hasher = new SpanFeatureHasher(options);
        _scores = new float[model.Width];
    }

    public FlatModel Model => _model;

    /// <inheritdoc cref="TokenTagger.Tag"/>
    public List<PhiFinding> Tag(string text, IReadOnlyList<PhiFinding>? rules, double margin = 0)
    {
        var tokens = TokenTagger.Tokenize(text);
        _hasher.Prepare(text, tokens, rules);
        var predicted = new int[tokens.Count];
        var scores = _scores.AsSpan();
        var rows = _rows;
        int p1 = -1, p2 = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            _hasher.Emit(i);
            if (rows.Length < _hasher.Features.Length + 2)
            {
                rows = _rows = new int[(_hasher.Features.Length + 2) * 2];
            }
            // All look-ups first, then all sums: the look-ups do not depend on each other, so their cache misses overlap.
            int count = 0;
            foreach (ulong hash in _hasher.Features)
            {
                int row = _model.RowOf(hash);
                if (row >= 0)
                {
                    rows[count++] = row;
                }
            }
            AddIfWeighted(_model.History1Row(p1), rows, ref count);
            AddIfWeighted(_model.History2Row(p2, p1), rows, ref count);
            _model.Score(rows.AsSpan(0, count), scores);
            int best = ArgMax(scores[.._model.Labels]);
            if (best != 0 && scores[best] - scores[0] < margin)
            {
                best = 0;
            }
            predicted[i] = best;
            p2 = p1;
            p1 = best;
        }
        return TaggedRuns.ToFindings(text, tokens, predicted, label => _types[label]);
    }

    private static void AddIfWeighted(int row, int[] rows, ref int count)
    {
        if (row >= 0)
        {
            rows[count++] = row;
        }
    }

    // First best on ties, as TokenTagger's ArgMax.
    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int l = 1; l < scores.Length; l++)
        {
            if (scores[l] > scores[best])
            {
                best = l;
            }
        }
        return best;
    }

}
