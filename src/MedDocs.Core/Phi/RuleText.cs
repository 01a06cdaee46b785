namespace MedDocs.Core.Phi;

/// <summary>Small checks around a match that the patterns leave to code (a leading lookbehind would slow every pattern down).</summary>
internal static class RuleText
{
    /// <summary>True when the character before <paramref name="index"/> is one of <paramref name="characters"/>.</summary>
    public static bool PrecededBy(string text, int index, string characters) => index > 0 && characters.Contains(text[index - 1]);
}
