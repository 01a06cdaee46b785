using System.IO.Compression;
using System.Text;
using MedDocs.Core.Phi;
using MedDocs.Evaluation;

namespace MedDocs.PhiTagger;

/// <summary>A token of a note: a run of letters, a run of digits, or one other non-blank character.</summary>
internal readonly record struct Token(int Start, int Length, bool LineStart);

/// <summary>Which feature groups the tagger uses (for the ablations chosen on the validation split).</summary>
internal sealed record FeatureOptions
{
    /// <summary>The rules engine's finding at the token (type, rule) and at its neighbours.</summary>
    public bool Rules { get; init; } = true;

    /// <summary>PhiLexicon levels (given name, surname, English word, place).</summary>
    public bool Lexicon { get; init; } = true;

    /// <summary>Probability (0..1) of hiding the rule features of a training note, so the model also learns evidence of its own.</summary>
    public double RuleDropout { get; init; }
}

/// <summary>
/// Greedy left-to-right averaged perceptron over tokens, IO labels per PHI type (O = not PHI), with the two previous
/// predicted labels as features. Deterministic: fixed shuffle seed, fixed number of epochs.
/// </summary>
internal sealed class TokenTagger
{
    private readonly FeatureOptions _options;
    private readonly Dictionary<string, int> _features = new(StringComparer.Ordinal);
    private readonly List<string> _labels = ["O"];
    private readonly Dictionary<ulong, int> _hashed = [];
    private float[] _weights = [];
    private bool _frozen;

    public TokenTagger(FeatureOptions options) => _options = options;

    public int FeatureCount => _features.Count;

    public int LabelCount => _labels.Count;

    public int NonZeroWeights => _weights.Count(w => w != 0);

    // ---------- tokens and features ----------

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        bool lineStart = true;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                lineStart = true;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int start = i;
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
            tokens.Add(new Token(start, i - start, lineStart));
            lineStart = false;
        }
        return tokens;
    }

    private static string Shape(ReadOnlySpan<char> word, bool collapse)
    {
        var sb = new StringBuilder(word.Length);
        char last = '\0';
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (!collapse || s != last)
            {
                sb.Append(s);
            }
            last = s;
        }
        return sb.ToString();
    }

    /// <summary>The static (label-independent) features of every token of one note, as strings.</summary>
    /// <remarks>
    /// The writer receives each feature as up to seven parts of its name: it either joins them (training, model
    /// file) or hashes them without building the string (tagging); <paramref name="onToken"/> is called after each token.
    /// </remarks>
    private void Extract(string text, List<Token> tokens, IReadOnlyList<PhiFinding>? rules, bool hideRules, FeatureWriter fs, Action<int> onToken)
    {
        int n = tokens.Count;
        var lower = new string[n];
        var shapes = new string[n];
        var lex = new LexiconEntry[n];
        var ruleType = new string[n];
        var ruleName = new string[n];
        var lineHead = new string[n];
        string head = "";
        for (int i = 0; i < n; i++)
        {
            var span = text.AsSpan(tokens[i].Start, tokens[i].Length);
            lower[i] = span.ToString().ToLowerInvariant();
            shapes[i] = Shape(span, collapse: true);
            lex[i] = _options.Lexicon && char.IsLetter(span[0]) ? PhiLexicon.Shared.Lookup(span) : default;
            if (tokens[i].LineStart)
            {
                head = lower[i];
            }
            lineHead[i] = head;
            ruleType[i] = "-";
            ruleName[i] = "-";
        }
        if (rules is not null && _options.Rules && !hideRules)
        {
            int f = 0;
            for (int i = 0; i < n; i++)
            {
                while (f < rules.Count && rules[f].End <= tokens[i].Start)
                {
                    f++;
                }
                // Findings are merged (no overlaps) and sorted; the first not ending before the token may cover it.
                if (f < rules.Count && rules[f].Start < tokens[i].Start + tokens[i].Length)
                {
                    ruleType[i] = rules[f].Type.ToString();
                    ruleName[i] = rules[f].Rule ?? "?";
                }
            }
        }
        string W(int i) => i < 0 ? "<s>" : i >= n ? "</s>" : lower[i];
        string S(int i) => i < 0 ? "<s>" : i >= n ? "</s>" : shapes[i];
        string R(int i) => i < 0 || i >= n ? "<>" : ruleType[i];
        for (int i = 0; i < n; i++)
        {
            fs.Clear();
            fs.Add("b");
            string w = lower[i];
            var token = tokens[i];
            var span = text.AsSpan(token.Start, token.Length);
            fs.Add("w=", w);
            fs.Add("sh=", shapes[i]);
            fs.Add("shl=", (token.Length <= 8 ? Shape(span, collapse: false) : "long"));
            fs.Add("len=", Number(Math.Min(token.Length, 12)));
            if (char.IsLetter(span[0]) && w.Length > 2)
            {
                fs.Add("p3=", w.AsSpan(0, 3));
                fs.Add("s3=", w.AsSpan(w.Length - 3));
                fs.Add("s2=", w.AsSpan(w.Length - 2));
            }
            if (token.LineStart)
            {
                fs.Add("ls");
            }
            // Glued to the previous/next token (no blank between): '9/12', 'x5-1234', 'O'Brien'.
            bool gluedPrev = i > 0 && tokens[i - 1].Start + tokens[i - 1].Length == token.Start;
            bool gluedNext = i + 1 < n && token.Start + token.Length == tokens[i + 1].Start;
            fs.Add("g=", (gluedPrev ? "1" : "0"), (gluedNext ? "1" : "0"));
            fs.Add("lh=", lineHead[i]);
            // The nearest colon before the token on its line: a label ('Attending: ...').
            for (int j = i - 1; j >= 0 && j >= i - 6; j--)
            {
                if (lower[j] == ":")
                {
                    fs.Add("lbl=", W(j - 1));
                    fs.Add("lbld=", Number(i - j));
                    break;
                }
                if (tokens[j + 1].LineStart)
                {
                    break;
                }
            }
            fs.Add("w-1=", W(i - 1));
            fs.Add("w+1=", W(i + 1));
            fs.Add("w-2=", W(i - 2));
            fs.Add("w+2=", W(i + 2));
            fs.Add("w-1w=", W(i - 1), "|", w);
            fs.Add("ww+1=", w, "|", W(i + 1));
            fs.Add("w-2w-1=", W(i - 2), "|", W(i - 1));
            fs.Add("s-1=", S(i - 1));
            fs.Add("s+1=", S(i + 1));
            fs.Add("s-1s+1=", S(i - 1), "|", shapes[i], "|", S(i + 1));
            fs.Add("s-2s-1=", S(i - 2), "|", S(i - 1), "|", shapes[i]);
            fs.Add("ss+1s+2=", shapes[i], "|", S(i + 1), "|", S(i + 2));
            if (char.IsDigit(span[0]))
            {
                fs.Add("nd=", Number(Math.Min(token.Length, 12)));
            }
            if (_options.Lexicon)
            {
                var e = lex[i];
                string lexClass = LexClass(e);
                fs.Add("lx=", lexClass);
                fs.Add("lxs=", lexClass, "|", shapes[i]);
                fs.Add("G=" , Number(e.Given));
                fs.Add("S=" , Number(e.Surname));
                fs.Add("E=" , Number(e.English));
                fs.Add("P=" , Number(e.Place));
                fs.Add("lx-1=", (i > 0 ? Coarse(lex[i - 1]) : "<s>"));
                fs.Add("lx+1=", (i + 1 < n ? Coarse(lex[i + 1]) : "</s>"));
                fs.Add("lx-1w=", (i > 0 ? Coarse(lex[i - 1]) : "<s>"), "|", Coarse(e), "|", W(i - 1));
            }
            if (_options.Rules && rules is not null)
            {
                fs.Add("r=", ruleType[i]);
                fs.Add("rr=", ruleName[i]);
                fs.Add("r-1=", R(i - 1));
                fs.Add("r+1=", R(i + 1));
                fs.Add("r-1r+1=", R(i - 1), "|", ruleType[i], "|", R(i + 1));
                fs.Add("rsh=", ruleType[i], "|", shapes[i]);
            }
            onToken(i);
        }
    }

    private static readonly string[] Numbers = [.. Enumerable.Range(0, 64).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static string Number(int value) => Numbers[value];

    internal static int Packed(LexiconEntry e) => (e.Given << 6) | (e.Surname << 4) | (e.English << 2) | e.Place;

    internal static readonly string[] LexClasses = [.. Enumerable.Range(0, 256).Select(p => $"{p >> 6}{(p >> 4) & 3}{(p >> 2) & 3}{p & 3}")];

    internal static readonly string[] CoarseClasses = [.. Enumerable.Range(0, 256).Select(p => CoarseOf(new LexiconEntry((byte)(p >> 6), (byte)((p >> 4) & 3), (byte)((p >> 2) & 3), (byte)(p & 3))))];

    internal static string LexClass(LexiconEntry e) => LexClasses[Packed(e)];

    internal static string Coarse(LexiconEntry e) => CoarseClasses[Packed(e)];

    private static string CoarseOf(LexiconEntry e) =>
        (e.Given >= 2 || e.Surname >= 2 ? "N" : e.IsName() ? "n" : "-") + (e.English >= 2 ? "E" : e.English == 1 ? "e" : "-") + (e.Place >= 1 ? "P" : "-");

    private int[] Ids(List<string> names)
    {
        var ids = new List<int>(names.Count);
        foreach (string name in names)
        {
            if (_features.TryGetValue(name, out int id))
            {
                ids.Add(id);
            }
            else if (!_frozen)
            {
                id = _features.Count;
                _features[name] = id;
                ids.Add(id);
            }
        }
        return [.. ids];
    }

    private int LabelOf(string name)
    {
        int index = _labels.IndexOf(name);
        if (index < 0)
        {
            _labels.Add(name);
            index = _labels.Count - 1;
        }
        return index;
    }

    private static string GoldLabel(PhiLabelledDocument document, Token token)
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

    // ---------- training ----------

    private sealed record Sequence(int[][] Features, int[] Gold);

    public void Train(IReadOnlyList<PhiLabelledDocument> documents, Func<string, IReadOnlyList<PhiFinding>> rules, int epochs, int seed)
    {
        var random = new Random(seed);
        var sequences = new List<Sequence>(documents.Count);
        foreach (var document in documents)
        {
            var tokens = Tokenize(document.Text);
            bool hide = _options.RuleDropout > 0 && random.NextDouble() < _options.RuleDropout;
            var features = new int[tokens.Count][];
            var writer = new FeatureWriter(hashing: false);
            Extract(document.Text, tokens, rules(document.Text), hide, writer, i => features[i] = Ids(writer.Names));
            var gold = tokens.Select(t => LabelOf(GoldLabel(document, t))).ToArray();
            sequences.Add(new Sequence(features, gold));
        }
        // The label-history features, one per label (pair), registered before the weights are sized.
        foreach (string a in _labels.Append("<s>"))
        {
            Ids(["L1=" + a]);
            foreach (string b in _labels.Append("<s>"))
            {
                Ids(["L2=" + a + "|" + b]);
            }
        }
        _frozen = true;
        foreach (var (name, id) in _features)
        {
            if (!_hashed.TryAdd(FeatureWriter.HashOf(name), id))
            {
                throw new InvalidOperationException("64-bit feature hash collision: " + name);
            }
        }
        int labels = _labels.Count;
        _weights = new float[_features.Count * labels];
        var accumulated = new float[_weights.Length];
        var scores = new float[labels];
        long step = 1;
        var order = Enumerable.Range(0, sequences.Count).ToArray();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var sequence = sequences[index];
                int p1 = -1, p2 = -1;
                for (int i = 0; i < sequence.Gold.Length; i++)
                {
                    int h1 = HistoryFeature(p1);
                    int h2 = HistoryFeature(p2, p1);
                    Score(sequence.Features[i], h1, h2, scores);
                    int predicted = ArgMax(scores);
                    int gold = sequence.Gold[i];
                    if (predicted != gold)
                    {
                        Update(sequence.Features[i], h1, h2, gold, predicted, step, accumulated);
                    }
                    p2 = p1;
                    p1 = predicted;
                    step++;
                }
            }
        }
        for (int i = 0; i < _weights.Length; i++)
        {
            _weights[i] -= accumulated[i] / step;
        }
    }

    private int[]? _history1;
    private int[]? _history2;

    /// <summary>The feature id of the previous label (-1 = none), from a table filled on first use.</summary>
    private int HistoryFeature(int previous)
    {
        _history1 ??= [.. Enumerable.Range(-1, _labels.Count + 1).Select(p => _features["L1=" + (p < 0 ? "<s>" : _labels[p])])];
        return _history1[previous + 1];
    }

    private int HistoryFeature(int beforePrevious, int previous)
    {
        int width = _labels.Count + 1;
        _history2 ??= [.. Enumerable.Range(0, width * width).Select(k => _features["L2=" + (k / width == 0 ? "<s>" : _labels[k / width - 1]) + "|" + (k % width == 0 ? "<s>" : _labels[k % width - 1])])];
        return _history2[(beforePrevious + 1) * width + previous + 1];
    }

    private void Score(int[] features, int h1, int h2, float[] scores)
    {
        int labels = _labels.Count;
        Array.Clear(scores);
        foreach (int f in features)
        {
            Add(f);
        }
        Add(h1);
        Add(h2);

        void Add(int f)
        {
            int offset = f * labels;
            for (int l = 0; l < labels; l++)
            {
                scores[l] += _weights[offset + l];
            }
        }
    }

    private void Update(int[] features, int h1, int h2, int gold, int predicted, long step, float[] accumulated)
    {
        int labels = _labels.Count;
        foreach (int f in features)
        {
            Change(f);
        }
        Change(h1);
        Change(h2);

        void Change(int f)
        {
            _weights[f * labels + gold] += 1;
            _weights[f * labels + predicted] -= 1;
            accumulated[f * labels + gold] += step;
            accumulated[f * labels + predicted] -= step;
        }
    }

    private static int ArgMax(float[] scores)
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

    // ---------- tagging ----------

    /// <summary>
    /// The tagger's findings: runs of tokens with the same type, not crossing a line. <paramref name="margin"/> &gt; 0
    /// keeps a token as PHI only when its best type beats O by that much.
    /// </summary>
    public List<PhiFinding> Tag(string text, IReadOnlyList<PhiFinding>? rules, double margin = 0, bool fast = true)
    {
        var tokens = Tokenize(text);
        var scores = new float[_labels.Count];
        var predicted = new int[tokens.Count];
        var ids = new List<int>(64);
        int p1 = -1, p2 = -1;
        var writer = new FeatureWriter(hashing: fast);
        Extract(text, tokens, rules, hideRules: false, writer, i =>
        {
            int[] features;
            if (fast)
            {
                ids.Clear();
                foreach (ulong hash in writer.Hashes)
                {
                    if (_hashed.TryGetValue(hash, out int id))
                    {
                        ids.Add(id);
                    }
                }
                features = [.. ids];
            }
            else
            {
                features = Ids(writer.Names);
            }
            Score(features, HistoryFeature(p1), HistoryFeature(p2, p1), scores);
            int best = ArgMax(scores);
            if (best != 0 && scores[best] - scores[0] < margin)
            {
                best = 0;
            }
            predicted[i] = best;
            p2 = p1;
            p1 = best;
        });
        return TaggedRuns.ToFindings(text, tokens, predicted, label => Enum.Parse<PhiType>(_labels[label]));
    }

    /// <summary>The same model, for the fast tagging path (<see cref="FastTagger"/>).</summary>
    public FastTagger ToFastTagger()
    {
        int width = _labels.Count + 1;
        int[] history1 = [.. Enumerable.Range(-1, width).Select(p => HistoryFeature(p))];
        int[] history2 = [.. Enumerable.Range(0, width * width).Select(k => HistoryFeature(k / width - 1, k % width - 1))];
        return new FastTagger(new FlatModel(_features, _weights, _labels.Count, history1, history2), _labels, _options);
    }

    /// <summary>The model as it would ship: feature names and their non-zero weights, gzipped.</summary>
    public long SerializedBytes()
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            int labels = _labels.Count;
            writer.Write(string.Join('\t', _labels));
            foreach (var (name, id) in _features.OrderBy(p => p.Value))
            {
                int nonZero = 0;
                for (int l = 0; l < labels; l++)
                {
                    nonZero += _weights[id * labels + l] != 0 ? 1 : 0;
                }
                if (nonZero == 0)
                {
                    continue;
                }
                writer.Write(name);
                writer.Write((byte)nonZero);
                for (int l = 0; l < labels; l++)
                {
                    if (_weights[id * labels + l] != 0)
                    {
                        writer.Write((byte)l);
                        writer.Write((Half)_weights[id * labels + l]);
                    }
                }
            }
        }
        return memory.Length;
    }
}

/// <summary>
/// Receives the features of one token as parts of their names: joins them (training) or hashes them with 64-bit
/// FNV-1a without building the string (tagging); the hash of the parts equals <see cref="HashOf"/> of the joined name.
/// </summary>
internal sealed class FeatureWriter(bool hashing)
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public List<string> Names { get; } = new(64);

    public List<ulong> Hashes { get; } = new(64);

    public void Clear()
    {
        Names.Clear();
        Hashes.Clear();
    }

    public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default,
        ReadOnlySpan<char> e = default, ReadOnlySpan<char> f = default, ReadOnlySpan<char> g = default)
    {
        if (hashing)
        {
            ulong h = Fnv(Fnv(Fnv(Fnv(Fnv(Fnv(Fnv(Offset, a), b), c), d), e), f), g);
            Hashes.Add(h);
        }
        else
        {
            Names.Add(string.Concat(string.Concat(a, b, c, d), string.Concat(e, f, g)));
        }
    }

    public static ulong HashOf(string name) => Fnv(Offset, name);

    private static ulong Fnv(ulong hash, ReadOnlySpan<char> part)
    {
        foreach (char ch in part)
        {
            hash = (hash ^ ch) * Prime;
        }
        return hash;
    }
}
