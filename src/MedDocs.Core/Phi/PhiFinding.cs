namespace MedDocs.Core.Phi;

/// <summary>
/// One identifier found in a text. <see cref="Start"/> and <see cref="Length"/> index the scanned string
/// exactly: <c>text.Substring(Start, Length) == Text</c>.
/// </summary>
/// <param name="Type">What kind of identifier this is.</param>
/// <param name="Text">The identifier as it appears in the text.</param>
/// <param name="Start">0-based UTF-16 offset of the first character.</param>
/// <param name="Length">Number of UTF-16 characters.</param>
/// <param name="Confidence">0..1; validated patterns ≥ 0.95, context rules 0.8–0.9, name heuristics 0.6–0.8.</param>
/// <param name="Engine">"rules", "tagger" or "llm".</param>
/// <param name="Rule">The rule that produced the finding (for per-rule counts), or null.</param>
public sealed record PhiFinding(PhiType Type, string Text, int Start, int Length, double Confidence, string Engine, string? Rule)
{
    /// <summary>Engine name of the offline rules engine.</summary>
    public const string RulesEngine = "rules";

    /// <summary>Engine name (and rule name) of the learned token tagger's findings (<see cref="Tagging.PhiTagger"/>).</summary>
    public const string TaggerEngine = "tagger";

    /// <summary>Engine name for findings from a language model.</summary>
    public const string LlmEngine = "llm";

    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the two findings share at least one character.</summary>
    public bool Overlaps(PhiFinding other) => Start < other.End && other.Start < End;
}
