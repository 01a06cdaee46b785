namespace MedDocs.Core.Phi;

/// <summary>
/// National US pharmacy, grocery, retail and laboratory chains that people name as places ("send it to the rite aid on
/// college avenue", "any labcorp", "the h e b on culebra", "at work at the dollar general"): class vocabulary, the large
/// chains as a whole, matched word by word in any case (speech-to-text spells "H-E-B" as "h e b").
/// </summary>
internal static class RetailChains
{
    private static readonly string[] Names =
    [
        // Pharmacies.
        "walgreens", "walgreen's", "cvs", "rite aid", "riteaid", "duane reade", "osco", "sav-on", "bartell drugs", "kinney drugs",
        "medicine shoppe", "good neighbor pharmacy", "health mart",
        // Grocery.
        "kroger", "safeway", "publix", "albertsons", "albertson's", "h e b", "heb", "h-e-b", "stop and shop", "stop & shop", "shoprite",
        "shop rite", "wegmans", "hannaford", "food lion", "giant eagle", "harris teeter", "piggly wiggly", "winn dixie", "winn-dixie",
        "price chopper", "market basket", "fred meyer", "meijer", "aldi", "hy-vee", "hy vee", "hyvee", "vons", "ralphs", "jewel-osco",
        "jewel osco", "winco", "food 4 less", "save mart", "smart & final", "sprouts", "whole foods", "trader joe's", "trader joes",
        "king soopers", "fry's", "frys", "dillons", "ingles", "bi-lo", "weis", "tops", "schnucks", "raley's", "lidl", "acme markets",
        // General retail and warehouse clubs.
        "walmart", "wal-mart", "costco", "sam's club", "sams club", "bj's", "kmart", "dollar general", "family dollar", "dollar tree",
        "home depot", "lowe's", "lowes", "menards", "best buy", "big lots", "tractor supply", "seven eleven", "circle k",
        "wawa", "sheetz", "quiktrip", "casey's",
        // Laboratories and integrated systems.
        "labcorp", "lab corp", "quest diagnostics", "kaiser", "kaiser permanente", "minuteclinic", "minute clinic",
    ];

    /// <summary>Chain words that are ordinary words or surnames too: counted only after a place cue or "the".</summary>
    private static readonly AsciiWordSet Ambiguous = new(["kaiser", "tops", "weis", "sprouts", "osco", "frys", "fry's", "dillons", "vons", "wawa", "heb", "lidl", "cvs", "ingles", "casey's", "acme"]);

    private static readonly (string[] Words, string Name)[] Entries =
        [.. Names.Select(n => (n.Split(' '), n)).OrderByDescending(e => e.Item1.Length)];

    private static readonly AsciiWordSet FirstWords = new(Entries.Select(e => e.Words[0]).Where(w => char.IsAsciiLetter(w[0])).Distinct());

    /// <summary>The number of words of a chain's name starting at token <paramref name="first"/>, or 0.</summary>
    /// <param name="cued">The context is a place cue already (a phone greeting): the ambiguous words count too.</param>
    public static int MatchAt(TextTokens tokens, int first, bool cued = false)
    {
        if (!tokens.IsWord(first) || !FirstWords.Contains(tokens.Span(first)))
        {
            return 0;
        }
        foreach (var (words, _) in Entries)
        {
            if (!tokens.Span(first).Equals(words[0], StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            int k = first;
            bool match = true;
            for (int w = 1; w < words.Length && match; w++)
            {
                k++;
                match = k < tokens.Count && !tokens[k].NewLineBefore && (words[w] == "&" ? tokens.IsSymbol(k, '&') : tokens.IsWord(k) || tokens.IsNumber(k))
                    && (words[w] == "&" || tokens.Span(k).Equals(words[w], StringComparison.OrdinalIgnoreCase));
            }
            if (!match)
            {
                continue;
            }
            // "CVS: RRR" is the cardiovascular system; "Kaiser" alone may be a surname.
            if (tokens.IsSymbol(k + 1, ':') || words.Length == 1 && Ambiguous.Contains(words[0]) && !cued && !IsAfterPlaceCue(tokens, first))
            {
                return 0;
            }
            return k - first + 1;
        }
        return 0;
    }

    /// <summary>True when token <paramref name="first"/> may start a chain's name (a cheap first filter).</summary>
    public static bool MayStart(ReadOnlySpan<char> word) => FirstWords.Contains(word);

    private static readonly AsciiWordSet Cues = new(["at", "to", "from", "the", "any", "by", "near", "nearest", "closest", "local", "with", "into", "called", "calling", "our", "in"]);

    private static bool IsAfterPlaceCue(TextTokens tokens, int first) => tokens.IsWord(first - 1) && !tokens[first].NewLineBefore && Cues.Contains(tokens.Span(first - 1));
}
