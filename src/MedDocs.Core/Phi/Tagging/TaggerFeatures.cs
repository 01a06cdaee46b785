using System.Runtime.InteropServices;

namespace MedDocs.Core.Phi.Tagging;

/// <summary>
/// The tagger's features of each token (about 45: the word, its shape, affixes and neighbours, line position, the label
/// before a colon, <see cref="PhiLexicon"/> levels, and the rules engine's findings around it), as 64-bit hashes of
/// their names (<see cref="FeatureHash"/>) joined from hashed pieces, never from strings: each token's lower-cased word
/// and shape are hashed once per note, its lexicon entry and rules finding looked up once, and fixed name prefixes and
/// small value sets hashed once per process. Training (<c>tests/MedDocs.Evaluation</c>) and tagging use this one class,
/// so a model always meets the features it was trained on.
/// </summary>
/// <remarks>Not thread-safe: the buffers are reused from note to note (one instance per thread).</remarks>
internal sealed class TaggerFeatures
{
    // Declared first: the hashed tables below are built from these when the class initialises.
    // A lexicon entry's four levels packed in a byte, its class name ('2100': given 2, surname 1, English 0, place 0)
    // and its coarse class ('N-P': a strong name that is also a place).
    private static int Packed(LexiconEntry e) => (e.Given << 6) | (e.Surname << 4) | (e.English << 2) | e.Place;

    private static readonly string[] LexClasses = [.. Enumerable.Range(0, 256).Select(p => $"{p >> 6}{(p >> 4) & 3}{(p >> 2) & 3}{p & 3}")];

    private static readonly string[] CoarseClasses = [.. Enumerable.Range(0, 256).Select(p => CoarseOf(new LexiconEntry((byte)(p >> 6), (byte)((p >> 4) & 3), (byte)((p >> 2) & 3), (byte)(p & 3))))];

    private static string CoarseOf(LexiconEntry e) =>
        (e.Given >= 2 || e.Surname >= 2 ? "N" : e.IsName() ? "n" : "-") + (e.English >= 2 ? "E" : e.English == 1 ? "e" : "-") + (e.Place >= 1 ? "P" : "-");

    // Feature name prefixes, hashed once; a feature's hash is its prefix's joined with its value pieces.
    private static readonly FeatureHash Bias = FeatureHash.Of("b"), LineStartFeature = FeatureHash.Of("ls");
    private static readonly FeatureHash Word = FeatureHash.Of("w="), Shape = FeatureHash.Of("sh="), FullShape = FeatureHash.Of("shl=");
    private static readonly FeatureHash Prefix3 = FeatureHash.Of("p3="), Suffix3 = FeatureHash.Of("s3="), Suffix2 = FeatureHash.Of("s2=");
    private static readonly FeatureHash LineHead = FeatureHash.Of("lh="), Label = FeatureHash.Of("lbl=");
    private static readonly FeatureHash WordBefore = FeatureHash.Of("w-1="), WordAfter = FeatureHash.Of("w+1="), Word2Before = FeatureHash.Of("w-2="), Word2After = FeatureHash.Of("w+2=");
    private static readonly FeatureHash BigramBefore = FeatureHash.Of("w-1w="), BigramAfter = FeatureHash.Of("ww+1="), Bigram2Before = FeatureHash.Of("w-2w-1=");
    private static readonly FeatureHash ShapeBefore = FeatureHash.Of("s-1="), ShapeAfter = FeatureHash.Of("s+1=");
    private static readonly FeatureHash ShapesAround = FeatureHash.Of("s-1s+1="), ShapesBefore = FeatureHash.Of("s-2s-1="), ShapesAfter = FeatureHash.Of("ss+1s+2=");
    private static readonly FeatureHash LexShape = FeatureHash.Of("lxs="), CoarseBefore = FeatureHash.Of("lx-1="), CoarseAfter = FeatureHash.Of("lx+1="), CoarseWord = FeatureHash.Of("lx-1w=");
    private static readonly FeatureHash RuleType = FeatureHash.Of("r="), RuleName = FeatureHash.Of("rr="), RuleBefore = FeatureHash.Of("r-1="), RuleAfter = FeatureHash.Of("r+1=");
    private static readonly FeatureHash RulesAround = FeatureHash.Of("r-1r+1="), RuleShape = FeatureHash.Of("rsh=");

    // Features whose whole name comes from a small set: hashed once per value.
    private static readonly ulong[] Lengths = NumberFeatures("len=", 13), DigitRuns = NumberFeatures("nd=", 13), LabelDistances = NumberFeatures("lbld=", 7);
    private static readonly ulong[] Given = NumberFeatures("G=", 4), Surname = NumberFeatures("S=", 4), English = NumberFeatures("E=", 4), Place = NumberFeatures("P=", 4);
    private static readonly ulong[] Glued = [.. new[] { "g=00", "g=01", "g=10", "g=11" }.Select(name => FeatureHash.Of(name).Value)];
    private static readonly ulong[] LexClassFeature = [.. LexClasses.Select(c => FeatureHash.Of("lx=" + c).Value)];

    // Name pieces from small sets, hashed once: lexicon classes by packed entry, PHI type names, boundaries.
    private static readonly FeatureHash[] LexClass = [.. LexClasses.Select(FeatureHash.Of)];
    private static readonly FeatureHash[] Coarse = [.. Enumerable.Range(0, 256).Select(p => FeatureHash.Of(CoarseClasses[p]))];
    private static readonly FeatureHash[] TypeNames = [.. Enum.GetValues<PhiType>().Select(t => FeatureHash.Of(t.ToString()))];
    private static readonly FeatureHash Start = FeatureHash.Of("<s>"), End = FeatureHash.Of("</s>"), NoRule = FeatureHash.Of("-"), Outside = FeatureHash.Of("<>");
    private static readonly FeatureHash UnnamedRule = FeatureHash.Of("?"), Long = FeatureHash.Of("long"), Blank = FeatureHash.Of("");

    private readonly List<ulong> _features = new(64);
    private string _text = "";
    private List<TaggerToken> _tokens = [];
    private char[] _lower = [];
    private FeatureHash[] _word = [];
    private FeatureHash[] _shape = [];
    private LexiconEntry[] _lexicon = [];
    private FeatureHash[] _ruleType = [];
    private FeatureHash[] _ruleName = [];
    private int[] _lineHead = [];
    private bool _rules;
    private int _ruleFinding;

    /// <summary>The hashes of the current token's features, in emission order.</summary>
    public ReadOnlySpan<ulong> Features => CollectionsMarshal.AsSpan(_features);

    /// <summary>Computes the per-token values (lower case, shape, lexicon, rule finding, line head) of one note.</summary>
    /// <param name="rules">The rules engine's findings on the text, in order of start; null leaves the rule features out
    /// (training hides them in some notes, so that the model also learns evidence of its own).</param>
    public void Prepare(string text, List<TaggerToken> tokens, IReadOnlyList<PhiFinding>? rules)
    {
        _text = text;
        _tokens = tokens;
        int n = tokens.Count;
        Grow(ref _lower, text.Length);
        Grow(ref _word, n);
        Grow(ref _shape, n);
        Grow(ref _lexicon, n);
        Grow(ref _ruleType, n);
        Grow(ref _ruleName, n);
        Grow(ref _lineHead, n);
        int head = -1;
        for (int i = 0; i < n; i++)
        {
            var token = tokens[i];
            var span = text.AsSpan(token.Start, token.Length);
            // Lower-cased per token (not the whole note at once) as string.ToLowerInvariant did: a surrogate pair
            // split into two tokens stays as it was.
            var lower = _lower.AsSpan(token.Start, token.Length);
            span.ToLowerInvariant(lower);
            _word[i] = FeatureHash.Of(lower);
            _shape[i] = CollapsedShape(span);
            _lexicon[i] = char.IsLetter(span[0]) ? PhiLexicon.Shared.Lookup(span) : default;
            if (token.LineStart)
            {
                head = i;
            }
            _lineHead[i] = head;
            _ruleType[i] = NoRule;
            _ruleName[i] = NoRule;
        }
        _rules = rules is not null;
        if (_rules)
        {
            _ruleFinding = -1;
            int f = 0;
            for (int i = 0; i < n; i++)
            {
                while (f < rules!.Count && rules[f].End <= tokens[i].Start)
                {
                    f++;
                }
                if (f < rules.Count && rules[f].Start < tokens[i].Start + tokens[i].Length)
                {
                    _ruleType[i] = TypeNames[(int)rules[f].Type];
                    // Consecutive tokens of one finding share its rule name: hash it once.
                    _ruleName[i] = i > 0 && _ruleFinding == f ? _ruleName[i - 1] : rules[f].Rule is { } rule ? FeatureHash.Of(rule) : UnnamedRule;
                    _ruleFinding = f;
                }
            }
        }
    }

    /// <summary>Fills <see cref="Features"/> with the features of token <paramref name="i"/>.</summary>
    public void Emit(int i)
    {
        var tokens = CollectionsMarshal.AsSpan(_tokens);
        int n = tokens.Length;
        var f = _features;
        f.Clear();
        var token = tokens[i];
        var span = _text.AsSpan(token.Start, token.Length);
        var w = W(i);
        var sh = S(i);
        f.Add(Bias.Value);
        f.Add(Word.Then(w).Value);
        f.Add(Shape.Then(sh).Value);
        f.Add(FullShape.Then(token.Length <= 8 ? FullShapeOf(span) : Long).Value);
        f.Add(Lengths[Math.Min(token.Length, 12)]);
        if (char.IsLetter(span[0]) && token.Length > 2)
        {
            var lower = _lower.AsSpan(token.Start, token.Length);
            f.Add(Prefix3.Then(FeatureHash.Of(lower[..3])).Value);
            f.Add(Suffix3.Then(FeatureHash.Of(lower[^3..])).Value);
            f.Add(Suffix2.Then(FeatureHash.Of(lower[^2..])).Value);
        }
        if (token.LineStart)
        {
            f.Add(LineStartFeature.Value);
        }
        bool gluedPrev = i > 0 && tokens[i - 1].Start + tokens[i - 1].Length == token.Start;
        bool gluedNext = i + 1 < n && token.Start + token.Length == tokens[i + 1].Start;
        f.Add(Glued[(gluedPrev ? 2 : 0) + (gluedNext ? 1 : 0)]);
        f.Add(LineHead.Then(_lineHead[i] < 0 ? Blank : W(_lineHead[i])).Value);
        // The nearest colon before the token on its line: a label ('Attending: ...').
        for (int j = i - 1; j >= 0 && j >= i - 6; j--)
        {
            if (tokens[j].Length == 1 && _text[tokens[j].Start] == ':')
            {
                f.Add(Label.Then(W(j - 1)).Value);
                f.Add(LabelDistances[i - j]);
                break;
            }
            if (tokens[j + 1].LineStart)
            {
                break;
            }
        }
        var wordBefore = W(i - 1);
        var wordAfter = W(i + 1);
        var word2Before = W(i - 2);
        f.Add(WordBefore.Then(wordBefore).Value);
        f.Add(WordAfter.Then(wordAfter).Value);
        f.Add(Word2Before.Then(word2Before).Value);
        f.Add(Word2After.Then(W(i + 2)).Value);
        f.Add(BigramBefore.Then(wordBefore, w).Value);
        f.Add(BigramAfter.Then(w, wordAfter).Value);
        f.Add(Bigram2Before.Then(word2Before, wordBefore).Value);
        var shapeBefore = S(i - 1);
        var shapeAfter = S(i + 1);
        f.Add(ShapeBefore.Then(shapeBefore).Value);
        f.Add(ShapeAfter.Then(shapeAfter).Value);
        f.Add(ShapesAround.Then(shapeBefore, sh, shapeAfter).Value);
        f.Add(ShapesBefore.Then(S(i - 2), shapeBefore, sh).Value);
        f.Add(ShapesAfter.Then(sh, shapeAfter, S(i + 2)).Value);
        if (char.IsDigit(span[0]))
        {
            f.Add(DigitRuns[Math.Min(token.Length, 12)]);
        }
        {
            var e = _lexicon[i];
            int packed = Packed(e);
            var coarseBefore = i > 0 ? Coarse[Packed(_lexicon[i - 1])] : Start;
            f.Add(LexClassFeature[packed]);
            f.Add(LexShape.Then(LexClass[packed], sh).Value);
            f.Add(Given[e.Given]);
            f.Add(Surname[e.Surname]);
            f.Add(English[e.English]);
            f.Add(Place[e.Place]);
            f.Add(CoarseBefore.Then(coarseBefore).Value);
            f.Add(CoarseAfter.Then(i + 1 < n ? Coarse[Packed(_lexicon[i + 1])] : End).Value);
            f.Add(CoarseWord.Then(coarseBefore, Coarse[packed], wordBefore).Value);
        }
        if (_rules)
        {
            var ruleType = _ruleType[i];
            var ruleBefore = R(i - 1);
            var ruleAfter = R(i + 1);
            f.Add(RuleType.Then(ruleType).Value);
            f.Add(RuleName.Then(_ruleName[i]).Value);
            f.Add(RuleBefore.Then(ruleBefore).Value);
            f.Add(RuleAfter.Then(ruleAfter).Value);
            f.Add(RulesAround.Then(ruleBefore, ruleType, ruleAfter).Value);
            f.Add(RuleShape.Then(ruleType, sh).Value);
        }
    }

    /// <summary>The hash of the previous-label feature; a label of -1 is "&lt;s&gt;", before the first token. The model and the trainer both name it here.</summary>
    public static ulong PreviousLabel(IReadOnlyList<string> labels, int previous) => FeatureHash.Of("L1=" + LabelName(labels, previous)).Value;

    /// <summary>The hash of the feature of the two previous labels (-1 = "&lt;s&gt;").</summary>
    public static ulong PreviousLabels(IReadOnlyList<string> labels, int beforePrevious, int previous) =>
        FeatureHash.Of("L2=" + LabelName(labels, beforePrevious) + "|" + LabelName(labels, previous)).Value;

    private static string LabelName(IReadOnlyList<string> labels, int label) => label < 0 ? "<s>" : labels[label];

    // The lower-cased word of token i, or the sentence-boundary words.
    private FeatureHash W(int i) => i < 0 ? Start : i >= _tokens.Count ? End : _word[i];

    private FeatureHash S(int i) => i < 0 ? Start : i >= _tokens.Count ? End : _shape[i];

    private FeatureHash R(int i) => i < 0 || i >= _tokens.Count ? Outside : _ruleType[i];

    private static char ShapeOf(char c) => char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;

    /// <summary>The shape with repeats collapsed ('Smith' → 'Xx').</summary>
    private static FeatureHash CollapsedShape(ReadOnlySpan<char> word)
    {
        var hash = FeatureHash.Empty;
        char last = '\0';
        foreach (char c in word)
        {
            char s = ShapeOf(c);
            if (s != last)
            {
                hash = hash.Then(s);
            }
            last = s;
        }
        return hash;
    }

    private static FeatureHash FullShapeOf(ReadOnlySpan<char> word)
    {
        var hash = FeatureHash.Empty;
        foreach (char c in word)
        {
            hash = hash.Then(ShapeOf(c));
        }
        return hash;
    }

    private static ulong[] NumberFeatures(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(v => FeatureHash.Of(prefix + v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value)];

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new T[Math.Max(length, buffer.Length * 2)];
        }
    }
}
