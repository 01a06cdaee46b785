using MedDocs.Core.Providers;

namespace MedDocs.Core.Clinical;

/// <summary>What one transcript cost: model calls (every attempt counts), answers reused from the cache, tokens, and the model that answered. Thread-safe.</summary>
public sealed class ClinicalUsage
{
    private int _calls;
    private int _cachedAnswers;
    private int _promptTokens;
    private int _completionTokens;
    private string? _model;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Answers taken from the result cache (they cost no call).</summary>
    public int CachedAnswers => Volatile.Read(ref _cachedAnswers);

    /// <summary>Every answer came from the cache: no request was sent for this transcript.</summary>
    public bool AllCached => CachedAnswers > 0 && Calls == 0;

    public int PromptTokens => Volatile.Read(ref _promptTokens);
    public int CompletionTokens => Volatile.Read(ref _completionTokens);
    public string? Model => Volatile.Read(ref _model);

    internal void Add<T>(StructuredAnswer<T> answer, bool cached = false)
        where T : class
    {
        if (cached)
        {
            Interlocked.Increment(ref _cachedAnswers);
        }
        Interlocked.Add(ref _calls, answer.Attempts);
        Interlocked.Add(ref _promptTokens, answer.PromptTokens);
        Interlocked.Add(ref _completionTokens, answer.CompletionTokens);
        Volatile.Write(ref _model, answer.Model);
    }
}
