namespace MedDocs.Core.Phi;

/// <summary>Small checks around a match that the patterns leave to code (a leading lookbehind would slow every pattern down).</summary>
internal static class RuleText
{
    /// <summary>True when the character before <paramref name="index"/> is one of <paramref name="characters"/>.</summary>
    public static bool PrecededBy(string text, int index, string characters) => index > 0 && characters.Contains(text[index - 1]);

    /// <summary>A regex word character (\w: letters, decimal digits, non-spacing marks, connector punctuation), as \b sees it.</summary>
    public static bool IsWordCharacter(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }
        var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c);
        return category is <= System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation
            || c is '\u200C' or '\u200D';
    }
}
