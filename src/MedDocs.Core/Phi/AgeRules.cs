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
            if (age is <= 89 or > OldestPlausibleAge)
            {
                continue;
            }
            if (IsAgeSlashSex(tokens, i))
            {
                sink.Add(PhiType.Age, tokens[i].Start, tokens[i].Length, 0.85, "age-short");
                continue;
            }
            if (!tokens.IsWord(i + 1) || tokens[i + 1].NewLineBefore)
            {
                StatedAges.TryNumber(sink, tokens, i, age);
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
            else
            {
                StatedAges.TryNumber(sink, tokens, i, age);
            }
        }
    }

    /// <summary>
    /// "Age / Sex / Race: 94 / M / W", "96 / F", "92/F": the demographics pair written age, slash, sex letter. The letter must be
    /// a whole word (M or F, capital; or "male"/"female") so "90/min" or "100/mL" stay out; a number after a slash
    /// ("120/91") never reaches here.
    /// </summary>
    private static bool IsAgeSlashSex(TextTokens tokens, int i)
    {
        if (!tokens.IsSymbol(i + 1, '/') || tokens[i + 1].NewLineBefore || !tokens.IsWord(i + 2) || tokens[i + 2].NewLineBefore)
        {
            return false;
        }
        var sex = tokens.Span(i + 2);
        bool letter = sex is "M" or "F";
        bool word = sex.Equals("male", StringComparison.OrdinalIgnoreCase) || sex.Equals("female", StringComparison.OrdinalIgnoreCase);
        // "94 / M / W" or "94/M," but not "90/M2" (a word goes on touching the letter).
        return (letter || word) && !(tokens.Touches(i + 3) && (tokens.IsWord(i + 3) || tokens.IsNumber(i + 3)));
    }

    /// <summary>
    /// The matches of <see cref="PhiPatterns.Age"/>, left to right. ASCII texts: the pattern anchored where a match can start,
    /// instead of searching every digit and 'a' of the text: a whole run of 2–3 digits starting a word with a 'y' after blanks
    /// or dashes ("92-year-old", "93 yo"), or an "age" starting a word (any case: "Age: 97").
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static List<System.Text.RegularExpressions.Match> AgeMatches(FindingSink sink)
    {
        string text = sink.Text;
        var matches = new List<System.Text.RegularExpressions.Match>();
        if (!sink.IsAscii)
        {
            for (var m = PhiPatterns.Age().Match(text); m.Success; m = m.NextMatch())
            {
                matches.Add(m);
            }
            return matches;
        }
        var regex = PhiPatterns.AgeAt();
        var runs = sink.DigitRunList.Walk();
        int lastEnd = 0;
        int number = runs.Next(0);
        int age = NextAgeWord(text, 0);
        while (number >= 0 || age >= 0)
        {
            // The nearer candidate first; each stream moves past what it offered.
            int at;
            if (age < 0 || (number >= 0 && number < age))
            {
                at = number;
                int end = runs.End(number);
                bool candidate = end - number is 2 or 3 && DigitRuns.StartsWord(text, number) && IsYAfterBlanksOrDashes(text, end);
                number = end < text.Length ? runs.Next(end) : -1;
                if (!candidate)
                {
                    continue;
                }
            }
            else
            {
                at = age;
                age = NextAgeWord(text, age + 3);
            }
            if (at < lastEnd)
            {
                continue;
            }
            var m = regex.Match(text, at);
            if (m.Success)
            {
                matches.Add(m);
                lastEnd = m.Index + m.Length;
            }
        }
        return matches;
    }

    /// <summary>The next "age" (any case) at or after <paramref name="from"/> with no word character before it, or -1.</summary>
    private static int NextAgeWord(string text, int from)
    {
        while (from < text.Length)
        {
            int at = text.IndexOf("age", from, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || DigitRuns.StartsWord(text, at))
            {
                return at;
            }
            from = at + 3;
        }
        return -1;
    }

    /// <summary>[ \t-]* then 'y': how every number-first age goes on ("92-year-old", "93 yo", "94 y/o", "91 yr old").</summary>
    private static bool IsYAfterBlanksOrDashes(string text, int end)
    {
        while (end < text.Length && text[end] is ' ' or '\t' or '-')
        {
            end++;
        }
        return end < text.Length && text[end] == 'y';
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
        foreach (var m in AgeMatches(sink))
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
