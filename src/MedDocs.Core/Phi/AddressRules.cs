using System.Collections.Frozen;

namespace MedDocs.Core.Phi;

/// <summary>
/// Geographic units smaller than a state: street addresses (with suite/apartment), PO boxes, cities in
/// "City, ST 12345" lines or after "lives in", and ZIP codes after a state.
/// </summary>
internal static class AddressRules
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Collect(FindingSink sink)
    {
        string text = sink.Text;
        if (sink.IsAscii)
        {
            CollectStreetAddressesAscii(sink);
        }
        else
        {
            foreach (var m in PhiPatterns.StreetAddress().EnumerateMatches(text))
            {
                sink.Add(PhiType.Location, m.Index, m.Length, 0.85, "street-address");
            }
        }

        foreach (var m in PhiPatterns.UnitDesignator().EnumerateMatches(text))
        {
            sink.Add(PhiType.Location, m.Index, m.Length, 0.75, "unit-designator");
        }

        foreach (var m in PhiPatterns.PostOfficeBox().EnumerateMatches(text))
        {
            sink.Add(PhiType.Location, m.Index, m.Length, 0.9, "po-box");
        }

        if (sink.MustRun(sink.Digits.FiveDigitRun))
        {
            foreach (var m in PhiPatterns.ZipShaped().EnumerateMatches(text))
            {
                if (!RuleText.PrecededBy(text, m.Index, "-") && TryFindStateBefore(text, m.Index, out int stateStart))
                {
                    sink.Add(PhiType.Zip, m.Index, m.Length, 0.95, "zip-after-state");
                    if (TryFindCityBefore(text, stateStart, out int cityStart, out int cityLength))
                    {
                        sink.Add(PhiType.Location, cityStart, cityLength, 0.8, "city-state-zip");
                    }
                }
            }
        }

        for (var m = PhiPatterns.CityAfterResidence().Match(text); m.Success; m = m.NextMatch())
        {
            var city = m.Groups["city"];
            if (!StateNames.Contains(city.Value) && !NameStopWords.Contains(FirstWord(city.Value)))
            {
                sink.Add(PhiType.Location, city.Index, city.Length, 0.75, "city-residence");
            }
        }
    }

    /// <summary>
    /// Street addresses of an ASCII text: the pattern anchored at house numbers, left to right without overlaps. A match
    /// starts at a whole digit run of at most six digits after a word boundary (\b\d{1,6} then a letter or blank), then
    /// [A-Z]?, blanks, and a capitalised word or a number: runs without that shape are skipped without running the pattern.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void CollectStreetAddressesAscii(FindingSink sink)
    {
        string text = sink.Text;
        var regex = PhiPatterns.StreetAddressAt();
        int from = 0;
        var runs = sink.DigitRunList.Walk();
        while (from < text.Length)
        {
            int start = runs.Next(from);
            if (start < 0)
            {
                return;
            }
            int end = runs.End(start);
            from = end;
            if (end - start > 6 || !DigitRuns.StartsWord(text, start) || !MayStartStreetAddress(text, end))
            {
                continue;
            }
            var m = regex.Match(text, start);
            if (m.Success)
            {
                sink.Add(PhiType.Location, m.Index, m.Length, 0.85, "street-address");
                from = m.Index + m.Length;
            }
        }
    }

    /// <summary>After the house number: an optional capital, blanks, then a capital or a digit (the first word of the street).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool MayStartStreetAddress(string text, int numberEnd)
    {
        int i = numberEnd;
        if (i < text.Length && char.IsAsciiLetterUpper(text[i]))
        {
            i++;
        }
        int blanks = i;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i > blanks && i < text.Length && (char.IsAsciiLetterUpper(text[i]) || char.IsAsciiDigit(text[i]));
    }

    /// <summary>"IL 62704", "Illinois 62704", "IL, 62704": a state (abbreviation or name, 1–2 words) just before the ZIP.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool TryFindStateBefore(string text, int zipStart, out int stateStart)
    {
        stateStart = zipStart;
        int end = zipStart;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }
        if (end == zipStart)
        {
            return false;
        }
        if (end > 0 && text[end - 1] == ',')
        {
            end--;
        }
        if (end > 0 && text[end - 1] == '.')
        {
            end--;
        }
        int start = end;
        for (int words = 1; words <= 2; words++)
        {
            int wordEnd = start;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }
            if (start == wordEnd || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                return false;
            }
            var candidate = text.Substring(start, end - start);
            if ((words == 1 && candidate.Length == 2 && StateAbbreviations.Contains(candidate) && HasTownAndCommaBefore(text, start)) || StateNames.Contains(candidate)
                || words == 1 && candidate.Length == 2 && IsStateInStreetLine(text, start, candidate))
            {
                stateStart = start;
                return true;
            }
            if (start == 0 || text[start - 1] != ' ')
            {
                return false;
            }
            start--;
        }
        return false;
    }

    /// <summary>
    /// "Springfield, IL": a two-letter state needs a town and a comma before it, on its line. "interpreter ID 30482",
    /// "cath lab IN 12345": an abbreviation that is also a word or a label is no state without them.
    /// </summary>
    private static bool HasTownAndCommaBefore(string text, int stateStart)
    {
        int i = stateStart;
        // "Westover,⏎TX 76009": the state may open the next line.
        while (i > 0 && text[i - 1] is '\n' or '\r' or ' ' or '\t')
        {
            i--;
        }
        if (i == 0 || text[i - 1] != ',')
        {
            return false;
        }
        i--;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }
        return i > 0 && char.IsLetter(text[i - 1]);
    }

    /// <summary>
    /// The address line of a letterhead or a form, where the comma before the state is often left out or the line is typed
    /// in lower case: "88 Elm St #2, Quincy Point MA 02169", "610 Depot Ave  Lone Elm KS 67550", "1907 e. oak rd, tempe, az 85281".
    /// A street number earlier on the line vouches for the address; then a capital state needs a capitalised town word right
    /// before it, a lower-case one ("az") needs the town and comma. Without a street number ("cath lab IN 12345", "ref OR 30482")
    /// nothing changes.
    /// </summary>
    private static bool IsStateInStreetLine(string text, int stateStart, string candidate)
    {
        bool upper = char.IsAsciiLetterUpper(candidate[0]) && char.IsAsciiLetterUpper(candidate[1]);
        bool lower = char.IsAsciiLetterLower(candidate[0]) && char.IsAsciiLetterLower(candidate[1]);
        if (!(upper || lower) || !StateAbbreviations.Contains(upper ? candidate : candidate.ToUpperInvariant()))
        {
            return false;
        }
        // "Ann Roe MD 40112", "Ed Poe PA 40112": after a name these are credentials, not states, unless a comma says otherwise.
        bool town = upper ? candidate is not ("MD" or "PA") && IsCapitalisedWordBefore(text, stateStart) : HasTownAndCommaBefore(text, stateStart);
        return town && HasStreetNumberBefore(text, stateStart, capitalStreet: upper);
    }

    /// <summary>"Lone Elm KS": a capitalised word (with a lower-case letter) right before the state, blanks only between, same line.</summary>
    private static bool IsCapitalisedWordBefore(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }
        if (end == at)
        {
            return false;
        }
        int start = end;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }
        return end - start >= 2 && char.IsAsciiLetterUpper(text[start]) && char.IsAsciiLetterLower(text[end - 1])
            && (start == 0 || !char.IsLetterOrDigit(text[start - 1]));
    }

    /// <summary>
    /// A house number (1–6 digits starting a word, then a blank and a letter) earlier on the line, at most 80 characters back.
    /// On a capitalised line the street must be capitalised too ("41 Wren Ln", not "2 units given").
    /// </summary>
    private static bool HasStreetNumberBefore(string text, int at, bool capitalStreet)
    {
        for (int i = at - 1; i >= 0 && at - i <= 80 && text[i] != '\n'; i--)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
            {
                continue;
            }
            if (i > 0 && char.IsLetter(text[i - 1]))
            {
                continue;
            }
            int end = i;
            while (end < at && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            if (end - i <= 6 && end + 1 < at && text[end] == ' ' && (capitalStreet ? char.IsAsciiLetterUpper(text[end + 1]) : char.IsAsciiLetter(text[end + 1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>1–3 capitalised words just before the state ("Springfield, IL"), on the same line.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static bool TryFindCityBefore(string text, int stateStart, out int cityStart, out int cityLength)
    {
        cityStart = 0;
        cityLength = 0;
        int end = stateStart;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }
        if (end > 0 && text[end - 1] == ',')
        {
            end--;
        }
        int start = end;
        int accepted = -1;
        for (int words = 1; words <= 3; words++)
        {
            int wordEnd = start;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '.' or '-'))
            {
                start--;
            }
            if (start == wordEnd || !char.IsUpper(text[start]) || NameStopWords.Contains(text[start..wordEnd].TrimEnd('.')))
            {
                break;
            }
            accepted = start;
            if (start == 0 || text[start - 1] != ' ')
            {
                break;
            }
            start--;
        }
        if (accepted < 0)
        {
            return false;
        }
        cityStart = accepted;
        cityLength = end - accepted;
        return true;
    }

    private static readonly FrozenSet<string> StateAbbreviations = new[]
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
        "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static string FirstWord(string value)
    {
        int space = value.IndexOfAny([' ', '\t']);
        return space < 0 ? value : value[..space];
    }

    /// <summary>States are allowed under Safe Harbor: "lives in Ohio" is not an identifier.</summary>
    private static readonly FrozenSet<string> StateNames = new[]
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming", "America", "United States", "Canada", "Mexico",
    }.ToFrozenSet(StringComparer.Ordinal);
}
