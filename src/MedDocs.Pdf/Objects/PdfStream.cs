namespace MedDocs.Pdf.Objects;

/// <summary>A stream: its dictionary and the still-encoded bytes (a slice of the file, not a copy).</summary>
internal sealed class PdfStream(PdfDictionary dictionary, byte[] source, int offset, int length) : PdfObject
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public byte[] Source { get; } = source;

    public int Offset { get; } = offset;

    public int Length { get; } = length;

    /// <summary>Object number and generation, needed for decryption; -1 when not an indirect object from the file.</summary>
    public int ObjectNumber { get; set; } = -1;

    public int Generation { get; set; }

    /// <summary>No "endstream" was found: the data runs to the end of the file, which was probably cut short.</summary>
    public bool Unterminated { get; init; }

    public ReadOnlySpan<byte> RawSpan => Source.AsSpan(Offset, Length);
}
