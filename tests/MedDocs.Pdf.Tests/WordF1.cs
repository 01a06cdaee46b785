using System.Globalization;
using System.Text;

namespace MedDocs.Pdf.Tests;

/// <summary>
/// Word-level F1 between extracted text and a reference (pdftotext): both are split on whitespace, NFKC-normalised
/// (so ligature code points compare equal to their letters) and compared as multisets, ignoring order.
/// </summary>
public static class WordF1
{
    public static double Score(string actual, string expected)
    {
        var a = Words(actual);
        var e = Words(expected);
        if (a.Count == 0 && e.Count == 0)
        {
            return 1;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in e)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        var common = 0;
        foreach (var w in a)
        {
            if (counts.TryGetValue(w, out var n) && n > 0)
            {
                counts[w] = n - 1;
                common++;
            }
        }

        if (common == 0)
        {
            return 0;
        }

        var precision = (double)common / a.Count;
        var recall = (double)common / e.Count;
        return 2 * precision * recall / (precision + recall);
    }

    public static List<string> Words(string text) =>
        text.Normalize(NormalizationForm.FormKC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(c => !char.IsControl(c)))
            .ToList();

    /// <summary>Words of <paramref name="expected"/> missing from <paramref name="actual"/> (for diagnostics).</summary>
    public static IEnumerable<string> Missing(string actual, string expected)
    {
        var have = Words(actual).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var w in Words(expected))
        {
            if (have.TryGetValue(w, out var n) && n > 0)
            {
                have[w] = n - 1;
            }
            else
            {
                yield return w;
            }
        }
    }

    public static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
