namespace MedDocs.Evaluation;

/// <summary>Measures findings against gold spans: precision, recall and F1 per type, overall and for any type.</summary>
public static class PhiEvaluator
{
    /// <summary>Runs <paramref name="find"/> on every document and scores the result.</summary>
    public static PhiEvaluation Evaluate(IEnumerable<PhiLabelledDocument> documents, Func<string, IReadOnlyList<PhiFinding>> find)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(find);
        return Evaluate(documents.Select(d => (d, find(d.Text))));
    }

    public static PhiEvaluation Evaluate(IEnumerable<(PhiLabelledDocument Document, IReadOnlyList<PhiFinding> Findings)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var counts = new Dictionary<PhiType, int[]>();
        int[] overall = new int[4];
        int[] anyType = new int[4];
        var errors = new List<PhiEvaluationError>();
        foreach (var (document, findings) in results)
        {
            foreach (var gold in document.Spans)
            {
                bool sameType = findings.Any(f => f.Type == gold.Type && gold.Overlaps(f));
                bool any = sameType || findings.Any(gold.Overlaps);
                Add(counts, gold.Type, 0, 1, 2, sameType ? 1 : 0);
                Count(overall, 0, 2, sameType);
                Count(anyType, 0, 2, any);
                if (!sameType)
                {
                    errors.Add(new PhiEvaluationError(document.Id, Missed: true, gold.Type, gold.Start, gold.Text, null));
                }
            }
            foreach (var finding in findings)
            {
                bool sameType = document.Spans.Any(g => g.Type == finding.Type && g.Overlaps(finding));
                bool any = sameType || document.Spans.Any(g => g.Overlaps(finding));
                Add(counts, finding.Type, 1, 1, 3, sameType ? 1 : 0);
                Count(overall, 1, 3, sameType);
                Count(anyType, 1, 3, any);
                if (!sameType)
                {
                    errors.Add(new PhiEvaluationError(document.Id, Missed: false, finding.Type, finding.Start, finding.Text, finding.Rule));
                }
            }
        }
        var byType = counts.OrderBy(c => c.Key)
            .Select(c => new PhiScore(c.Key.ToString(), c.Value[0], c.Value[1], c.Value[2], c.Value[3]))
            .ToList();
        return new PhiEvaluation(
            byType,
            new PhiScore("(all, same type)", overall[0], overall[1], overall[2], overall[3]),
            new PhiScore("(all, any type)", anyType[0], anyType[1], anyType[2], anyType[3]),
            errors);
    }

    /// <summary>Counts[total] += 1, counts[hit] += hit.</summary>
    private static void Add(Dictionary<PhiType, int[]> counts, PhiType type, int totalIndex, int increment, int hitIndex, int hit)
    {
        if (!counts.TryGetValue(type, out var c))
        {
            counts[type] = c = new int[4];
        }
        c[totalIndex] += increment;
        c[hitIndex] += hit;
    }

    private static void Count(int[] counts, int totalIndex, int hitIndex, bool hit)
    {
        counts[totalIndex]++;
        if (hit)
        {
            counts[hitIndex]++;
        }
    }
}
