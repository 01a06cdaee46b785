namespace MedDocs.Pdf;

/// <summary>Document information; Repaired is true when the cross-reference data was rebuilt by scanning the file.</summary>
public sealed record PdfMetadata(string? Title, string? Author, string? Subject, string? Creator, string? Producer,
                                 int PageCount, bool Encrypted, string Version, bool Repaired);
