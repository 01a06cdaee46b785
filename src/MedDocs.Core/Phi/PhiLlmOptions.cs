namespace MedDocs.Core.Phi;

/// <summary>How the LLM engine sizes and sends its requests.</summary>
public sealed record PhiLlmOptions
{
    /// <summary>The model's context window in tokens (from the server's model list, else MEDDOCS_CONTEXT_LENGTH).</summary>
    public int ContextTokens { get; init; } = 4096;

    /// <summary>Most tokens an answer may take (MEDDOCS_MAX_TOKENS); capped at a third of the context so text still fits.</summary>
    public int MaxAnswerTokens { get; init; } = 2048;

    /// <summary>Chunks of one document sent at once.</summary>
    public int MaxConcurrency { get; init; } = 2;

    /// <summary>Confidence given to every LLM finding (models report none that could be trusted).</summary>
    public double Confidence { get; init; } = 0.85;

    /// <summary>Tokens reserved for the answer: the setting, but never more than a third of the context.</summary>
    public int AnswerTokens => Math.Max(128, Math.Min(MaxAnswerTokens, ContextTokens / 3));

    /// <summary>Characters of document text per request.</summary>
    public int ChunkChars => Providers.TokenBudget.InputChars(ContextTokens, AnswerTokens, PhiLlmPrompt.FixedChars);

    /// <summary>Characters repeated between neighbouring chunks, so an identifier cut by a chunk border is whole in one of them.</summary>
    public int OverlapChars => Math.Min(400, ChunkChars / 8);
}
