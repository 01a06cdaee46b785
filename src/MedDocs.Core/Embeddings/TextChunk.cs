namespace MedDocs.Core.Embeddings;

/// <summary>One passage of a longer text: <c>source.Substring(Start, Length) == Text</c>.</summary>
public sealed record TextChunk(int Index, int Start, int Length, string Text);
