namespace MedDocs.Core.Phi;

/// <summary>Collects rule findings for one text, cutting <see cref="PhiFinding.Text"/> from the exact offsets.</summary>
internal sealed class FindingSink(string text)
{
    private readonly List<PhiFinding> _findings = [];

    public string Text { get; } = text;

    public List<PhiFinding> Findings => _findings;

    public void Add(PhiType type, int start, int length, double confidence, string rule)
    {
        if (length <= 0)
        {
            return;
        }
        _findings.Add(new PhiFinding(type, Text.Substring(start, length), start, length, confidence, PhiFinding.RulesEngine, rule));
    }
}
