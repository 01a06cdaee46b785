namespace MedDocs.Core.Phi.Tagging;

/// <summary>
/// The rules' tokens of the line a tagger finding starts on, for checks that ask the rules about it: their context checks
/// look no further than the line, so tokenising the line alone gives the same answer as the whole note, at a fraction of
/// the cost (only findings that need a check pay it).
/// </summary>
internal static class FindingLine
{
    /// <summary>The tokens of the line holding <paramref name="start"/>, and the index of the token starting there (-1 if none).</summary>
    public static (TextTokens Tokens, int Index) TokensAt(string text, int start)
    {
        int lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.IndexOf('\n', start);
        var tokens = new TextTokens(text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)]);
        int offset = start - lineStart;
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start == offset)
            {
                return (tokens, k);
            }
        }
        return (tokens, -1);
    }
}
