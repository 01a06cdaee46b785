namespace MedDocs.Evaluation;

/// <summary>One labelled identifier in an evaluation document (0-based, end-exclusive offsets).</summary>
public sealed record PhiGoldSpan(PhiType Type, int Start, int Length, string Text)
{
    public int End => Start + Length;

    public bool Overlaps(PhiFinding finding) => Start < finding.End && finding.Start < End;
}
