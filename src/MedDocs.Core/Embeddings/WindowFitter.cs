namespace MedDocs.Core.Embeddings;

/// <summary>
/// Makes chunks fit a model's token window exactly. The chunker sizes passages at ~4 characters per token, but dense
/// text (dates, codes, numbers, abbreviations) has more word pieces per character; a passage over the window is
/// split in two at its best boundary, again until every part fits — nothing is cut off silently. Offsets stay offsets
/// into the document text; chunks are renumbered in order.
/// </summary>
public static class WindowFitter
{
    public static IReadOnlyList<TextChunk> Fit(IReadOnlyList<TextChunk> chunks, Func<string, int> countTokens, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(countTokens);
        var fitted = new List<TextChunk>(chunks.Count);
        foreach (var chunk in chunks)
        {
            AddFitting(chunk, countTokens, maxTokens, fitted);
        }
        return fitted.Select((c, i) => c with { Index = i }).ToList();
    }

    private static void AddFitting(TextChunk chunk, Func<string, int> countTokens, int maxTokens, List<TextChunk> fitted)
    {
        // A lone character is at most one piece, so halving always ends.
        if (chunk.Length < 2 || countTokens(chunk.Text) <= maxTokens)
        {
            fitted.Add(chunk);
            return;
        }
        var half = (chunk.Length / 2) + 1;
        foreach (var part in TextChunker.Split(chunk.Text, half, half / 8))
        {
            AddFitting(part with { Start = chunk.Start + part.Start }, countTokens, maxTokens, fitted);
        }
    }
}
