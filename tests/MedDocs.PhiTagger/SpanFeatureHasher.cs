using System.Runtime.InteropServices;
using MedDocs.Core.Phi;

namespace MedDocs.PhiTagger;

/// <summary>
/// The same static features as <see cref="TokenTagger"/>'s extraction, in the same order, but as FNV-1a hashes of
/// their names computed straight from spans: the note is lower-cased and shaped once into reused char buffers, the
/// lexicon and rules are looked up once per token, and fixed name prefixes are hashed once per process.
/// </summary>
/// <remarks>Not thread-safe: the buffers are reused from note to note (a product version keeps one per thread).</remarks>
internal sealed class SpanFeatureHasher(FeatureOptions options)
{
    // Feature name prefixes, hashed once. A feature's hash continues from its prefix's hash over its value parts.
    private static readonly ulong Bias = Fnv1a.Of("b"), LineStartFeature = Fnv1a.Of("ls");
    private static readonly ulong Word = Fnv1a.Of("w="), Shape = Fnv1a.Of("sh="), FullShape = Fnv1a.Of("shl=");
    private static readonly ulong Prefix3 = Fnv1a.Of("p3="), Suffix3 = Fnv1a.Of("s3="), Suffix2 = Fnv1a.Of("s2=");
    private static readonly ulong LineHead = Fnv1a.Of("lh="), Label = Fnv1a.Of("lbl=");
    private static readonly ulong WordBefore = Fnv1a.Of("w-1="), WordAfter = Fnv1a.Of("w+1="), Word2Before = Fnv1a.Of("w-2="), Word2After = Fnv1a.Of("w+2=");
    private static readonly ulong BigramBefore = Fnv1a.Of("w-1w="), BigramAfter = Fnv1a.Of("ww+1="), Bigram2Before = Fnv1a.Of("w-2w-1=");
    private static readonly ulong ShapeBefore = Fnv1a.Of("s-1="), ShapeAfter = Fnv1a.Of("s+1=");
    private static readonly ulong ShapesAround = Fnv1a.Of("s-1s+1="), ShapesBefore = Fnv1a.Of("s-2s-1="), ShapesAfter = Fnv1a.Of("ss+1s+2=");
    private static readonly ulong LexShape = Fnv1a.Of("lxs="), CoarseBefore = Fnv1a.Of("lx-1="), CoarseAfter = Fnv1a.Of("lx+1="), CoarseWord = Fnv1a.Of("lx-1w=");
    private static readonly ulong RuleType = Fnv1a.Of("r="), RuleName = Fnv1a.Of("rr="), RuleBefore = Fnv1a.Of("r-1="), RuleAfter = Fnv1a.Of("r+1=");
    private static readonly ulong RulesAround = Fnv1a.Of("r-1r+1="), RuleShape = Fnv1a.Of("rsh=");

    // Features whose whole name comes from a small set: hashed once per value.
    private static readonly ulong[] Lengths = NumberFeatures("len=", 13), DigitRuns = NumberFeatures("nd=", 13), LabelDistances = NumberFeatures("lbld=", 7);
    private static readonly ulong[] Given = NumberFeatures("G=", 4), Surname = NumberFeatures("S=", 4), English = NumberFeatures("E=", 4), Place = NumberFeatures("P=", 4);
    private static readonly ulong[] Glued = [Fnv1a.Of("g=00"), Fnv1a.Of("g=01"), Fnv1a.Of("g=10"), Fnv1a.Of("g=11")];
    private static readonly ulong[] LexClass = [.. TokenTagger.LexClasses.Select(c => Fnv1a.Of("lx=" + c))];
    private static readonly string[] TypeNames = [.. Enum.GetValues<PhiType>().Select(t => t.ToString())];

    private readonly List<ulong> _features = new(64);
    private string _text = "";
    private List<Token> _tokens = [];
    private char[] _lower = [];
    private char[] _shapes = [];
    private int[] _shapeStart = [];
    private int[] _shapeLength = [];
    private LexiconEntry[] _lexicon = [];
    private string[] _ruleType = [];
    private string[] _ruleName = [];
    private int[] _lineHead = [];
    private bool _rules;

    /// <summary>The hashes of the current token's features, in emission order.</summary>
    public ReadOnlySpan<ulong> Features => CollectionsMarshal.AsSpan(_features);

    /// <summary>Computes the per-token values (lower case, shape, lexicon, rule finding, line head) of one note.</summary>
    public void Prepare(string text, List<Token> tokens, IReadOnlyList<PhiFinding>? rules)
    {
        _text = text;
        _tokens = tokens;
        int n = tokens.Count;
        Grow(ref _lower, text.Length);
        Grow(ref _shapes, text.Length);
        Grow(ref _shapeStart, n);
        Grow(ref _shapeLength, n);
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
            span.ToLowerInvariant(_lower.AsSpan(token.Start, token.Length));
            _shapeStart[i] = token.Start;
            _shapeLength[i] = CollapsedShape(span, _shapes.AsSpan(token.Start, token.Length));
            _lexicon[i] = options.Lexicon && char.IsLetter(span[0]) ? PhiLexicon.Shared.Lookup(span) : default;
            if (token.LineStart)
            {
                head = i;
            }
            _lineHead[i] = head;
            _ruleType[i] = "-";
            _ruleName[i] = "-";
        }
        _rules = options.Rules && rules is not null;
        if (_rules)
        {
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
                    _ruleName[i] = rules[f].Rule ?? "?";
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
        f.Add(Bias);
        f.Add(Fnv1a.Then(Word, w));
        f.Add(Fnv1a.Then(Shape, sh));
        f.Add(token.Length <= 8 ? Fnv1a.Then(FullShape, FullShapeOf(span, stackalloc char[8])) : Fnv1a.Then(FullShape, "long"));
        f.Add(Lengths[Math.Min(token.Length, 12)]);
        if (char.IsLetter(span[0]) && w.Length > 2)
        {
            f.Add(Fnv1a.Then(Prefix3, w[..3]));
            f.Add(Fnv1a.Then(Suffix3, w[^3..]));
            f.Add(Fnv1a.Then(Suffix2, w[^2..]));
        }
        if (token.LineStart)
        {
            f.Add(LineStartFeature);
        }
        bool gluedPrev = i > 0 && tokens[i - 1].Start + tokens[i - 1].Length == token.Start;
        bool gluedNext = i + 1 < n && token.Start + token.Length == tokens[i + 1].Start;
        f.Add(Glued[(gluedPrev ? 2 : 0) + (gluedNext ? 1 : 0)]);
        f.Add(Fnv1a.Then(LineHead, _lineHead[i] < 0 ? "" : W(_lineHead[i])));
        // The nearest colon before the token on its line: a label ('Attending: ...').
        for (int j = i - 1; j >= 0 && j >= i - 6; j--)
        {
            if (tokens[j].Length == 1 && _text[tokens[j].Start] == ':')
            {
                f.Add(Fnv1a.Then(Label, W(j - 1)));
                f.Add(LabelDistances[i - j]);
                break;
            }
            if (tokens[j + 1].LineStart)
            {
                break;
            }
        }
        f.Add(Fnv1a.Then(WordBefore, W(i - 1)));
        f.Add(Fnv1a.Then(WordAfter, W(i + 1)));
        f.Add(Fnv1a.Then(Word2Before, W(i - 2)));
        f.Add(Fnv1a.Then(Word2After, W(i + 2)));
        f.Add(Joined(BigramBefore, W(i - 1), w));
        f.Add(Joined(BigramAfter, w, W(i + 1)));
        f.Add(Joined(Bigram2Before, W(i - 2), W(i - 1)));
        f.Add(Fnv1a.Then(ShapeBefore, S(i - 1)));
        f.Add(Fnv1a.Then(ShapeAfter, S(i + 1)));
        f.Add(Joined(ShapesAround, S(i - 1), sh, S(i + 1)));
        f.Add(Joined(ShapesBefore, S(i - 2), S(i - 1), sh));
        f.Add(Joined(ShapesAfter, sh, S(i + 1), S(i + 2)));
        if (char.IsDigit(span[0]))
        {
            f.Add(DigitRuns[Math.Min(token.Length, 12)]);
        }
        if (options.Lexicon)
        {
            var e = _lexicon[i];
            string coarseBefore = i > 0 ? TokenTagger.Coarse(_lexicon[i - 1]) : "<s>";
            f.Add(LexClass[TokenTagger.Packed(e)]);
            f.Add(Joined(LexShape, TokenTagger.LexClass(e), sh));
            f.Add(Given[e.Given]);
            f.Add(Surname[e.Surname]);
            f.Add(English[e.English]);
            f.Add(Place[e.Place]);
            f.Add(Fnv1a.Then(CoarseBefore, coarseBefore));
            f.Add(Fnv1a.Then(CoarseAfter, i + 1 < n ? TokenTagger.Coarse(_lexicon[i + 1]) : "</s>"));
            f.Add(Joined(CoarseWord, coarseBefore, TokenTagger.Coarse(e), W(i - 1)));
        }
        if (_rules)
        {
            string ruleType = _ruleType[i];
            f.Add(Fnv1a.Then(RuleType, ruleType));
            f.Add(Fnv1a.Then(RuleName, _ruleName[i]));
            f.Add(Fnv1a.Then(RuleBefore, R(i - 1)));
            f.Add(Fnv1a.Then(RuleAfter, R(i + 1)));
            f.Add(Joined(RulesAround, R(i - 1), ruleType, R(i + 1)));
            f.Add(Joined(RuleShape, ruleType, sh));
        }
    }

    // The lower-cased word of token i, or the sentence-boundary words.
    private ReadOnlySpan<char> W(int i) =>
        i < 0 ? "<s>" : i >= _tokens.Count ? "</s>" : _lower.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private ReadOnlySpan<char> S(int i) =>
        i < 0 ? "<s>" : i >= _tokens.Count ? "</s>" : _shapes.AsSpan(_shapeStart[i], _shapeLength[i]);

    private string R(int i) => i < 0 || i >= _tokens.Count ? "<>" : _ruleType[i];

    /// <summary>The hash of prefix + a + "|" + b (+ "|" + c): the joined names of the string path.</summary>
    private static ulong Joined(ulong prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Fnv1a.Then(Fnv1a.Then(Fnv1a.Then(prefix, a), '|'), b);

    private static ulong Joined(ulong prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) =>
        Fnv1a.Then(Fnv1a.Then(Joined(prefix, a, b), '|'), c);

    private static char ShapeOf(char c) => char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;

    /// <summary>Writes the shape with repeats collapsed ('Smith' → 'Xx') and returns its length.</summary>
    private static int CollapsedShape(ReadOnlySpan<char> word, Span<char> into)
    {
        int length = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char s = ShapeOf(c);
            if (s != last)
            {
                into[length++] = s;
            }
            last = s;
        }
        return length;
    }

    private static ReadOnlySpan<char> FullShapeOf(ReadOnlySpan<char> word, Span<char> into)
    {
        for (int k = 0; k < word.Length; k++)
        {
            into[k] = ShapeOf(word[k]);
        }
        return into[..word.Length];
    }

    private static ulong[] NumberFeatures(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(v => Fnv1a.Of(prefix + v.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new T[Math.Max(length, buffer.Length * 2)];
        }
    }
}
