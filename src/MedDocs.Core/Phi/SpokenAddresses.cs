namespace MedDocs.Core.Phi;

/// <summary>
/// Street addresses read aloud in speech-to-text transcripts, where digits become words and the street word is often left off:
/// a spoken house number ("two eighteen", "nine oh two", "forty one") and the street's name after an address cue ("delivered
/// to two eighteen cutler", "confirm your address is still two twenty two pine hollow"); the town said after a spoken street
/// ("… juniper way in cold spring", "… whitman court, del norte, eight one one …"); and a street corner named by its two
/// streets ("at fourth and maple", "the corner of fifth and vine"). Lower-case speech only: written addresses have digits and
/// capitals, which <see cref="AddressRules"/> and <see cref="PlaceRules"/> read.
/// </summary>
internal static class SpokenAddresses
{
    public static void Collect(FindingSink sink)
    {
        var tokens = sink.Tokens;
        int count = tokens.Count;
        for (int i = 0; i < count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            int length = tokens[i].Length;
            if (length is >= 3 and <= 9 && SpokenNumbers.Value(tokens.Span(i)) >= 1 && !(tokens.IsWord(i - 1) && SpokenNumbers.Value(tokens.Span(i - 1)) >= 0))
            {
                int end = BareSpokenStreet(sink, tokens, i);
                if (end > i)
                {
                    i = end;
                }
            }
            else if (length is 2 or 6 && (tokens.WordIs(i, "at") || tokens.WordIs(i, "on") || tokens.WordIs(i, "of") && tokens.WordIs(i - 1, "corner")))
            {
                Intersection(sink, tokens, i);
            }
        }
        TownsAfterSpokenStreets(sink, tokens);
    }

    /// <summary>Words that say an address is being given or checked ("address is", "delivered to", "mail it to", "lives at").</summary>
    private static readonly AsciiWordSet AddressCues = new(
    [
        "address", "addresses", "deliver", "delivered", "delivering", "delivery", "mail", "mailed", "mailing", "ship", "shipped", "shipping",
        "lives", "live", "living", "reside", "resides", "moved", "staying", "stays", "located",
    ]);

    /// <summary>What a spoken number counts before a noun that is no street ("twenty four hours", "forty five minutes").</summary>
    private static readonly AsciiWordSet CountedNouns = new(
    [
        "hours", "hour", "minutes", "minute", "seconds", "days", "day", "weeks", "week", "months", "month", "years", "year", "times", "dollars",
        "bucks", "cents", "percent", "pills", "pill", "tablets", "tabs", "capsules", "doses", "units", "refills", "boxes", "bottles", "copies",
        "pages", "forms", "miles", "mile", "blocks", "feet", "foot", "inches", "pounds", "lbs", "ounces", "kilos", "degrees", "people",
        "kids", "children", "grams", "milligrams", "milliliters", "puffs", "sprays", "drops", "beats", "breaths", "steps", "stairs",
        "flights", "visits", "sessions", "appointments", "calls", "messages", "items", "things", "packs", "cigarettes", "drinks", "beers",
        "cups", "glasses", "cans", "servings", "meals", "o'clock", "thirty", "am", "pm", "a", "p",
    ]);

    private static readonly AsciiWordSet Directions = new(["north", "south", "east", "west", "n", "s", "e", "w", "northeast", "northwest", "southeast", "southwest"]);

    /// <summary>
    /// "delivered to two eighteen cutler", "address is still two twenty two pine hollow", "forty one larchmont for delivery": two to
    /// four number words (a house number), an optional compass word, then one to three street-name words closed by the line's end,
    /// punctuation or a function word, with an address cue in the ten tokens before (or "for delivery" after). The last token, or -1.
    /// </summary>
    private static int BareSpokenStreet(FindingSink sink, TextTokens tokens, int first)
    {
        if (!WordShape.IsLowerCase(tokens.Span(first)))
        {
            return -1;
        }
        int last = first;
        while (last + 1 < tokens.Count && tokens.IsWord(last + 1) && !tokens[last + 1].NewLineBefore && SpokenNumbers.Value(tokens.Span(last + 1)) >= 0)
        {
            last++;
        }
        int numberWords = last - first + 1;
        if (numberWords is < 2 or > 4)
        {
            return last;
        }
        int street = last + 1;
        if (tokens.IsWord(street) && !tokens[street].NewLineBefore && Directions.Contains(tokens.Span(street)) && WordShape.IsLowerCase(tokens.Span(street)))
        {
            street++;
        }
        int streetEnd = -1;
        for (int k = street; k < street + 4; k++)
        {
            if (k >= tokens.Count || tokens[k].NewLineBefore || tokens[k].Kind != TokenKind.Word || IsCloser(tokens.Span(k)))
            {
                break;
            }
            var word = tokens.Span(k);
            if (k == street + 3 || !WordShape.IsLowerCase(word) || !IsStreetNameWord(word))
            {
                // A fourth word, or one no street's name holds: a sentence, not an address.
                return last;
            }
            streetEnd = k;
            if (PlaceRules.IsStreetSuffix(word) && k > street)
            {
                break;
            }
        }
        if (streetEnd < street)
        {
            return last;
        }
        bool cue = HasCueBefore(tokens, first) || tokens.WordIs(streetEnd + 1, "for") && tokens.WordIs(streetEnd + 2, "delivery");
        if (!cue)
        {
            return last;
        }
        sink.Add(PhiType.Location, tokens[first].Start, tokens[streetEnd].End - tokens[first].Start, 0.74, "location-spoken-street");
        return streetEnd;
    }

    /// <summary>An address cue in the ten tokens before <paramref name="first"/>, across at most one line break.</summary>
    private static bool HasCueBefore(TextTokens tokens, int first)
    {
        int breaks = 0;
        for (int k = first - 1; k >= 0 && first - k <= 10; k--)
        {
            if (tokens[k + 1].NewLineBefore && ++breaks > 1)
            {
                return false;
            }
            if (tokens.IsWord(k) && AddressCues.Contains(tokens.Span(k)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A word that closes a spoken street's name: function words, answers, pronouns.</summary>
    private static bool IsCloser(ReadOnlySpan<char> word) =>
        ContextWords.NotNames.Contains(word) && !Directions.Contains(word) && !word.Equals("old", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("new", StringComparison.OrdinalIgnoreCase) || word is "yes" or "yeah" or "correct" or "right" or "there" or "too";

    private static bool IsStreetNameWord(ReadOnlySpan<char> word) =>
        word.Length >= 3 && !CountedNouns.Contains(word) && !NameStopWords.Contains(word) && SpokenNumbers.Value(word) < 0 && ShortDateRules.MonthOf(word) <= 0
        && !PlaceRules.IsClinicalWord(word) && !ContextWords.Relations.Contains(word) && !ContextWords.Titles.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal)
        && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal) && !(word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
        || Directions.Contains(word) || PlaceRules.IsStreetSuffix(word) && word.Length >= 3;

    /// <summary>Ordinal words that name numbered streets ("fifth and vine", "on second and main").</summary>
    private static readonly AsciiWordSet OrdinalStreets = new(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "main"]);

    /// <summary>Words that may follow a street corner: the clause goes on ("… fourth and maple and fell", "… fifth and vine when").</summary>
    private static readonly AsciiWordSet AfterCorner = new(
        ["and", "or", "when", "where", "while", "in", "by", "near", "at", "on", "with", "he", "she", "i", "we", "they", "then", "so", "but", "around", "across", "right", "last", "this", "that", "downtown", "yesterday", "today"]);

    /// <summary>
    /// "struck at fourth and maple and fell", "works on fifth and vine", "the corner of maple and vine": after "at", "on" or
    /// "corner of", two streets joined by "and", one of them numbered by an ordinal (either, after "corner of"), then the clause
    /// goes on or ends. Two ordinals ("at second and third") are counted things, not streets.
    /// </summary>
    private static void Intersection(FindingSink sink, TextTokens tokens, int preposition)
    {
        int a = preposition + 1, and = preposition + 2, b = preposition + 3;
        if (!tokens.IsWord(a) || !tokens.WordIs(and, "and") || !tokens.IsWord(b) || tokens[a].NewLineBefore || tokens[and].NewLineBefore || tokens[b].NewLineBefore)
        {
            return;
        }
        var first = tokens.Span(a);
        var second = tokens.Span(b);
        bool corner = tokens.WordIs(preposition, "of");
        bool firstOrdinal = OrdinalStreets.Contains(first), secondOrdinal = OrdinalStreets.Contains(second);
        if (firstOrdinal == secondOrdinal && !(corner && !firstOrdinal))
        {
            return;
        }
        if (!firstOrdinal && !IsCornerStreetWord(first) || !secondOrdinal && !IsCornerStreetWord(second) || WordShape.IsCapitalised(first) != WordShape.IsCapitalised(second))
        {
            return;
        }
        int end = b;
        if (tokens.IsWord(b + 1) && !tokens[b + 1].NewLineBefore && PlaceRules.IsStreetSuffix(tokens.Span(b + 1)) && tokens[b + 1].Length >= 3)
        {
            end = b + 1;
        }
        int after = end + 1;
        bool closed = after >= tokens.Count || tokens[after].NewLineBefore || tokens[after].Kind == TokenKind.Symbol && tokens.Span(after) is "." or "," or "?" or "!" or ";"
            || tokens.IsWord(after) && AfterCorner.Contains(tokens.Span(after));
        if (!closed)
        {
            return;
        }
        sink.Add(PhiType.Location, tokens[a].Start, tokens[end].End - tokens[a].Start, 0.72, "location-corner");
    }

    private static bool IsCornerStreetWord(ReadOnlySpan<char> word) =>
        word.Length >= 3 && !ContextWords.NotNames.Contains(word) && !NameStopWords.Contains(word) && SpokenNumbers.Value(word) < 0 && ShortDateRules.MonthOf(word) <= 0
        && !PlaceRules.IsClinicalWord(word) && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !CountedNouns.Contains(word)
        && !word.Equals("foremost", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("est", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "… juniper way in cold spring", "… whitman court, del norte, eight one one three two?", "… apartment four c oceanside heights
    /// nine two oh …", "… birch hollow lane marquette michigan": after a street read aloud (a finding that opens with a number word),
    /// one or two lower-case words closed by a spoken ZIP or a state, or, after "in" or a comma, by the line's end or punctuation.
    /// </summary>
    private static void TownsAfterSpokenStreets(FindingSink sink, TextTokens tokens)
    {
        var findings = sink.Findings;
        int found = findings.Count;
        for (int f = 0; f < found; f++)
        {
            var street = findings[f];
            if (street.Type != PhiType.Location || street.Rule is not ("location-street" or "location-spoken-street") || street.Length < 8)
            {
                continue;
            }
            int space = street.Text.IndexOf(' ');
            if (space < 0 || SpokenNumbers.Value(street.Text.AsSpan(0, space)) < 1 || !WordShape.IsLowerCase(street.Text.AsSpan(0, space)))
            {
                continue;
            }
            int next = TokenAfter(tokens, street.End);
            if (next < 0 || tokens[next].NewLineBefore)
            {
                continue;
            }
            // "apartment four c": the unit's letter.
            if (tokens.IsWord(next) && tokens[next].Length == 1 && !tokens.WordIs(next, "a") && !tokens.WordIs(next, "i"))
            {
                next++;
            }
            bool opened = false;
            if (tokens.IsSymbol(next, ',') || tokens.WordIs(next, "in"))
            {
                opened = true;
                next++;
            }
            TownAt(sink, tokens, next, opened);
        }
    }

    private static void TownAt(FindingSink sink, TextTokens tokens, int first, bool opened)
    {
        int last = -1;
        for (int k = first; k < first + 3; k++)
        {
            if (k >= tokens.Count || tokens[k].NewLineBefore || tokens[k].Kind != TokenKind.Word || PlaceContextRules.IsStateName(tokens.Span(k)))
            {
                break;
            }
            var word = tokens.Span(k);
            if (k == first + 2 || !WordShape.IsLowerCase(word) || word.Length < 3 && !(k == first && word is "st")
                || IsCloser(word) && !(word is "del" or "de" or "la" or "el" or "st" or "san" or "los" or "las") || NameStopWords.Contains(word) && !Directions.Contains(word)
                || SpokenNumbers.Value(word) >= 0 || ContextWords.ClinicalAcronyms.Contains(word) || ContextWords.LooksMedical(word) || CountedNouns.Contains(word)
                || PlaceRules.IsStreetSuffix(word)
                || ContextWords.Relations.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal)
                || word.EndsWith("ing", StringComparison.Ordinal) && PhiLexicon.Shared.Lookup(word).Place == 0)
            {
                if (k == first + 2)
                {
                    break;
                }
                return;
            }
            last = k;
        }
        if (last < first)
        {
            return;
        }
        int after = last + 1;
        bool zip = CountNumberWords(tokens, after) >= 5 || tokens.IsNumber(after) && tokens[after].Length == 5 && !tokens[after].NewLineBefore;
        bool state = tokens.IsWord(after) && !tokens[after].NewLineBefore && PlaceContextRules.IsStateName(tokens.Span(after));
        bool ends = after >= tokens.Count || tokens[after].NewLineBefore || tokens[after].Kind == TokenKind.Symbol && tokens.Span(after) is "." or "," or "?" or "!" or ";";
        if (zip || state || opened && ends)
        {
            sink.Add(PhiType.Location, tokens[first].Start, tokens[last].End - tokens[first].Start, 0.72, "location-town");
        }
    }

    private static int CountNumberWords(TextTokens tokens, int first)
    {
        int n = 0;
        for (int k = first; k < tokens.Count && tokens.IsWord(k) && !tokens[k].NewLineBefore && SpokenNumbers.Value(tokens.Span(k)) is >= 0 and <= 9; k++)
        {
            n++;
        }
        return n;
    }

    /// <summary>The first token starting at or after <paramref name="offset"/>, or -1.</summary>
    private static int TokenAfter(TextTokens tokens, int offset)
    {
        int lo = 0, hi = tokens.Count - 1, answer = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start >= offset)
            {
                answer = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return answer;
    }
}
