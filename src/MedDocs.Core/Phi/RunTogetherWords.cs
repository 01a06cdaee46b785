namespace MedDocs.Core.Phi;

/// <summary>
/// Run-together note shorthand that looks like a host name: "sleeping.sats.no", "abd.soft.bs.in",
/// "neuro.intact.cv.stable.resp.ra.gi.tol.gu.voids.skin.intact.social.no". The "top-level domain" is a function word
/// that starts the next phrase (no, in, is, at, it, be, us) and the labels are English words or clinical abbreviations
/// (all of them, or all but one of three or more). A registry label ("gov", "co", "ac", "nhs", "www") keeps a host a host
/// ("helse.gov.no" style), as does any label with a hyphen; a label with a digit ("q2h", "web01") is not a word.
/// </summary>
internal static class RunTogetherWords
{
    private static readonly AsciiWordSet WordTopLevels = new(["no", "in", "is", "at", "it", "be", "us"]);

    private static readonly AsciiWordSet RegistryLabels = new(["gov", "co", "ac", "nhs", "www", "org", "net", "edu", "com", "med", "hospital", "health"]);

    /// <summary>True when <paramref name="host"/> (labels before the final dot) and <paramref name="tld"/> are run-together words.</summary>
    public static bool IsShorthand(ReadOnlySpan<char> host, ReadOnlySpan<char> tld)
    {
        if (!WordTopLevels.Contains(tld))
        {
            return false;
        }
        int labels = 0, unknown = 0;
        var lexicon = PhiLexicon.Shared;
        var rest = host;
        while (!rest.IsEmpty)
        {
            int dot = rest.IndexOf('.');
            var label = dot < 0 ? rest : rest[..dot];
            rest = dot < 0 ? default : rest[(dot + 1)..];
            if (label.IsEmpty)
            {
                continue;
            }
            labels++;
            if (label.Contains('-') || RegistryLabels.Contains(label))
            {
                return false;
            }
            bool word = !label.ContainsAnyExcept(AsciiLetters) && lexicon.Lookup(label).English >= 2 || ContextWords.ClinicalAcronyms.Contains(label) || ContextWords.NotNames.Contains(label)
                || ContextWords.FractionCues.Contains(label);
            unknown += word ? 0 : 1;
        }
        return labels >= 1 && (unknown == 0 || labels >= 3 && unknown == 1);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
