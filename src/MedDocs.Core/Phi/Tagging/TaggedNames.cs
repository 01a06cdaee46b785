namespace MedDocs.Core.Phi.Tagging;

/// <summary>
/// A check on the tagger's one-word names and places: a surname that stands in an eponym phrase ("Braden 17", "Auer rods",
/// "Swan Ganz") names a scale, sign or device, not a person; the rules' <see cref="Eponyms"/> know these phrases.
/// </summary>
internal static class TaggedNames
{
    public static bool Keep(string text, PhiFinding finding)
    {
        if (finding.Type is not (PhiType.Name or PhiType.Location) || finding.Text.AsSpan().IndexOfAny(' ', '\t') >= 0)
        {
            return true;
        }
        int lineStart = finding.Start == 0 ? 0 : text.LastIndexOf('\n', finding.Start - 1) + 1;
        int lineEnd = text.IndexOf('\n', finding.End);
        var tokens = new TextTokens(text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)]);
        int offset = finding.Start - lineStart;
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Start == offset)
            {
                return !tokens.IsWord(k) || !Eponyms.IsInPhrase(tokens, k);
            }
        }
        return true;
    }
}
