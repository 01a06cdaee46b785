namespace MedDocs.Core.Phi;

/// <summary>
/// Running totals over a batch (thread-safe), for -Verbose and the benchmark. Counts only: no
/// identifier text ever goes in here, so the summary is safe to log.
/// </summary>
public sealed class PhiOperationStats
{
    private int _documents;
    private int _reported;
    private int _rulesFound;
    private int _taggerFound;
    private int _llmFound;
    private int _hallucinated;
    private int _chunks;
    private int _calls;

    public int Documents => Volatile.Read(ref _documents);
    public int Reported => Volatile.Read(ref _reported);
    public int RulesFound => Volatile.Read(ref _rulesFound);
    public int TaggerFound => Volatile.Read(ref _taggerFound);
    public int LlmFound => Volatile.Read(ref _llmFound);
    public int Hallucinated => Volatile.Read(ref _hallucinated);
    public int Chunks => Volatile.Read(ref _chunks);
    public int Calls => Volatile.Read(ref _calls);

    public void Add(PhiDocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Interlocked.Increment(ref _documents);
        Interlocked.Add(ref _reported, result.Findings.Count);
        Interlocked.Add(ref _rulesFound, result.RulesFound);
        Interlocked.Add(ref _taggerFound, result.TaggerFound);
        Interlocked.Add(ref _llmFound, result.LlmFound);
        Interlocked.Add(ref _hallucinated, result.Hallucinated);
        Interlocked.Add(ref _chunks, result.Chunks);
        Interlocked.Add(ref _calls, result.Calls);
    }

    /// <summary>One line of counts for one document (no PHI).</summary>
    public static string Describe(PhiDocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"{result.Findings.Count} findings reported (rules engine found {result.RulesFound}, tagger {result.TaggerFound}, model {result.LlmFound} in {result.Chunks} chunks, " +
            $"{result.Calls} model calls); {result.Hallucinated} model strings not in the text dropped.";
    }

    /// <summary>The batch totals in one line (no PHI).</summary>
    public override string ToString() =>
        $"{Documents} documents: {Reported} findings reported (rules engine found {RulesFound}, tagger {TaggerFound}, model {LlmFound} in {Chunks} chunks, " +
        $"{Calls} model calls); {Hallucinated} model strings not in the text dropped as hallucinated.";
}
