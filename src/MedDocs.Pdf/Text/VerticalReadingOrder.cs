namespace MedDocs.Pdf.Text;

/// <summary>
/// Puts vertically written glyphs (Identity-V and other -V CMaps) in reading order: columns from right to left,
/// each column from top to bottom, whatever order the producer drew them in. Horizontal glyphs keep content order;
/// the vertical ones are re-sequenced in the slots they occupied, so a horizontal heading stays where it was.
/// </summary>
internal static class VerticalReadingOrder
{
    /// <summary>Glyphs whose centres lie closer than this share of the font size across the column share it.</summary>
    private const double ColumnTolerance = 0.5;

    public static List<TextGlyph> Apply(List<TextGlyph> glyphs)
    {
        var slots = new List<int>();
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (glyphs[i].Vertical)
            {
                slots.Add(i);
            }
        }

        if (slots.Count < 2)
        {
            return glyphs;
        }

        // Right to left by column position (the glyph origin is the column's centre line).
        var vertical = slots.Select(i => glyphs[i]).OrderByDescending(g => g.X0).ToList();
        var columns = new List<List<TextGlyph>>();
        var column = new List<TextGlyph> { vertical[0] };
        var columnSum = vertical[0].X0;
        var columnX = columnSum;
        foreach (var glyph in vertical.Skip(1))
        {
            var tolerance = ColumnTolerance * Math.Max(Math.Max(glyph.FontSize, column[0].FontSize), 0.01);
            if (Math.Abs(glyph.X0 - columnX) > tolerance)
            {
                columns.Add(column);
                column = [];
                columnSum = 0;
            }

            column.Add(glyph);
            columnSum += glyph.X0;
            columnX = columnSum / column.Count; // running mean: a column's glyphs drift a little

        }

        columns.Add(column);

        // Top to bottom within a column; a stable sort keeps overprinted duplicates together.
        var ordered = columns.SelectMany(c => c.OrderByDescending(g => g.Y0)).ToList();
        var result = new List<TextGlyph>(glyphs);
        for (var k = 0; k < slots.Count; k++)
        {
            result[slots[k]] = ordered[k];
        }

        return result;
    }
}
