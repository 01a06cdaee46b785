namespace MedDocs.Core.Phi;

/// <summary>Character ranges (start inclusive, end exclusive) that a reader marked in a note, such as table cells or HL7 fields.</summary>
internal static class CharRanges
{
    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) lies wholly inside one of <paramref name="ranges"/>.</summary>
    public static bool AnyHolds(List<(int Start, int End)> ranges, int start, int end)
    {
        foreach (var (s, e) in ranges)
        {
            if (start >= s && end <= e)
            {
                return true;
            }
        }
        return false;
    }
}
