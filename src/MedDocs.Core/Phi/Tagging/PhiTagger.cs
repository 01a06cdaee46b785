namespace MedDocs.Core.Phi.Tagging;

/// <summary>
/// The learned token tagger: labels each token of a note with a PHI type or "not PHI", greedily left to right, from the
/// token's features (<see cref="TaggerFeatures"/>, which include the rules engine's findings) and the two labels it
/// gave before; runs of tokens with one type become findings. Its model (<see cref="PhiTaggerModel"/>) is an averaged
/// perceptron trained on the project's labelled corpora; Find-Phi's Tagger engine adds its findings to the rules'
/// (<see cref="PhiMerger.MergeAdditions"/>), never removing one.
/// </summary>
/// <remarks>Not thread-safe: buffers are reused from note to note. <see cref="Find"/> keeps one tagger per thread.</remarks>
internal sealed class PhiTagger
{
    /// <summary>The confidence of every tagger finding: below the rules' context rules (0.8–0.9), so -MinimumConfidence 0.75 keeps only the rules'.</summary>
    public const double Confidence = 0.7;

    [ThreadStatic]
    private static PhiTagger? t_tagger;

    private readonly PhiTaggerModel _model;
    private readonly TaggerFeatures _features = new();
    private readonly List<TaggerToken> _tokens = new(256);
    private readonly int[] _scores;
    private int[] _rows = new int[128];
    private int[] _predicted = new int[256];

    public PhiTagger(PhiTaggerModel model)
    {
        _model = model;
        _scores = new int[model.Width];
    }

    /// <summary>
    /// The tagger's findings in <paramref name="text"/>, with this thread's tagger and the built-in model.
    /// <paramref name="rules"/> are the rules engine's findings on the same text without Year findings, in order of start
    /// (the model was trained on what <see cref="PhiRulesEngine"/> finds with its defaults).
    /// </summary>
    public static List<PhiFinding> Find(string text, IReadOnlyList<PhiFinding> rules)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rules);
        return (t_tagger ??= new PhiTagger(PhiTaggerModel.Shared)).Tag(text, rules);
    }

    /// <summary>Tags one note; <paramref name="rules"/> null leaves the rule features out.</summary>
    public List<PhiFinding> Tag(string text, IReadOnlyList<PhiFinding>? rules)
    {
        var tokens = _tokens;
        TaggerToken.Split(text, tokens);
        _features.Prepare(text, tokens, rules);
        if (_predicted.Length < tokens.Count)
        {
            _predicted = new int[Math.Max(tokens.Count, _predicted.Length * 2)];
        }
        var predicted = _predicted;
        var scores = _scores.AsSpan();
        int p1 = -1, p2 = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            _features.Emit(i);
            var features = _features.Features;
            if (_rows.Length < features.Length + 2)
            {
                _rows = new int[(features.Length + 2) * 2];
            }
            var rows = _rows;
            // All look-ups first, then all sums: the look-ups do not depend on each other, so their cache misses overlap.
            int count = 0;
            foreach (ulong hash in features)
            {
                AddIfWeighted(_model.RowOf(hash), rows, ref count);
            }
            AddIfWeighted(_model.History1Row(p1), rows, ref count);
            AddIfWeighted(_model.History2Row(p2, p1), rows, ref count);
            _model.Score(rows.AsSpan(0, count), scores);
            int best = ArgMax(scores[.._model.Labels]);
            predicted[i] = best;
            p2 = p1;
            p1 = best;
        }
        var findings = TaggedRuns.ToFindings(text, tokens, predicted.AsSpan(0, tokens.Count), _model.Types);
        for (int f = findings.Count - 1; f >= 0; f--)
        {
            // A finding the rules' findings cover whole adds nothing to them (PhiMerger.MergeAdditions): no check needed,
            // and the checks, which tokenise the finding's line, run only for what the tagger adds.
            if (rules is not null && IsCovered(findings[f], rules))
            {
                continue;
            }
            var kept = TaggedDates.Check(text, findings[f]);
            if (kept is null || !TaggedNames.Keep(text, kept))
            {
                findings.RemoveAt(f);
            }
            else
            {
                findings[f] = kept;
            }
        }
        // Drop the tokens of a long note so that a thread does not keep its memory.
        if (tokens.Capacity > 1 << 16)
        {
            tokens.Clear();
            tokens.Capacity = 256;
            _predicted = new int[256];
        }
        return findings;
    }

    /// <summary>True when the findings of <paramref name="rules"/> (in order of start) cover every character of <paramref name="finding"/>.</summary>
    private static bool IsCovered(PhiFinding finding, IReadOnlyList<PhiFinding> rules)
    {
        int covered = finding.Start;
        foreach (var rule in rules)
        {
            if (rule.Start > covered)
            {
                break;
            }
            covered = Math.Max(covered, rule.End);
            if (covered >= finding.End)
            {
                return true;
            }
        }
        return false;
    }

    private static void AddIfWeighted(int row, int[] rows, ref int count)
    {
        if (row >= 0)
        {
            rows[count++] = row;
        }
    }

    /// <summary>The first best label on ties (the trainer decides alike).</summary>
    internal static int ArgMax(ReadOnlySpan<int> scores)
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
