using System.Text;

namespace MedDocs.Core.Categorization;

/// <summary>
/// A lower-cased word of the document, whether it lies in the heading region (the first non-empty lines), and whether it
/// leads its line (no word with a letter before it on the line: "1. DISCHARGE SUMMARY" leads, "…, new patient" does not).
/// </summary>
internal readonly record struct DocumentWord(string Text, bool InHeading, bool LeadsLine = false);

/// <summary>
/// Splits text into lower-cased runs of letters and digits (NFKC-normalised first, so full-width and ligature
/// characters match plain cues). Punctuation separates words: "Case No." and "CASE NO:" both read "case no".
/// </summary>
internal static class WordTokenizer
{
    public static List<DocumentWord> Tokenize(string text, int headingLines)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var words = new List<DocumentWord>(normalized.Length / 6);
        var builder = new StringBuilder(32);
        var nonEmptyLinesSeen = 0;
        var lineHasContent = false;
        var lineHasLetterWord = false;
        foreach (var ch in normalized)
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
                lineHasContent = true;
                continue;
            }

            Flush(words, builder, nonEmptyLinesSeen < headingLines, ref lineHasLetterWord);
            if (ch == '\n')
            {
                if (lineHasContent)
                {
                    nonEmptyLinesSeen++;
                }

                lineHasContent = false;
                lineHasLetterWord = false;
            }
        }

        Flush(words, builder, nonEmptyLinesSeen < headingLines, ref lineHasLetterWord);
        return words;
    }

    /// <summary>Words of a cue phrase, joined by single spaces: the key the matcher looks up.</summary>
    public static string PhraseKey(string phrase) =>
        string.Join(' ', Tokenize(phrase, 0).Select(w => w.Text));

    private static void Flush(List<DocumentWord> words, StringBuilder builder, bool inHeading, ref bool lineHasLetterWord)
    {
        if (builder.Length == 0)
        {
            return;
        }

        var text = builder.ToString();
        words.Add(new DocumentWord(text, inHeading, !lineHasLetterWord));
        lineHasLetterWord = lineHasLetterWord || !char.IsDigit(text[0]) || text.Any(char.IsLetter);
        builder.Clear();
    }

    /// <summary>Length of the text up to the end of its first <paramref name="headingLines"/> non-empty lines.</summary>
    public static int HeadingRegionLength(string text, int headingLines)
    {
        var seen = 0;
        var lineHasContent = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                if (lineHasContent && ++seen >= headingLines)
                {
                    return i;
                }

                lineHasContent = false;
            }
            else if (!char.IsWhiteSpace(text[i]))
            {
                lineHasContent = true;
            }
        }

        return text.Length;
    }
}
