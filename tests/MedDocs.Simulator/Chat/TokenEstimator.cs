namespace MedDocs.Simulator;

/// <summary>Approximate token counts: about four characters per token, as clients commonly estimate.</summary>
internal static class TokenEstimator
{
    /// <summary>What one attached image costs in the prompt (a small vision encoder's patch count).</summary>
    public const int TokensPerImage = 256;

    public static int FromChars(long chars) => (int)Math.Min(int.MaxValue, (chars + 3) / 4);

    public static int Prompt(IEnumerable<SimulatedMessage> messages)
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
