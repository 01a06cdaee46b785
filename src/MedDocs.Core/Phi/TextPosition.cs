namespace MedDocs.Core.Phi;

/// <summary>A 1-based line and column in a text (columns count UTF-16 characters).</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>
    /// Position of one offset. Scans the text up to <paramref name="offset"/>; for many lookups in the
    /// same text build a <see cref="LineIndex"/> once instead.
    /// </summary>
    public static TextPosition Of(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, text.Length);
        var before = text.AsSpan(0, offset);
        int line = 1 + before.Count('\n');
        int lastNewline = before.LastIndexOf('\n');
        return new TextPosition(line, offset - lastNewline);
    }
}
