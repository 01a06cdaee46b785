namespace MedDocs.Core.Phi;

/// <summary>
/// Rural roads named by their county's letter or number, as Midwestern addresses write them: "County Rd KK", "County Road 12",
/// "County Hwy B", and with the grid house number before them ("N4127 County Rd KK", "W2213 County Rd JJ"): a compass
/// letter and three to five digits is the rural address number. "County" alone before a road word and its designator is
/// the road, never the county ("Ashby County" is <see cref="PlaceContextRules"/>' town).
/// </summary>
internal static class CountyRoads
{
    /// <summary>Reads the road at the word "County" at <paramref name="county"/>; true when one was found.</summary>
    public static bool TryAt(FindingSink sink, TextTokens tokens, int county)
    {
        int road = county + 1;
        if (!WordShape.IsCapitalised(tokens.Span(county)) || !tokens.IsWord(road) || tokens[road].NewLineBefore || tokens.Touches(road) || !RoadWords.Contains(tokens.Span(road)))
        {
            return false;
        }
        int designator = tokens.IsSymbol(road + 1, '.') && tokens.Touches(road + 1) ? road + 2 : road + 1;
        if (designator >= tokens.Count || tokens[designator].NewLineBefore || tokens.Touches(designator) && designator == road + 1)
        {
            return false;
        }
        // "KK", "B", "12": the county's letters (one to three capitals) or its road number.
        var text = tokens.Span(designator);
        bool letters = tokens.IsWord(designator) && text.Length <= 3 && WordShape.IsAllCaps(text);
        bool number = tokens.IsNumber(designator) && text.Length <= 4;
        if (!letters && !number || tokens.Touches(designator + 1) && !tokens.IsSymbol(designator + 1, ',') && !tokens.IsSymbol(designator + 1, '.'))
        {
            return false;
        }
        int start = county;
        // "N4127 County Rd KK": the rural grid number, a compass letter touching its digits.
        if (tokens.IsNumber(county - 1) && tokens[county - 1].Length is >= 3 and <= 5 && !tokens[county].NewLineBefore)
        {
            start = county - 1;
            if (tokens.IsWord(start - 1) && tokens.Touches(start) && tokens.Span(start - 1).Length == 1 && "NSEWnsew".Contains(tokens.Span(start - 1)[0]))
            {
                start--;
            }
        }
        sink.Add(PhiType.Location, tokens[start].Start, tokens[designator].End - tokens[start].Start, 0.75, "location-street");
        return true;
    }

    private static readonly AsciiWordSet RoadWords = new(["rd", "road", "hwy", "highway", "trunk", "line"]);
}
