namespace MedDocs.Core.Phi;

/// <summary>
/// Blood product unit numbers as transfusion and blood-bank reports print them: the ISBT 128 donation identification
/// number in its eye-readable groups, a facility letter and four digits, the two-digit collection year and a six-digit
/// serial ("W1234 25 123456"). The grouping is distinctive enough without a label; the number traces one donation
/// to one recipient, so it is <see cref="PhiType.Other"/>.
/// </summary>
internal static class BloodUnitNumbers
{
    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        for (int i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Length != 1 || !char.IsAsciiLetterUpper(tokens.Span(i)[0])
                || (i > 0 && tokens.Touches(i)))
            {
                continue;
            }
            if (!tokens.IsNumber(i + 1) || !tokens.Touches(i + 1) || tokens[i + 1].Length != 4
                || !IsSpacedNumber(tokens, i + 2, 2) || !IsSpacedNumber(tokens, i + 3, 6)
                || (i + 4 < tokens.Count && tokens.Touches(i + 4) && !(tokens[i + 4].Kind == TokenKind.Symbol && tokens.Span(i + 4) is "," or "." or ";" or ")")))
            {
                continue;
            }
            sink.Add(PhiType.Other, tokens[i].Start, tokens[i + 3].End - tokens[i].Start, 0.8, "blood-unit-number");
            i += 3;
        }
    }

    /// <summary>
    /// A blood unit number starts at <paramref name="start"/> ("Unit #: W1234 25 123456"): a capital and four digits, a blank,
    /// two digits, a blank, six digits. A record-number label before it ("unit #") must leave it whole to this rule.
    /// </summary>
    public static bool IsUnitNumberAt(string text, int start)
    {
        var s = text.AsSpan(start);
        return s.Length >= 15 && char.IsAsciiLetterUpper(s[0]) && IsDigits(s[1..5]) && s[5] == ' ' && IsDigits(s[6..8]) && s[8] == ' '
            && IsDigits(s[9..15]) && (s.Length == 15 || !char.IsAsciiDigit(s[15]));
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    /// <summary>Token <paramref name="k"/> is a number of <paramref name="length"/> digits after exactly one blank on the same line.</summary>
    private static bool IsSpacedNumber(TextTokens tokens, int k, int length) =>
        tokens.IsNumber(k) && tokens[k].Length == length && !tokens[k].NewLineBefore && !tokens.Touches(k)
        && tokens[k].Start - tokens[k - 1].End == 1;
}
