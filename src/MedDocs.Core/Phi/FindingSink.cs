namespace MedDocs.Core.Phi;

/// <summary>Collects rule findings for one text, cutting <see cref="PhiFinding.Text"/> from the exact offsets.</summary>
internal sealed class FindingSink(string text, bool includeYears = false)
{
    /// <summary>Whether the opt-in <see cref="PhiType.Year"/> is wanted.</summary>
    public bool IncludeYears { get; } = includeYears;

    private readonly List<PhiFinding> _findings = new(32);

    public string Text { get; } = text;

    /// <summary>True when the text is pure ASCII: only then may <see cref="TextGates"/> skip a pattern.</summary>
    public bool IsAscii => _isAscii ??= System.Text.Ascii.IsValid(Text);

    private bool? _isAscii;

    /// <summary>Number shapes present in the text (computed once, on first use; meaningful for ASCII texts).</summary>
    public NumberShapes Digits => _digits ??= NumberShapes.Of(Text, _digitRunBounds = TakeDigitRunBounds());

    /// <summary>The per-note arrays of one <see cref="PhiRulesEngine.Find"/> (null: allocate them for this sink alone).</summary>
    internal PhiScratch? Scratch { get; init; }

    private List<int> TakeDigitRunBounds()
    {
        if (Scratch is null)
        {
            return new List<int>(64);
        }
        Scratch.DigitRunBounds.Clear();
        return Scratch.DigitRunBounds;
    }

    private NumberShapes? _digits;
    private List<int>? _digitRunBounds;

    /// <summary>
    /// The text's runs of ASCII digits (found with <see cref="Digits"/>, once per text): rules that start at digit runs
    /// step through them with <see cref="DigitRunList.Walk"/> instead of searching the text for digits again.
    /// </summary>
    public DigitRunList DigitRunList
    {
        get
        {
            _ = Digits;
            return _digitRunList ??= new DigitRunList(_digitRunBounds!);
        }
    }

    private DigitRunList? _digitRunList;

    /// <summary>Whether a digit pattern must run: the text is not ASCII, or the shape it needs occurs.</summary>
    public bool MustRun(bool shapeOccurs) => !IsAscii || shapeOccurs;

    public List<PhiFinding> Findings => _findings;

    /// <summary>The runs of ASCII letters of the text (computed once, on first use), walked by the word scans.</summary>
    public LetterRuns LetterRuns => _letterRuns ??= Scratch is null ? LetterRuns.Of(Text) : LetterRuns.Of(Text, Scratch.LetterRunBounds);

    private LetterRuns? _letterRuns;

    /// <summary>The text cut into words, numbers and symbols (computed once, on first use).</summary>
    public TextTokens Tokens => _tokens ??= Scratch is null ? new TextTokens(Text) : new TextTokens(Text, Scratch);

    private TextTokens? _tokens;

    /// <summary>Reuses the tokens another sink of the same text already computed.</summary>
    public void ShareTokens(FindingSink other) => _tokens ??= other._tokens;

    /// <summary>Whether a pattern must run: its gate passed, or the text is not ASCII (gates check ASCII classes only).</summary>
    public bool MustRun(Func<string, bool> gate) => !IsAscii || gate(Text);

    public void Add(PhiType type, int start, int length, double confidence, string rule)
    {
        if (length <= 0)
        {
            return;
        }
        _findings.Add(new PhiFinding(type, Text.Substring(start, length), start, length, confidence, PhiFinding.RulesEngine, rule));
    }
}
