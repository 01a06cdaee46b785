namespace MedDocs.Core.Phi;

/// <summary>
/// The ".tld" end of a bare domain ("portal.example.com"): <see cref="PhiPatterns.DomainSuffix"/> and, for ASCII
/// texts, a hand-written match giving the same result without searching the whole text with a regex (the pattern cost
/// ~12 ms per MB of notes, most of the identifier rules' time).
/// </summary>
internal static class DomainSuffix
{
    /// <summary>The top-level domains, in the pattern's order.</summary>
    internal static readonly string[] TopLevelDomains =
    [
        "com", "org", "net", "edu", "gov", "mil", "info", "biz", "health", "io", "us", "uk", "ca", "de", "fr", "nl", "se", "no", "dk", "fi",
        "pl", "cz", "be", "ch", "at", "it", "es", "pt", "br", "au", "nz", "jp", "cn", "in", "hu", "cy", "uy", "ar", "mx", "eu", "ie", "is", "gr",
    ];

    private static readonly AsciiWordSet Set = new(TopLevelDomains);

    /// <summary>
    /// Length of the <see cref="PhiPatterns.DomainSuffix"/> match starting at the '.' at <paramref name="dot"/> of an
    /// ASCII text, or 0. The pattern's lookahead (?![\w-]) lets a domain end only where the letters after the dot end,
    /// so the match is the dot and the whole letter run, when that run is a listed domain (any case) and no digit,
    /// '_' or '-' follows it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int MatchAt(string text, int dot)
    {
        int end = dot + 1;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }
        if (end - dot - 1 < 2 || (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '_' or '-')))
        {
            return 0;
        }
        return Set.Contains(text.AsSpan(dot + 1, end - dot - 1)) ? end - dot : 0;
    }
}
