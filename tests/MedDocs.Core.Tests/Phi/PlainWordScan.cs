using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>
/// The plain word scan the product used before <see cref="WordStarts"/> (one search call per word): the oracle its
/// vectorised scan is compared with.
/// </summary>
internal static class PlainWordScan
{
    /// <summary>Start offsets of the ASCII-letter runs in <paramref name="text"/> that are in <paramref name="set"/>, ascending.</summary>
    public static List<int> Starts(AsciiWordSet set, string text, bool allowPossessive = false)
    {
        var starts = new List<int>();
        int i = 0;
        while (i < text.Length)
        {
            int offset = text.AsSpan(i).IndexOfAnyInRange('A', 'z');
            if (offset < 0)
            {
                break;
            }
            i += offset;
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }
            if (allowPossessive && i < text.Length - 1 && text[i] == '\'' && text[i + 1] == 's')
            {
                i += 2;
            }
            if (set.Contains(text.AsSpan(start, i - start)))
            {
                starts.Add(start);
            }
        }
        return starts;
    }
}
