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
        // Taken from the thread while in use, so a findings sequence that merges while it is enumerated gets buffers of its own.
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        int count = scratch.Collect(findings);
        var items = scratch.Items;
        var order = scratch.Order;
        if (!SortByStartThenLongest(items, order, scratch.Keys, count))
        {
            SortByComparison(items, order, count);
        }
        var result = new List<PhiFinding>(count);
        var cluster = scratch.Cluster;
        cluster.Clear();
        int clusterEnd = -1;
        for (int i = 0; i < count; i++)
        {
            var finding = items[order[i]];
            if (cluster.Count > 0 && finding.Start >= clusterEnd)
            {
                ResolveCluster(cluster, result, scratch);
                cluster.Clear();
            }
            cluster.Add(finding);
            clusterEnd = Math.Max(clusterEnd, finding.End);
        }
        ResolveCluster(cluster, result, scratch);
        cluster.Clear();
        Array.Clear(items, 0, count);
        t_scratch = scratch;
        // Clusters come in text order and the pieces of one cluster never overlap, so every start is unique and the list is
        // already what a sort by start gives (ResolveCluster sorts each cluster's pieces).
        return result;
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Per-thread buffers of <see cref="Merge"/>: one note's findings, their sort keys and order, one cluster.</summary>
    private sealed class Scratch
    {
        public PhiFinding[] Items = new PhiFinding[64];
        public int[] Order = new int[64];
        public long[] Keys = new long[64];
        public readonly List<PhiFinding> Cluster = new(16);
        public readonly List<(PhiFinding Finding, int Index)> ByPriority = new(16);
        public readonly List<PhiFinding> Accepted = new(16);
        public readonly List<(PhiFinding Finding, int Index)> Overlapping = new(16);

        /// <summary>Copies the findings with a positive length into <see cref="Items"/>, in arrival order; returns their number.</summary>
        public int Collect(IEnumerable<PhiFinding> findings)
        {
            int count = 0;
            if (findings is List<PhiFinding> list)
            {
                Reserve(list.Count);
                foreach (var f in list)
                {
                    if (f.Length > 0)
                    {
                        Items[count++] = f;
                    }
                }
                return count;
            }
            foreach (var f in findings)
            {
                if (f.Length > 0)
                {
                    Reserve(count + 1);
                    Items[count++] = f;
                }
            }
            return count;
        }

        private void Reserve(int size)
        {
            if (size > Items.Length)
            {
                int length = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)size);
                Array.Resize(ref Items, length);
                Order = new int[length];
                Keys = new long[length];
            }
        }
    }

    private const int InsertionSortLimit = 48;

    /// <summary>
    /// Sorts <paramref name="order"/> (indices into <paramref name="items"/>) by start, then longest first, then arrival: the order the
    /// merge sweeps in. One 64-bit key per finding sorts without a comparison delegate; false (nothing done) when an offset does not fit.
    /// </summary>
    private static bool SortByStartThenLongest(PhiFinding[] items, int[] order, long[] keys, int count)
    {
        for (int i = 0; i < count; i++)
        {
            var f = items[i];
            int start = f.Start, end = f.End;
            if (start < 0 || end <= start)
            {
                return false;
            }
            // Start in the high bits; a later end gives a smaller low part, so the longer of two findings at one start comes first.
            keys[i] = ((long)start << 31) | (uint)(int.MaxValue - end);
            order[i] = i;
        }
        if (count <= InsertionSortLimit)
        {
            // A note's findings (about 14 on the clinical notes): a stable insertion sort keeps equal keys in arrival order.
            for (int i = 1; i < count; i++)
            {
                long key = keys[i];
                int index = order[i];
                int j = i - 1;
                while (j >= 0 && keys[j] > key)
                {
                    keys[j + 1] = keys[j];
                    order[j + 1] = order[j];
                    j--;
                }
                keys[j + 1] = key;
                order[j + 1] = index;
            }
            return true;
        }
        keys.AsSpan(0, count).Sort(order.AsSpan(0, count));
        // The sort is not stable: equal keys (same start and end) go back to arrival order.
        for (int i = 1; i < count; i++)
        {
            if (keys[i] != keys[i - 1])
            {
                continue;
            }
            int runStart = i - 1;
            while (i + 1 < count && keys[i + 1] == keys[runStart])
            {
                i++;
            }
            order.AsSpan(runStart, i - runStart + 1).Sort();
        }
        return true;
    }

    /// <summary>The same order as <see cref="SortByStartThenLongest"/>, by comparison (for offsets that do not fit its keys).</summary>
    private static void SortByComparison(PhiFinding[] items, int[] order, int count)
    {
        var sorted = new List<(PhiFinding Finding, int Index)>(count);
        for (int i = 0; i < count; i++)
        {
            sorted.Add((items[i], i));
        }
        // (finding, arrival index): List.Sort is unstable, the index keeps equal findings in arrival order as OrderBy did.
        sorted.Sort(static (a, b) =>
        {
            int order = a.Finding.Start.CompareTo(b.Finding.Start);
            if (order == 0)
            {
                order = b.Finding.End.CompareTo(a.Finding.End);
            }
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        for (int i = 0; i < count; i++)
        {
            order[i] = sorted[i].Index;
        }
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

    /// <summary>Higher specificity, confidence, length first; then start and arrival: a total order.</summary>
    private readonly struct ByPriority : IComparer<(PhiFinding Finding, int Index)>
    {
        public int Compare((PhiFinding Finding, int Index) a, (PhiFinding Finding, int Index) b)
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
        }
    }

    private readonly struct ByStartThenIndex : IComparer<(PhiFinding Finding, int Index)>
    {
        public int Compare((PhiFinding Finding, int Index) a, (PhiFinding Finding, int Index) b)
        {
            int order = a.Finding.Start.CompareTo(b.Finding.Start);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        }
    }

    /// <summary>By start (the accepted pieces of a cluster never overlap, so no two share a start).</summary>
    private readonly struct ByStart : IComparer<PhiFinding>
    {
        public int Compare(PhiFinding? a, PhiFinding? b) => a!.Start.CompareTo(b!.Start);
    }

    /// <summary>A stable insertion sort for the few items of one cluster (a struct comparer: no delegate calls).</summary>
    private static void InsertionSort<T, TComparer>(Span<T> items, TComparer comparer)
        where TComparer : struct, IComparer<T>
    {
        for (int i = 1; i < items.Length; i++)
        {
            var item = items[i];
            int j = i - 1;
            while (j >= 0 && comparer.Compare(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }

    private static void ResolveCluster(List<PhiFinding> cluster, List<PhiFinding> result, Scratch scratch)
    {
        if (cluster.Count == 1)
        {
            result.Add(cluster[0]);
            return;
        }
        var byPriority = scratch.ByPriority;
        byPriority.Clear();
        foreach (var f in cluster)
        {
            byPriority.Add((f, byPriority.Count));
        }
        // A cluster holds a few findings: an insertion sort, not List.Sort's delegate calls (the order is total, so any sort agrees).
        InsertionSort(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(byPriority), default(ByPriority));
        var accepted = scratch.Accepted;
        accepted.Clear();
        foreach (var (candidate, _) in byPriority)
        {
            // The pieces go straight onto the accepted list: they are cut against the findings accepted before this candidate only.
            AddUncoveredPieces(candidate, accepted, accepted.Count, accepted, scratch.Overlapping);
        }
        // The pieces do not overlap: sorted by start they continue the result in text order.
        InsertionSort(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(accepted), default(ByStart));
        result.AddRange(accepted);
        byPriority.Clear();
        accepted.Clear();
    }

    /// <summary>The parts of <paramref name="candidate"/> not covered by <paramref name="accepted"/>, trimmed, each still holding a letter or digit.</summary>
    private static List<PhiFinding> UncoveredPieces(PhiFinding candidate, List<PhiFinding> accepted)
    {
        var pieces = new List<PhiFinding>();
        AddUncoveredPieces(candidate, accepted, accepted.Count, pieces, []);
        return pieces;
    }

    /// <summary>
    /// Adds to <paramref name="pieces"/> the parts of <paramref name="candidate"/> not covered by the first <paramref name="acceptedCount"/>
    /// findings of <paramref name="accepted"/>: the candidate itself when none overlaps it.
    /// </summary>
    private static void AddUncoveredPieces(PhiFinding candidate, List<PhiFinding> accepted, int acceptedCount, List<PhiFinding> pieces,
        List<(PhiFinding Finding, int Index)> overlapping)
    {
        overlapping.Clear();
        for (int i = 0; i < acceptedCount; i++)
        {
            var a = accepted[i];
            if (candidate.Overlaps(a))
            {
                overlapping.Add((a, overlapping.Count));
            }
        }
        if (overlapping.Count == 0)
        {
            pieces.Add(candidate);
            return;
        }
        InsertionSort(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(overlapping), default(ByStartThenIndex));
        int cursor = candidate.Start;
        foreach (var (blocker, _) in overlapping)
        {
            AddPiece(candidate, cursor, blocker.Start, pieces);
            cursor = Math.Max(cursor, blocker.End);
        }
        AddPiece(candidate, cursor, candidate.End, pieces);
        overlapping.Clear();
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
