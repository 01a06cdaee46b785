namespace MedDocs.Core.Phi;

/// <summary>How the LLM engine sizes and sends its requests.</summary>
public sealed record PhiLlmOptions
{
    /// <summary>The model's context window in tokens (from the server's model list, else MEDDOCS_CONTEXT_LENGTH).</summary>
    public int ContextTokens { get; init; } = 4096;

    /// <summary>Most tokens an answer may take (MEDDOCS_MAX_TOKENS); a third of the context at most, so text still fits.</summary>
    public int MaxAnswerTokens { get; init; } = 2048;

    /// <summary>Confidence given to every LLM finding (models report none that could be trusted).</summary>
    public double Confidence { get; init; } = 0.85;

    /// <summary>Tokens reserved for the answer: a third of the context (at least 64), never more than the setting.</summary>
    public int AnswerTokens => Providers.TokenBudget.AnswerTokens(ContextTokens, 1.0 / 3, MaxAnswerTokens, floor: 64);

    /// <summary>Small contexts get the compact instructions, so most of the context is left for the document.</summary>
    public bool Compact => ContextTokens < PhiLlmPrompt.CompactBelowContextTokens;

    /// <summary>Characters of document text per request.</summary>
    public int ChunkChars => Providers.TokenBudget.InputChars(ContextTokens, AnswerTokens, Compact ? PhiLlmPrompt.CompactFixedChars : PhiLlmPrompt.FixedChars);

    /// <summary>Characters repeated between neighbouring chunks, so an identifier cut by a chunk border is whole in one of them.</summary>
    public int OverlapChars => Math.Min(400, ChunkChars / 8);
}
