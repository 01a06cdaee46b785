namespace MedDocs.Simulator;

/// <summary>
/// Approximate token counts: about four characters per token, as clients commonly estimate, or denser when
/// <see cref="SimulatorOptions.CharsPerToken"/> says so (real tokenizers split numbers and abbreviations finely).
/// </summary>
internal sealed class TokenEstimator(double charsPerToken)
{
    /// <summary>What one attached image costs in the prompt (a small vision encoder's patch count).</summary>
    public const int TokensPerImage = 256;

    public int FromChars(long chars) => (int)Math.Min(int.MaxValue, Math.Ceiling(chars / charsPerToken));

    /// <summary>Characters that make up <paramref name="tokens"/> tokens (how long a cut answer is).</summary>
    public int CharsOf(int tokens) => (int)Math.Min(int.MaxValue, Math.Floor(tokens * charsPerToken));

    public int Prompt(IEnumerable<SimulatedMessage> messages)
    {
        long chars = 0;
        long images = 0;
        foreach (SimulatedMessage message in messages)
        {
            chars += message.Text.Length;
            images += message.ImageCount;
        }

        return (int)Math.Min(int.MaxValue, FromChars(chars) + (images * TokensPerImage));
    }
}
