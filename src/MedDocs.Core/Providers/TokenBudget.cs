namespace MedDocs.Core.Providers;

/// <summary>
/// Sizes what is sent so it fits the model's context. Token counts are estimated (about four
/// characters per token for English and clinical text) with a safety margin, since the exact
/// tokenizer lives on the server.
/// </summary>
public static class TokenBudget
{
    public const int CharsPerToken = 4;

    public static int Estimate(string text) => (text.Length + CharsPerToken - 1) / CharsPerToken;

    /// <summary>
    /// Characters of document text that fit: the context minus the answer's tokens, the prompt's
    /// fixed text, and a 10% margin for tokenizer differences.
    /// </summary>
    public static int InputChars(int contextTokens, int answerTokens, int fixedPromptChars)
    {
        var available = (int)(contextTokens * 0.9) - answerTokens - Estimate(new string(' ', fixedPromptChars));
        return Math.Max(256, available * CharsPerToken);
    }
}
