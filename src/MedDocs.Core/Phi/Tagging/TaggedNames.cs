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
        var (tokens, k) = FindingLine.TokensAt(text, finding.Start);
        return k < 0 || !tokens.IsWord(k) || !Eponyms.IsInPhrase(tokens, k);
    }
}
