namespace MedDocs.Core.Embeddings;

/// <summary>
/// Splits long text into overlapping passages that fit a budget — for embedding, PHI detection by LLM and SOAP
/// map-reduce alike. Each chunk is at most <c>maxChunkChars</c> long and breaks at the best boundary in its second
/// half: a blank line (paragraph), else a line end, else a sentence end, else a space, else (one unbroken run) a hard
/// cut that never splits a surrogate pair. Chunks are trimmed of surrounding whitespace; the next chunk starts about
/// <c>overlapChars</c> before the previous one ended, moved forward to the start of a word (mid-word only when the
/// whole overlap lies inside one long word).
/// </summary>
public static class TextChunker
{
    /// <summary>Rough characters per token for English prose with BPE tokenizers (OpenAI's rule of thumb); used by <see cref="SplitByTokens"/>.</summary>
    public const int ApproxCharsPerToken = 4;

    /// <summary>Splits by a character budget.</summary>
    public static IReadOnlyList<TextChunk> Split(string text, int maxChunkChars, int overlapChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxChunkChars < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(maxChunkChars), maxChunkChars, "A chunk must hold at least 2 characters.");
        }

        if (overlapChars < 0 || overlapChars >= maxChunkChars)
        {
            throw new ArgumentOutOfRangeException(nameof(overlapChars), overlapChars,
                $"Overlap must be at least 0 and less than the chunk size ({maxChunkChars}).");
        }

        var chunks = new List<TextChunk>();
        var start = SkipWhitespace(text, 0);
        while (start < text.Length)
        {
            var hardEnd = Math.Min(start + maxChunkChars, text.Length);
            var end = hardEnd == text.Length ? hardEnd : FindBreak(text, start, hardEnd, start + (maxChunkChars / 2));
            var trimmedEnd = end;
            while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (trimmedEnd > start)
            {
                chunks.Add(new TextChunk(chunks.Count, start, trimmedEnd - start, text[start..trimmedEnd]));
            }

            if (end >= text.Length)
            {
                break;
            }

            var next = SkipWhitespace(text, overlapChars == 0 ? end : StartOfNextWord(text, Math.Max(start + 1, end - overlapChars), end));
            start = next > start ? next : end;
        }

        return chunks;
    }

    /// <summary>Splits by an approximate token budget (<see cref="ApproxCharsPerToken"/> characters per token).</summary>
    public static IReadOnlyList<TextChunk> SplitByTokens(string text, int maxTokens, int overlapTokens) =>
        Split(text, checked(maxTokens * ApproxCharsPerToken), checked(overlapTokens * ApproxCharsPerToken));

    /// <summary>Where to end a chunk that must end by <paramref name="hardEnd"/>: the best boundary after <paramref name="minBreak"/>.</summary>
    private static int FindBreak(string text, int start, int hardEnd, int minBreak)
    {
        // Paragraph: a line end preceded (spaces aside) by another line end.
        for (var i = hardEnd - 1; i > minBreak; i--)
        {
            if (text[i] == '\n' && PreviousLineIsBlank(text, i, start))
            {
                return i + 1;
            }
        }

        var lineEnd = text.LastIndexOf('\n', hardEnd - 1, hardEnd - minBreak);
        if (lineEnd > minBreak)
        {
            return lineEnd + 1;
        }

        for (var i = hardEnd - 2; i > minBreak; i--)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }

        for (var i = hardEnd - 1; i > minBreak; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        return char.IsHighSurrogate(text[hardEnd - 1]) && hardEnd - 1 > start ? hardEnd - 1 : hardEnd;
    }

    private static bool PreviousLineIsBlank(string text, int newline, int start)
    {
        for (var j = newline - 1; j >= start; j--)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The first word start at or after <paramref name="position"/> and before <paramref name="limit"/>, so overlaps begin with whole words.</summary>
    /// <remarks>When the whole overlap lies inside one long word, the overlap starts mid-word rather than vanishing.</remarks>
    private static int StartOfNextWord(string text, int position, int limit)
    {
        var candidate = position;
        if (candidate > 0 && !char.IsWhiteSpace(text[candidate - 1]))
        {
            while (candidate < limit && !char.IsWhiteSpace(text[candidate]))
            {
                candidate++;
            }
        }

        candidate = SkipWhitespace(text, candidate);
        if (candidate < limit)
        {
            return candidate;
        }

        return char.IsLowSurrogate(text[position]) ? position + 1 : position;
    }

    private static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
