using System.Text;
using System.Text.RegularExpressions;

namespace MedDocs.Core.Phi;

/// <summary>
/// Finds where a string a model returned occurs in the text it was given. Only verbatim occurrences
/// count (case-sensitive; runs of whitespace may differ, since models often re-flow line breaks), and
/// only at word boundaries, so "Ann" never marks the inside of "Annual". A string that occurs nowhere
/// is a hallucination: the caller drops it.
/// </summary>
public static class PhiTextLocator
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Start offsets and lengths of every occurrence of <paramref name="value"/> in <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Start, int Length)> FindAll(string text, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(value);
        var needle = value.Trim();
        var found = new List<(int, int)>();
        if (needle.Length == 0 || needle.Length > text.Length)
        {
            return found;
        }
        for (int at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            if (AtWordBoundaries(text, at, needle.Length))
            {
                found.Add((at, needle.Length));
            }
        }
        if (found.Count == 0 && needle.AsSpan().IndexOfAny(" \t\r\n\f") >= 0)
        {
            FindWhitespaceTolerant(text, needle, found);
        }
        return found;
    }

    private static void FindWhitespaceTolerant(string text, string needle, List<(int, int)> found)
    {
        var pattern = new StringBuilder();
        foreach (var word in needle.Split([' ', '\t', '\r', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (pattern.Length > 0)
            {
                pattern.Append(@"\s+");
            }
            pattern.Append(Regex.Escape(word));
        }
        try
        {
            foreach (Match match in Regex.Matches(text, pattern.ToString(), RegexOptions.CultureInvariant, MatchTimeout))
            {
                if (AtWordBoundaries(text, match.Index, match.Length))
                {
                    found.Add((match.Index, match.Length));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological answer is treated like a string that was not found.
        }
    }

    /// <summary>A match that starts or ends with a letter/digit must not continue a word on that side.</summary>
    private static bool AtWordBoundaries(string text, int start, int length)
    {
        int end = start + length;
        bool startsWord = char.IsLetterOrDigit(text[start]);
        bool endsWord = char.IsLetterOrDigit(text[end - 1]);
        if (startsWord && start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            return false;
        }
        return !(endsWord && end < text.Length && char.IsLetterOrDigit(text[end]));
    }
}
