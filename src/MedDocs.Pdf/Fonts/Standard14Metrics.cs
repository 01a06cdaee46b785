namespace MedDocs.Pdf.Fonts;

/// <summary>
/// Advance widths (1/1000 em) of the standard-14 fonts for printable ASCII, from Adobe's AFM files,
/// used when a non-embedded font has no /Widths. Italic faces share their upright widths (close enough for word gaps).
/// </summary>
internal static class Standard14Metrics
{
    private static readonly short[] Helvetica =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    private static readonly short[] HelveticaBold =
    [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ];

    private static readonly short[] TimesRoman =
    [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ];

    private static readonly short[] TimesBold =
    [
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
        930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
        611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
        333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
        556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
    ];

    /// <summary>The width table for a base font name (subset prefix removed), or null when it is not a standard-14 look-alike.</summary>
    public static short[]? ForFont(string baseFont, out int defaultWidth)
    {
        var name = baseFont.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", "-", StringComparison.Ordinal);
        var bold = name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.OrdinalIgnoreCase);
        defaultWidth = 500;
        if (name.StartsWith("Courier", StringComparison.OrdinalIgnoreCase) || name.Contains("Mono", StringComparison.OrdinalIgnoreCase))
        {
            defaultWidth = 600;
            return Courier;
        }

        if (name.StartsWith("Helvetica", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Arial", StringComparison.OrdinalIgnoreCase))
        {
            defaultWidth = 556;
            return bold ? HelveticaBold : Helvetica;
        }

        if (name.StartsWith("Times", StringComparison.OrdinalIgnoreCase))
        {
            return bold ? TimesBold : TimesRoman;
        }

        return null;
    }

    /// <summary>Symbol widths by code 0x20–0x7E (AFM); codes above use 549, the width of most math operators.</summary>
    private static readonly short[] SymbolAscii =
    [
        250, 333, 713, 500, 549, 833, 778, 439, 333, 333, 500, 549, 250, 549, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 549, 549, 549, 444,
        549, 722, 667, 722, 612, 611, 763, 603, 722, 333, 631, 722, 686, 889, 722, 722,
        768, 741, 556, 592, 611, 690, 439, 768, 645, 795, 611, 333, 863, 333, 658, 500,
        500, 631, 549, 549, 494, 439, 521, 411, 603, 329, 603, 549, 549, 576, 521, 549,
        549, 521, 549, 603, 439, 576, 713, 686, 493, 686, 494, 480, 200, 480, 549,
    ];

    /// <summary>Width of a Symbol-font code (the font has its own encoding, so widths go by code).</summary>
    public static int SymbolWidth(int code) => code switch
    {
        >= 0x20 and <= 0x7E => SymbolAscii[code - 0x20],
        0xB0 => 400,
        0xB7 => 460,
        0xBC => 1000,
        _ => 549,
    };

    private static readonly short[] Courier = Enumerable.Repeat((short)600, 95).ToArray();

    /// <summary>Width of a Unicode character in a table from <see cref="ForFont"/>; ’ and ‘ share the quote slots.</summary>
    public static int Width(short[] table, string? text, int defaultWidth)
    {
        if (string.IsNullOrEmpty(text))
        {
            return defaultWidth;
        }

        var c = text[0] switch
        {
            '\u2019' => '\'',
            '\u2018' => '`',
            '\u00A0' => ' ',
            _ => text[0],
        };
        return c is >= ' ' and <= '~' ? table[c - ' '] : defaultWidth;
    }
}
