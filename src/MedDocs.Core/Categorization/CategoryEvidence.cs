namespace MedDocs.Core.Categorization;

/// <summary>
/// The cues found for one category in one document (per call, never shared), and the score and reason they make.
/// Reason parts are our own cue labels, never document text.
/// </summary>
internal sealed class CategoryEvidence
{
    private readonly List<(string ReasonText, double Weight)> _titles = [];
    private readonly Dictionary<string, (double Weight, int Count)> _terms = new(StringComparer.Ordinal);
    private readonly List<(string Token, double Weight)> _fileNameTokens = [];
    private readonly List<(string ReasonText, double Weight)> _layouts = [];
    private double _vocabularyFactor = 1.0;

    public void AddTitle(string reasonText, double weight)
    {
        var existing = _titles.FindIndex(t => t.ReasonText == reasonText);
        if (existing < 0)
        {
            _titles.Add((reasonText, weight));
        }
    }

    public void AddTerm(string label, double weight)
    {
        _terms[label] = _terms.TryGetValue(label, out var seen) ? (Math.Max(seen.Weight, weight), seen.Count + 1) : (weight, 1);
    }

    public void AddFileName(string token, double weight) => _fileNameTokens.Add((token, weight));

    /// <summary>A layout this category owns, e.g. "letter layout (a salutation and a complimentary close)".</summary>
    public void AddLayout(string reasonText, double weight) => _layouts.Add((reasonText, weight));

    /// <summary>
    /// The layout says this category's words are only mentions (see <see cref="LayoutWeighing"/>): heading cues become
    /// plain terms, as deep in a body, and all words are scaled by the factor. A factor of 1 changes nothing.
    /// </summary>
    public void DiscountVocabulary(double factor)
    {
        if (factor >= 1)
        {
            return;
        }

        _vocabularyFactor = factor;
        foreach (var (reasonText, weight) in _titles)
        {
            AddTerm(reasonText, Math.Min(1.0, weight / 2));
        }
        _titles.Clear();
    }

    public double Score(double saturationK, double bodyCeiling, double fileNameCeiling)
    {
        var titles = _titles.Sum(t => t.Weight);
        var bodyRaw = _terms.Values.Sum(t => t.Weight * t.Count * (saturationK + 1) / (t.Count + saturationK));
        var body = bodyCeiling * (1 - Math.Exp(-bodyRaw / bodyCeiling));
        var fileName = Math.Min(fileNameCeiling, _fileNameTokens.Sum(t => t.Weight));
        return (titles + body) * _vocabularyFactor + _layouts.Sum(l => l.Weight) + fileName;
    }

    /// <summary>One sentence, e.g. "Title 'DISCHARGE SUMMARY' and six clinical terms." or "Letter layout (a salutation, a complimentary close) and four evidence terms."</summary>
    public string Reason(string termNoun)
    {
        var parts = new List<string>(5);
        parts.AddRange(_layouts.OrderByDescending(l => l.Weight).Select(l => l.ReasonText));

        if (_titles.Count > 0)
        {
            var strongest = _titles.OrderByDescending(t => t.Weight).First().ReasonText;
            parts.Add(_titles.Count == 1 ? strongest : $"{strongest} with {NumberWords.Count(_titles.Count - 1, "more heading cue")}");
        }

        if (_terms.Count > 0)
        {
            parts.Add(NumberWords.Count(_terms.Count, termNoun));
        }

        if (_fileNameTokens.Count > 0)
        {
            parts.Add($"file name cue '{_fileNameTokens.OrderByDescending(t => t.Weight).First().Token}'");
        }

        var sentence = parts.Count switch
        {
            1 => parts[0],
            2 => $"{parts[0]} and {parts[1]}",
            _ => $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}",
        };
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }
}
