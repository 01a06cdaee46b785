using MedDocs.Core.Providers;

namespace MedDocs.Core.Clinical;

/// <summary>What one transcript cost: model calls (every attempt counts), tokens, and the model that answered. Thread-safe.</summary>
public sealed class ClinicalUsage
{
    private int _calls;
    private int _promptTokens;
    private int _completionTokens;
    private string? _model;

    public int Calls => Volatile.Read(ref _calls);
    public int PromptTokens => Volatile.Read(ref _promptTokens);
    public int CompletionTokens => Volatile.Read(ref _completionTokens);
    public string? Model => Volatile.Read(ref _model);

    internal void Add<T>(StructuredAnswer<T> answer)
        where T : class
    {
        Interlocked.Add(ref _calls, answer.Attempts);
        Interlocked.Add(ref _promptTokens, answer.PromptTokens);
        Interlocked.Add(ref _completionTokens, answer.CompletionTokens);
        Volatile.Write(ref _model, answer.Model);
    }
}
