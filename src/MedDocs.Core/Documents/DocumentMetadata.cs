namespace MedDocs.Core.Documents;

/// <summary>What the loader learned about a document besides its text.</summary>
/// <param name="Title">Document title (PDF/DOCX properties) or the label given to raw text.</param>
/// <param name="Author">Author from the file's properties, when present.</param>
/// <param name="Producer">Software that produced the file (PDF Producer, DOCX Application).</param>
/// <param name="PageCount">Pages in the <see cref="Document"/> (1 for non-paginated sources).</param>
/// <param name="Encrypted">The PDF was encrypted (opened with the user password or an empty one).</param>
/// <param name="Repaired">The PDF reader had to repair a damaged file; text may be incomplete.</param>
/// <param name="Encoding">For text files: the character encoding the bytes were decoded with.</param>
public sealed record DocumentMetadata(
    string? Title,
    string? Author,
    string? Producer,
    int PageCount,
    bool Encrypted = false,
    bool Repaired = false,
    string? Encoding = null);
