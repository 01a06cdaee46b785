namespace MedDocs.Core.Providers;

/// <summary>
/// Sizes what is sent so it fits the model's context. Token counts are estimated (about four
/// characters per token for English and clinical text) with a safety margin, since the exact
/// tokenizer lives on the server; when a server reports its own count in an error, that wins.
/// </summary>
public static class TokenBudget
{
    public const int CharsPerToken = 4;

    /// <summary>Tokens a chat template adds around each message (role markers, separators).</summary>
    public const int TokensPerMessage = 8;

    /// <summary>What one attached page image costs in the prompt (a small vision encoder's patch count).</summary>
    public const int TokensPerImage = 256;

    /// <summary>Fewest tokens worth asking an answer in; less means the input must be cut or the context raised.</summary>
    public const int MinAnswerTokens = 32;

    public static int Estimate(string text) => (text.Length + CharsPerToken - 1) / CharsPerToken;

    /// <summary>The prompt's estimated size: every message's text, its template overhead, and its images.</summary>
    public static int EstimatePrompt(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var tokens = 0;
        foreach (var message in messages)
        {
            tokens += Estimate(message.Text) + TokensPerMessage + ((message.Images?.Count ?? 0) * TokensPerImage);
        }
        return tokens;
    }

    /// <summary>The share of the context kept free for tokenizer differences: a tenth, at least 16 tokens.</summary>
    public static int Margin(int contextTokens) => Math.Max(16, contextTokens / 10);

    /// <summary>Tokens left for the answer once the prompt and the margin are in the context (may be negative).</summary>
    public static int AnswerRoom(int contextTokens, int promptTokens) => contextTokens - promptTokens - Margin(contextTokens);

    /// <summary>
    /// Tokens to reserve for an answer: <paramref name="share"/> of the context, at least <paramref name="floor"/>,
    /// never more than the MaxTokens setting.
    /// </summary>
    public static int AnswerTokens(int contextTokens, double share, int maxTokensSetting, int floor = 128) =>
        Math.Max(Math.Min(floor, maxTokensSetting), Math.Min(maxTokensSetting, (int)(contextTokens * share)));

    /// <summary>
    /// Characters of document text that fit: the context minus the answer's tokens, the prompt's
    /// fixed text, and a 10% margin for tokenizer differences.
    /// </summary>
    public static int InputChars(int contextTokens, int answerTokens, int fixedPromptChars)
    {
        var available = contextTokens - Margin(contextTokens) - answerTokens - Estimate(new string(' ', fixedPromptChars)) - (2 * TokensPerMessage);
        return Math.Max(256, available * CharsPerToken);
    }

    /// <summary>Characters a string field of the answer may take when <paramref name="tokens"/> are left for it.</summary>
    public static int CharsFor(int tokens) => Math.Max(16, tokens * CharsPerToken);
}
