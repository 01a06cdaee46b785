namespace MedDocs.Core.Phi;

/// <summary>
/// Ages over 89 ("92-year-old", "age 93", "aged 101", "94 y/o", "Age: 97"). Safe Harbor lets ages up to 89
/// stay, so those are never reported. The finding covers the number only.
/// </summary>
internal static class AgeRules
{
    /// <summary>"| 91 y |", "(93 yrs)", "93F", "91 M": an age over 89 in the short forms of notes and headers.</summary>
    private static void CollectShortForms(FindingSink sink)
    {
        var tokens = sink.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens.IsNumber(i) || tokens[i].Length is < 2 or > 3 || (tokens.Touches(i) && tokens[i - 1].Kind != TokenKind.Symbol)
                || (tokens.Touches(i) && tokens.Span(i - 1) is "/" or "." or "-" or ":"))
            {
                continue;
            }
            int age = IdentifierChecks.ParseDigits(tokens.Span(i));
            if (age is <= 89 or > OldestPlausibleAge || !tokens.IsWord(i + 1) || tokens[i + 1].NewLineBefore)
            {
                continue;
            }
            var unit = tokens.Span(i + 1);
            bool years = unit is "y" or "Y" or "yr" or "yrs" or "yo" or "YO" or "Y/O" or "years" or "YRS" or "YR";
            bool sex = tokens.Touches(i + 1) && unit is "M" or "F" or "m" or "f" || !tokens.Touches(i + 1) && unit is "M" or "F";
            // "93 y", "93 yrs" but not "93 years of smoking"; "91 M" but not "90 mg".
            if ((years && !tokens.WordIs(i + 2, "of") && !tokens.WordIs(i + 2, "ago")) || sex && !tokens.IsSymbol(i + 2, '/'))
            {
                sink.Add(PhiType.Age, tokens[i].Start, tokens[i].Length, 0.85, "age-short");
            }
        }
    }

    /// <summary>Above this an "age" is more likely a typo or another quantity than a person's age.</summary>
    private const int OldestPlausibleAge = 125;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Collect(FindingSink sink)
    {
        CollectShortForms(sink);
        if (!sink.MustRun(TextGates.MayHaveAge))
        {
            return;
        }
        for (var m = PhiPatterns.Age().Match(sink.Text); m.Success; m = m.NextMatch())
        {
            var number = m.Groups["n"];
            int age = IdentifierChecks.ParseDigits(number.ValueSpan);
            if (age is > 89 and <= OldestPlausibleAge)
            {
                sink.Add(PhiType.Age, number.Index, number.Length, 0.9, "age-over-89");
            }
        }
    }
}
