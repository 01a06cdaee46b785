namespace MedDocs.Core.Phi;

/// <summary>
/// North American telephone numbers written with slashes between the groups, as some forms and letterheads do:
/// "480/555/0117", "620/555-0108". Read as area code, exchange and line (3, 3 and 4 digits, area code and exchange not
/// starting with 0 or 1), standing alone: a group touching more digits, a slash or a dash on either side
/// ("12/480/555/0117", "480/555/0117/2") is something else (a path, a list of values), and so is anything that is not
/// exactly that shape ("120/80", "3/555-0108").
/// </summary>
internal static class SlashedPhones
{
    public static void Collect(FindingSink sink)
    {
        if (sink.IsAscii && sink.Text.IndexOf('/') < 0)
        {
            return;
        }
        var tokens = sink.Tokens;
        for (int i = 0; i + 4 < tokens.Count; i++)
        {
            if (!tokens.IsNumber(i) || tokens[i].Length != 3 || !tokens.IsSymbol(i + 1, '/') || !tokens.Touches(i + 1)
                || !tokens.IsNumber(i + 2) || !tokens.Touches(i + 2) || tokens[i + 2].Length != 3
                || !(tokens.IsSymbol(i + 3, '/') || tokens.IsSymbol(i + 3, '-')) || !tokens.Touches(i + 3)
                || !tokens.IsNumber(i + 4) || !tokens.Touches(i + 4) || tokens[i + 4].Length != 4)
            {
                continue;
            }
            if (tokens.Span(i)[0] is '0' or '1' || tokens.Span(i + 2)[0] is '0' or '1')
            {
                continue;
            }
            // Standing alone: nothing but an opening bracket or a colon may touch it before, only punctuation after.
            if (tokens.Touches(i) && !(tokens.IsSymbol(i - 1, '(') || tokens.IsSymbol(i - 1, ':')))
            {
                continue;
            }
            if (i + 5 < tokens.Count && tokens.Touches(i + 5) && (tokens[i + 5].Kind != TokenKind.Symbol || tokens.Span(i + 5) is "/" or "-"))
            {
                continue;
            }
            int start = tokens[i].Start, end = tokens[i + 4].End;
            sink.Add(PhoneRules.TypeFor(sink.Text, start, end), start, end - start, 0.85, "phone-slashed");
        }
    }
}
