namespace MedDocs.Pdf.Parsing;

internal enum XrefEntryKind
{
    Free,
    InFile,
    Compressed,
}

/// <summary>Where object N lives: at a byte offset, or as the Index-th object of object stream StreamNumber.</summary>
internal readonly record struct XrefEntry(XrefEntryKind Kind, long Offset, int Generation, int StreamNumber, int Index);
