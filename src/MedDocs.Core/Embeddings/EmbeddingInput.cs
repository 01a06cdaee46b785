namespace MedDocs.Core.Embeddings;

/// <summary>One text waiting to be embedded: a chunk of a source, and the prefixed form the model is sent.</summary>
public sealed record EmbeddingInput(int SourceId, string? SourceName, string? Path, string? Label, TextChunk Chunk, string ModelText)
{
    /// <summary>The vector the result cache already holds for <see cref="ModelText"/>: then no request carries it.</summary>
    public Cache.CachedVector? Cached { get; init; }

    /// <summary>The chunk was cut to fit the model's context: only its first <c>Chunk.Length</c> characters are embedded.</summary>
    public bool Truncated { get; init; }

    /// <summary>Times it was cut after the server said it was still too long.</summary>
    public int Shrinks { get; init; }

    /// <summary>
    /// The model text the server refused as too long, when this input is a cut of it: the cut is remembered under it
    /// in the result cache, so the next run sends (or finds) the cut at once instead of being refused again.
    /// </summary>
    public string? RefusedModelText { get; init; }

    /// <summary>The same input keeping only its first <paramref name="length"/> characters (the task prefix stays).</summary>
    public EmbeddingInput CutTo(int length)
    {
        var prefix = ModelText[..(ModelText.Length - Chunk.Text.Length)];
        var text = Chunk.Text[..length];
        return this with { Chunk = Chunk with { Length = length, Text = text }, ModelText = prefix + text, Truncated = true };
    }
}
