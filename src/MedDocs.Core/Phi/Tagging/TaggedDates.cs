namespace MedDocs.Core.Phi.Tagging;

/// <summary>
/// A check on the tagger's dates. It learned dates from shapes and neighbours and calls "1/2 NS" at the start of a line a
/// date; the rules know which fractions are measurements, doses and scores. So a bare month/day ("9/12") the tagger finds
/// is kept only when the rules, reading its line, take it for a date too.
/// </summary>
internal static class TaggedDates
{
    /// <summary>False for a tagger Date finding that is a bare month/day the rules read as something else.</summary>
    public static bool Keep(string text, PhiFinding finding)
    {
        if (finding.Type != PhiType.Date || !IsBareMonthDay(finding.Text))
        {
            return true;
        }
        // The rules' month/day check looks no further than the line (its cue words and units are on it).
        int lineStart = finding.Start == 0 ? 0 : text.LastIndexOf('\n', finding.Start - 1) + 1;
        int lineEnd = text.IndexOf('\n', finding.End);
        var tokens = new TextTokens(text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)]);
        int offset = finding.Start - lineStart;
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start == offset)
            {
                return tokens.IsNumber(k) && ShortDateRules.ReadsAsMonthDay(tokens, k);
            }
        }
        return true;
    }

    // One or two digits, '/', one or two digits: "9/12", "03/4".
    private static bool IsBareMonthDay(string text)
    {
        int slash = text.IndexOf('/');
        return slash is 1 or 2 && text.Length - slash - 1 is 1 or 2 && text.AsSpan(0, slash).IndexOfAnyExceptInRange('0', '9') < 0
            && text.AsSpan(slash + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }
}
