using System.Collections.Frozen;

namespace MedDocs.Core.Phi;

/// <summary>
/// Geographic units smaller than a state: street addresses (with suite/apartment), PO boxes, cities in
/// "City, ST 12345" lines or after "lives in", and ZIP codes after a state.
/// </summary>
internal static class AddressRules
{
    public static void Collect(FindingSink sink)
    {
        string text = sink.Text;
        foreach (var m in PhiPatterns.StreetAddress().EnumerateMatches(text))
        {
            sink.Add(PhiType.Location, m.Index, m.Length, 0.85, "street-address");
        }

        foreach (var m in PhiPatterns.UnitDesignator().EnumerateMatches(text))
        {
            sink.Add(PhiType.Location, m.Index, m.Length, 0.75, "unit-designator");
        }

        foreach (var m in PhiPatterns.PostOfficeBox().EnumerateMatches(text))
        {
            sink.Add(PhiType.Location, m.Index, m.Length, 0.9, "po-box");
        }

        for (var m = PhiPatterns.CityStateZip().Match(text); m.Success; m = m.NextMatch())
        {
            var city = m.Groups["city"];
            if (!NameStopWords.Contains(FirstWord(city.Value)))
            {
                sink.Add(PhiType.Location, city.Index, city.Length, 0.8, "city-state-zip");
            }
            var zip = m.Groups["zip"];
            sink.Add(PhiType.Zip, zip.Index, zip.Length, 0.95, "zip-after-state");
        }

        for (var m = PhiPatterns.StateZip().Match(text); m.Success; m = m.NextMatch())
        {
            var zip = m.Groups["zip"];
            sink.Add(PhiType.Zip, zip.Index, zip.Length, 0.92, "zip-after-state");
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
