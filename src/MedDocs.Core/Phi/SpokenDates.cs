namespace MedDocs.Core.Phi;

/// <summary>
/// Dates read out in transcripts without a cue word on their own line: a name then the birth date closing the utterance
/// ("caller: delfina ramos seven twenty eight seventy", "speaker 2: jo park ten twelve two thousand two"), the way callers
/// identify a patient; and an ordinal answering a "when" question ("doctor: when was that / patient: the second …").
/// A spoken date here is month, day and year in words: "seven twenty eight seventy", "ten twelve two thousand two",
/// "three fourth nineteen sixty one". Without a year the three words would be anything ("seven twenty eight" pills).
/// </summary>
internal static class SpokenDates
{
    /// <summary>Utterances ending in a name and a spoken month-day-year.</summary>
    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && !tokens[i].NewLineBefore)
            {
                continue;
            }
            int colon = SpeakerColon(tokens, i);
            if (colon < 0)
            {
                continue;
            }
            // One to three name words, then the date to the end of the line.
            int k = colon + 1, names = 0;
            while (names < 3 && tokens.IsWord(k) && !tokens[k].NewLineBefore && SpokenNumbers.Value(tokens.Span(k)) < 0 && !NotNames.Contains(tokens.Span(k)))
            {
                k++;
                names++;
            }
            if (names == 0 || !tokens.IsWord(k) || tokens[k].NewLineBefore)
            {
                continue;
            }
            int end = ParseMonthDayYear(tokens, k);
            if (end > 0 && (end + 1 >= tokens.Count || tokens[end + 1].NewLineBefore))
            {
                sink.Add(PhiType.Date, tokens[k].Start, tokens[end].End - tokens[k].Start, 0.72, "date-spoken-identity");
            }
        }
    }

    /// <summary>
    /// "the" at <paramref name="the"/> opens an utterance ("patient: the second …") whose previous line asks when ("when was
    /// that", "what day was it", "which date").
    /// </summary>
    public static bool AnswersWhen(TextTokens tokens, int the)
    {
        if (the < 2 || !tokens.IsSymbol(the - 1, ':') || tokens[the].NewLineBefore)
        {
            return false;
        }
        int lineStart = the - 1;
        while (lineStart > 0 && !tokens[lineStart].NewLineBefore)
        {
            lineStart--;
        }
        if (SpeakerColon(tokens, lineStart) != the - 1 || lineStart == 0)
        {
            return false;
        }
        for (int k = lineStart - 1; k >= 0; k--)
        {
            if (tokens.WordIs(k, "when") || (tokens.WordIs(k, "day") || tokens.WordIs(k, "date")) && (tokens.WordIs(k - 1, "what") || tokens.WordIs(k - 1, "which")))
            {
                return true;
            }
            if (tokens[k].NewLineBefore)
            {
                break;
            }
        }
        return false;
    }

    /// <summary>The ':' of a speaker label opening the line at <paramref name="lineStart"/> (one to three words, or "speaker 2"), or -1.</summary>
    private static int SpeakerColon(TextTokens tokens, int lineStart)
    {
        for (int k = lineStart; k < tokens.Count && k - lineStart <= 3; k++)
        {
            if (k > lineStart && tokens[k].NewLineBefore)
            {
                return -1;
            }
            if (tokens.IsSymbol(k, ':'))
            {
                return k > lineStart ? k : -1;
            }
            if (!tokens.IsWord(k) && !(tokens.IsNumber(k) && k > lineStart))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>The last token of a spoken month, day and year starting at <paramref name="k"/>, or -1.</summary>
    internal static int ParseMonthDayYear(TextTokens tokens, int k)
    {
        int month = Number(tokens, k);
        if (month is < 1 or > 12)
        {
            return -1;
        }
        int dayEnd = Day(tokens, k + 1);
        if (dayEnd < 0)
        {
            return -1;
        }
        return Year(tokens, dayEnd + 1);
    }

    /// <summary>1–31 said as a number ("twelve", "twenty eight", "thirty one") or an ordinal ("fourth", "twenty first"): its last token, or -1.</summary>
    private static int Day(TextTokens tokens, int k)
    {
        int value = Number(tokens, k);
        if (value is >= 1 and <= 19)
        {
            return k;
        }
        if (value is 20 or 30)
        {
            int unit = Number(tokens, k + 1);
            int ordinal = tokens.IsWord(k + 1) && !tokens[k + 1].NewLineBefore ? ShortDateRules.OrdinalValue(tokens.Span(k + 1)) : 0;
            int limit = value == 20 ? 9 : 1;
            if (unit is >= 1 && unit <= limit || ordinal is >= 1 && ordinal <= limit)
            {
                return k + 1;
            }
            return k;
        }
        if (value < 0 && tokens.IsWord(k) && !tokens[k].NewLineBefore && ShortDateRules.OrdinalValue(tokens.Span(k)) is >= 1 and <= 31)
        {
            return k;
        }
        return -1;
    }

    /// <summary>
    /// A year said aloud: "seventy", "eighty four", "nineteen sixty one", "nineteen oh five", "two thousand two",
    /// "two thousand and ten", "twenty twelve". Its last token, or -1.
    /// </summary>
    private static int Year(TextTokens tokens, int k)
    {
        int first = Number(tokens, k);
        if (first is 19 or 20 && Number(tokens, k + 1) is int next && next >= 0)
        {
            // "nineteen sixty one", "nineteen oh five", "twenty twelve".
            if (next is >= 20 and <= 90 && next % 10 == 0)
            {
                return Number(tokens, k + 2) is >= 1 and <= 9 ? k + 2 : k + 1;
            }
            if (next == 0 && tokens.WordIs(k + 1, "oh") && Number(tokens, k + 2) is >= 1 and <= 9)
            {
                return k + 2;
            }
            if (next is >= 10 and <= 19)
            {
                return k + 1;
            }
        }
        if (first == 2 && tokens.WordIs(k + 1, "thousand") && !tokens[k + 1].NewLineBefore)
        {
            int at = tokens.WordIs(k + 2, "and") && !tokens[k + 2].NewLineBefore ? k + 3 : k + 2;
            int rest = Number(tokens, at);
            if (rest is >= 1 and <= 19)
            {
                return at;
            }
            if (rest is >= 20 and <= 90 && rest % 10 == 0)
            {
                return Number(tokens, at + 1) is >= 1 and <= 9 ? at + 1 : at;
            }
            return k + 1;
        }
        if (first is >= 20 and <= 90 && first % 10 == 0)
        {
            return Number(tokens, k + 1) is >= 1 and <= 9 ? k + 1 : k;
        }
        return -1;
    }

    /// <summary>The value of the number word at <paramref name="k"/> on the same line as the token before it, or -1.</summary>
    private static int Number(TextTokens tokens, int k) =>
        tokens.IsWord(k) && !tokens[k].NewLineBefore ? SpokenNumbers.Value(tokens.Span(k)) : -1;

    /// <summary>Words that open an answer without being a name ("yes seven twenty …", "it's …").</summary>
    private static readonly AsciiWordSet NotNames = new(
    [
        "yes", "yeah", "no", "it's", "its", "it", "is", "um", "uh", "like", "about", "and", "the", "a", "at", "on", "in", "for", "my", "her",
        "his", "she's", "he's", "i'm", "i", "was", "that's", "thats", "ok", "okay", "so", "well", "maybe", "around", "only", "just", "take",
        "takes", "took", "give", "gave", "got", "room", "bed", "line", "number", "extension", "ext", "call", "code", "unit", "units", "mg",
        "times", "every", "each", "sorry", "oh", "hundred", "thousand", "dose", "doses", "pills", "tabs",
    ]);
}
