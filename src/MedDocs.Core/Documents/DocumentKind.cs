namespace MedDocs.Core.Documents;

/// <summary>What a <see cref="Document"/> was read from.</summary>
public enum DocumentKind
{
    Pdf,
    Text,
    Markdown,
    Docx,
    WhisperX,
    /// <summary>Text handed over directly (pipeline input), not read from a file.</summary>
    RawText,
}
