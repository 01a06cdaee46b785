namespace MedDocs.Pdf.Fonts;

/// <summary>What text extraction needs from a font: split a string into codes, map a code to Unicode, and its advance.</summary>
internal abstract class PdfFont
{
    /// <summary>Reads the code starting at <paramref name="at"/>; returns how many bytes it used (at least 1).</summary>
    public abstract int ReadCode(ReadOnlySpan<byte> bytes, int at, out int code);

    /// <summary>Unicode text for a code, or null when the font gives no usable mapping.</summary>
    public abstract string? GetText(int code);

    /// <summary>Horizontal advance in text space per unit of font size (glyph width / 1000 for most fonts).</summary>
    public abstract double GetWidth(int code);

    /// <summary>
    /// Vertical advance (w1) in text space per unit of font size for vertical writing: negative, -1 (one em down)
    /// unless the font's /W2 or /DW2 says otherwise.
    /// </summary>
    public virtual double GetVerticalAdvance(int code) => -1.0;

    /// <summary>True when widths come from the PDF or known metrics, so small gaps can be trusted as word breaks.</summary>
    public bool ReliableWidths { get; protected init; }

    /// <summary>Vertical writing mode (Identity-V and other -V CMaps): glyphs advance downwards.</summary>
    public bool IsVertical { get; protected init; }
}
