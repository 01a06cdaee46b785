namespace MedDocs.Core.Phi.Tagging;

/// <summary>A token of the tagger: a run of letters, a run of digits, or one other non-blank character (`9/12` is three).</summary>
/// <param name="LineStart">The first token of its line: findings never run across a line, and line starts are a feature.</param>
internal readonly record struct TaggerToken(int Start, int Length, bool LineStart)
{
    /// <summary>The tokens of <paramref name="text"/>, into <paramref name="tokens"/> (cleared first).</summary>
    public static void Split(string text, List<TaggerToken> tokens)
    {
        tokens.Clear();
        bool lineStart = true;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                lineStart = true;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int start = i;
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
            tokens.Add(new TaggerToken(start, i - start, lineStart));
            lineStart = false;
        }
    }
}
