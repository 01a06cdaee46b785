namespace MedDocs.Core.Phi;

/// <summary>
/// Turns findings from any engines (rules, LLM) into one sorted list without overlaps. Where findings
/// overlap, the more specific type wins (SSN over Other, MRN over account, Fax over Phone, Date over
/// Other …); on equal types the higher confidence, then the longer span. The parts of a losing finding
/// that stick out beyond the winners are kept as findings of their own, so merging never uncovers text
/// that some engine flagged.
/// </summary>
public static class PhiMerger
{
    public static IReadOnlyList<PhiFinding> Merge(IEnumerable<PhiFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        // (finding, arrival index): List.Sort is unstable, the index keeps equal findings in arrival order as OrderBy did.
        var sorted = new List<(PhiFinding Finding, int Index)>(findings.TryGetNonEnumeratedCount(out int count) ? count : 16);
        foreach (var f in findings)
        {
            if (f.Length > 0)
            {
                sorted.Add((f, sorted.Count));
            }
        }
        sorted.Sort(static (a, b) =>
        {
            int order = a.Finding.Start.CompareTo(b.Finding.Start);
            if (order == 0)
            {
                order = b.Finding.End.CompareTo(a.Finding.End);
            }
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        var result = new List<PhiFinding>(sorted.Count);
        var cluster = new List<PhiFinding>();
        int clusterEnd = -1;
        foreach (var (finding, _) in sorted)
        {
            if (cluster.Count > 0 && finding.Start >= clusterEnd)
            {
                ResolveCluster(cluster, result);
                cluster.Clear();
            }
            cluster.Add(finding);
            clusterEnd = Math.Max(clusterEnd, finding.End);
        }
        ResolveCluster(cluster, result);
        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>
    /// Hybrid mode: every finding of <paramref name="floor"/> (the rules engine's, already merged) is kept as it is —
    /// same type, offsets and confidence — and <paramref name="additions"/> (a model's) only add the parts of the text
    /// that no floor finding covers. So the model can widen and extend what the rules found but never remove or
    /// relabel it: the rules' recall is a floor the hybrid result never falls below.
    /// </summary>
    public static IReadOnlyList<PhiFinding> MergeAdditions(IReadOnlyList<PhiFinding> floor, IEnumerable<PhiFinding> additions)
    {
        ArgumentNullException.ThrowIfNull(floor);
        ArgumentNullException.ThrowIfNull(additions);
        var kept = Merge(floor);
        var result = new List<PhiFinding>(kept);
        foreach (var addition in Merge(additions))
        {
            var overlapping = new List<PhiFinding>();
            foreach (var f in kept)
            {
                if (f.Overlaps(addition))
                {
                    overlapping.Add(f);
                }
            }
            result.AddRange(UncoveredPieces(addition, overlapping));
        }
        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>Higher wins an overlap. Identifiers with a narrow meaning rank above broad ones.</summary>
    public static int Specificity(PhiType type) => type switch
    {
        PhiType.Ssn => 100,
        PhiType.Mrn => 95,
        PhiType.HealthPlanId => 94,
        PhiType.VehicleId => 93,
        PhiType.DeviceId => 92,
        PhiType.LicenseNumber => 91,
        PhiType.Email => 90,
        PhiType.IpAddress => 89,
        PhiType.Fax => 88,
        PhiType.AccountNumber => 85,
        PhiType.Date => 84,
        PhiType.Age => 83,
        PhiType.Phone => 80,
        PhiType.Url => 75,
        PhiType.Zip => 70,
        PhiType.Location => 60,
        PhiType.Name => 50,
        PhiType.Year => 5,
        _ => 10,
    };

    private static void ResolveCluster(List<PhiFinding> cluster, List<PhiFinding> result)
    {
        if (cluster.Count == 1)
        {
            result.Add(cluster[0]);
            return;
        }
        var byPriority = new List<(PhiFinding Finding, int Index)>(cluster.Count);
        foreach (var f in cluster)
        {
            byPriority.Add((f, byPriority.Count));
        }
        byPriority.Sort(static (a, b) =>
        {
            int order = Specificity(b.Finding.Type).CompareTo(Specificity(a.Finding.Type));
            if (order == 0)
            {
                order = b.Finding.Confidence.CompareTo(a.Finding.Confidence);
            }
            if (order == 0)
            {
                order = b.Finding.Length.CompareTo(a.Finding.Length);
            }
            if (order == 0)
            {
                order = a.Finding.Start.CompareTo(b.Finding.Start);
            }
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        var accepted = new List<PhiFinding>(cluster.Count);
        foreach (var (candidate, _) in byPriority)
        {
            foreach (var piece in UncoveredPieces(candidate, accepted))
            {
                accepted.Add(piece);
            }
        }
        result.AddRange(accepted);
    }

    /// <summary>The parts of <paramref name="candidate"/> not covered by <paramref name="accepted"/>, trimmed, each still holding a letter or digit.</summary>
    private static List<PhiFinding> UncoveredPieces(PhiFinding candidate, List<PhiFinding> accepted)
    {
        var overlapping = new List<(PhiFinding Finding, int Index)>();
        foreach (var a in accepted)
        {
            if (candidate.Overlaps(a))
            {
                overlapping.Add((a, overlapping.Count));
            }
        }
        overlapping.Sort(static (a, b) =>
        {
            int order = a.Finding.Start.CompareTo(b.Finding.Start);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        if (overlapping.Count == 0)
        {
            return [candidate];
        }
        var pieces = new List<PhiFinding>();
        int cursor = candidate.Start;
        foreach (var (blocker, _) in overlapping)
        {
            AddPiece(candidate, cursor, blocker.Start, pieces);
            cursor = Math.Max(cursor, blocker.End);
        }
        AddPiece(candidate, cursor, candidate.End, pieces);
        return pieces;
    }

    private static void AddPiece(PhiFinding source, int start, int end, List<PhiFinding> pieces)
    {
        start = Math.Max(start, source.Start);
        end = Math.Min(end, source.End);
        while (start < end && IsTrimmable(source.Text[start - source.Start]))
        {
            start++;
        }
        while (end > start && IsTrimmable(source.Text[end - 1 - source.Start]))
        {
            end--;
        }
        if (end - start < 2)
        {
            return;
        }
        var text = source.Text.Substring(start - source.Start, end - start);
        if (!text.AsSpan().ContainsAnyExcept(Separators))
        {
            return;
        }
        pieces.Add(source with { Text = text, Start = start, Length = end - start });
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" \t\r\n,;:.-/()#");

    private static bool IsTrimmable(char c) => char.IsWhiteSpace(c) || c is ',' or ';' or ':' or '.' or '-' or '/' or '(' or ')' or '#';
}
