namespace MedDocs.Core.Phi.Tagging;

/// <summary>Turns the tagger's per-token labels into findings.</summary>
internal static class TaggedRuns
{
    /// <summary>
    /// Runs of tokens with the same predicted label (0 = not PHI), not crossing a line: `Dana R. Whitfield` is one Name,
    /// `9/12` one Date. <paramref name="types"/> gives each label's PHI type.
    /// </summary>
    public static List<PhiFinding> ToFindings(string text, List<TaggerToken> tokens, ReadOnlySpan<int> predicted, PhiType[] types)
    {
        var findings = new List<PhiFinding>();
        int s = 0;
        while (s < tokens.Count)
        {
            if (predicted[s] == 0)
            {
                s++;
                continue;
            }
            int e = s;
            while (e + 1 < tokens.Count && predicted[e + 1] == predicted[s] && !tokens[e + 1].LineStart)
            {
                e++;
            }
            int start = tokens[s].Start;
            int end = tokens[e].Start + tokens[e].Length;
            findings.Add(new PhiFinding(types[predicted[s]], text[start..end], start, end - start, PhiTagger.Confidence,
                PhiFinding.TaggerEngine, PhiFinding.TaggerEngine));
            s = e + 1;
        }
        return findings;
    }
}
