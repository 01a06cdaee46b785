using System.Runtime.InteropServices;
using MedDocs.Core.Phi.Tagging;

namespace MedDocs.Evaluation;

/// <summary>Settings of one training run; the defaults are the shipped model's (chosen on holdout2, docs/phi.md).</summary>
public sealed record PhiTaggerTrainingOptions
{
    public int Epochs { get; init; } = 10;

    public int Seed { get; init; } = 17;

    /// <summary>
    /// Share (0..1) of training notes whose rule features are hidden. The rules were tuned on every training split, so
    /// there they are almost perfect and a tagger that always sees them learns only to copy them.
    /// </summary>
    public double RuleDropout { get; init; } = 0.5;

    /// <summary>False trains without any rule feature (an ablation).</summary>
    public bool RuleFeatures { get; init; } = true;

    /// <summary>
    /// Rows whose largest weight (× 256) is below this are left out of the model: fewer rows, fewer cache misses when
    /// tagging and less to load. 512 (a weight under two perceptron updates) was chosen on `--validate` (docs/phi.md,
    /// "Pruning the tagger's model"); 0 keeps every row with a non-zero weight.
    /// </summary>
    public int PruneBelow { get; init; } = 512;
}

/// <summary>
/// Trains the PHI tagger's model (<see cref="PhiTaggerModel"/>): a multi-class averaged perceptron over the tokens of
/// labelled notes (IO labels per PHI type, "O" = not PHI), decoded greedily left to right with the two previous
/// predicted labels as features, on the same features the product computes (<see cref="TaggerFeatures"/>).
/// Deterministic: fixed seed, fixed epochs, integer weights; the same notes and rules give the same model bytes.
/// </summary>
public static class PhiTaggerTrainer
{
    /// <summary>Averaged weights are scaled by this before rounding to integers.</summary>
    private const double WeightScale = 256;

    public static readonly string[] Corpora = ["icu_nursing", "discharge", "lab", "transcripts"];

    /// <summary>
    /// The splits the shipped model is trained on: every split except the newest blind holdout, which judges it (more
    /// labelled notes always go in; a holdout joins once the next one is written). The last of these is the split
    /// settings are validated on (`--validate` trains without it).
    /// </summary>
    public static readonly string[] TrainingSplits = ["dev", "test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5"];

    /// <summary>The notes of the given splits, without Year spans (the tagger is not taught years).</summary>
    public static async Task<List<PhiLabelledDocument>> LoadAsync(string corporaDirectory, IEnumerable<string> splits)
    {
        var documents = new List<PhiLabelledDocument>();
        var wanted = splits.ToList();
        foreach (string corpus in Corpora)
        {
            foreach (string split in wanted)
            {
                var notes = await PhiCorpusReader.LoadAsync(Path.Combine(corporaDirectory, $"{corpus}.{split}.json"));
                documents.AddRange(notes.Select(d => d.WithoutYears()));
            }
        }
        return documents;
    }

    /// <summary>Trains on <paramref name="documents"/> and writes the model's uncompressed form (<see cref="PhiTaggerModel.WritePayload"/>).</summary>
    /// <param name="rules">The rules engine's findings for a note's text (the product passes <see cref="PhiRulesEngine.Find"/> with its defaults).</param>
    public static byte[] Train(IReadOnlyList<PhiLabelledDocument> documents, Func<string, IReadOnlyList<PhiFinding>> rules, PhiTaggerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var features = new Dictionary<ulong, int>();
        var labels = new List<string> { "O" };
        var sequences = new List<(int[][] Features, int[] Gold)>(documents.Count);
        var extractor = new TaggerFeatures();
        var tokens = new List<TaggerToken>();
        foreach (var document in documents)
        {
            TaggerToken.Split(document.Text, tokens);
            bool hide = options.RuleDropout > 0 && random.NextDouble() < options.RuleDropout;
            // A hidden note's rule features say "no rule found anything here" (they are not left out): the model learns
            // what PHI looks like where the rules are silent, which is where it can add to them.
            extractor.Prepare(document.Text, tokens, !options.RuleFeatures ? null : hide ? [] : rules(document.Text));
            var tokenFeatures = new int[tokens.Count][];
            var gold = new int[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                extractor.Emit(i);
                tokenFeatures[i] = IdsOf(extractor.Features, features);
                gold[i] = LabelOf(GoldLabel(document, tokens[i]), labels);
            }
            sequences.Add((tokenFeatures, gold));
        }
        // The label-history features, one per previous label and per pair ("<s>" before the first token).
        int width = labels.Count + 1;
        int[] history1 = [.. Enumerable.Range(-1, width).Select(p => IdOf(TaggerFeatures.PreviousLabel(labels, p), features))];
        int[] history2 = [.. Enumerable.Range(0, width * width).Select(k => IdOf(TaggerFeatures.PreviousLabels(labels, k / width - 1, k % width - 1), features))];

        int labelCount = labels.Count;
        var weights = new int[features.Count * labelCount];
        var accumulated = new long[weights.Length];
        var scores = new int[labelCount];
        long step = 1;
        var order = Enumerable.Range(0, sequences.Count).ToArray();
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var (tokenFeatures, gold) = sequences[index];
                int p1 = -1, p2 = -1;
                for (int i = 0; i < gold.Length; i++)
                {
                    int h1 = history1[p1 + 1];
                    int h2 = history2[(p2 + 1) * width + p1 + 1];
                    Array.Clear(scores);
                    foreach (int f in tokenFeatures[i])
                    {
                        Add(weights.AsSpan(f * labelCount, labelCount), scores);
                    }
                    Add(weights.AsSpan(h1 * labelCount, labelCount), scores);
                    Add(weights.AsSpan(h2 * labelCount, labelCount), scores);
                    int predicted = PhiTagger.ArgMax(scores);
                    if (predicted != gold[i])
                    {
                        foreach (int f in tokenFeatures[i])
                        {
                            Update(f);
                        }
                        Update(h1);
                        Update(h2);
                    }
                    p2 = p1;
                    p1 = predicted;
                    step++;

                    void Update(int f)
                    {
                        weights[f * labelCount + gold[i]] += 1;
                        weights[f * labelCount + predicted] -= 1;
                        accumulated[f * labelCount + gold[i]] += step;
                        accumulated[f * labelCount + predicted] -= step;
                    }
                }
            }
        }
        // The averaged weight is w - accumulated/step (each update counted from the step it was made); scaled and rounded.
        var hashes = new ulong[features.Count];
        foreach (var (hash, id) in features)
        {
            hashes[id] = hash;
        }
        var rows = new List<(ulong Hash, int[] Weights)>();
        for (int id = 0; id < features.Count; id++)
        {
            var row = new int[labelCount];
            for (int l = 0; l < labelCount; l++)
            {
                int k = id * labelCount + l;
                row[l] = checked((int)Math.Round((weights[k] - (double)accumulated[k] / step) * WeightScale, MidpointRounding.ToEven));
            }
            if (row.AsSpan().ContainsAnyExcept(0) && row.Max(Math.Abs) >= options.PruneBelow)
            {
                rows.Add((hashes[id], row));
            }
        }
        using var payload = new MemoryStream();
        PhiTaggerModel.WritePayload(payload, labels, rows);
        return payload.ToArray();
    }

    private static void Add(ReadOnlySpan<int> row, Span<int> scores)
    {
        for (int l = 0; l < row.Length; l++)
        {
            scores[l] += row[l];
        }
    }

    private static int[] IdsOf(ReadOnlySpan<ulong> hashes, Dictionary<ulong, int> features)
    {
        var ids = new int[hashes.Length];
        for (int i = 0; i < hashes.Length; i++)
        {
            ids[i] = IdOf(hashes[i], features);
        }
        return ids;
    }

    private static int IdOf(ulong hash, Dictionary<ulong, int> features)
    {
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(features, hash, out bool exists);
        if (!exists)
        {
            id = features.Count - 1;
        }
        return id;
    }

    private static int LabelOf(string name, List<string> labels)
    {
        int index = labels.IndexOf(name);
        if (index < 0)
        {
            labels.Add(name);
            index = labels.Count - 1;
        }
        return index;
    }

    // A token inside a gold span takes the span's type.
    private static string GoldLabel(PhiLabelledDocument document, TaggerToken token)
    {
        foreach (var span in document.Spans)
        {
            if (span.Start < token.Start + token.Length && token.Start < span.End)
            {
                return span.Type.ToString();
            }
        }
        return "O";
    }
}
