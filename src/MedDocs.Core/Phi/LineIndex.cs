namespace MedDocs.Core.Phi;

/// <summary>
/// Line starts of one text, computed once, so that each offset → line/column lookup is a binary search.
/// Lines end at '\n' ("\r\n" counts as one line break; the '\r' stays in the previous line's columns).
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _textLength;

    public LineIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _textLength = text.Length;
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        int offset = 0;
        int next;
        while ((next = span[offset..].IndexOf('\n')) >= 0)
        {
            offset += next + 1;
            starts.Add(offset);
        }
        _lineStarts = starts.ToArray();
    }

    /// <summary>Number of lines (a text without line breaks has one).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>1-based line and column of <paramref name="offset"/> (0..text length).</summary>
    public TextPosition PositionOf(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, _textLength);
        int index = Array.BinarySearch(_lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        return new TextPosition(line + 1, offset - _lineStarts[line] + 1);
    }
}
