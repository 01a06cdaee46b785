using MedDocs.Core.Phi;

namespace MedDocs.PhiTagger;

/// <summary>Turns per-token predictions into findings; shared by the plain and the fast tagging paths so both group alike.</summary>
internal static class TaggedRuns
{
    /// <summary>Runs of tokens with the same predicted label (0 = not PHI), not crossing a line.</summary>
    public static List<PhiFinding> ToFindings(string text, List<Token> tokens, int[] predicted, Func<int, PhiType> typeOf)
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
            findings.Add(new PhiFinding(typeOf(predicted[s]), text[start..end], start, end - start, 0.7, "tagger", "tagger"));
            s = e + 1;
        }
        return findings;
    }
}
