using System.Text;

namespace MedDocs.Pdf.Text;

/// <summary>
/// Turns glyphs into text in content order (the approach of PdfPig's ContentOrderTextExtractor):
/// a glyph off the previous baseline starts a new line; a gap along the baseline wider than a fraction
/// of the font size starts a new word. Ligatures are expanded; lines carry no trailing whitespace.
/// </summary>
internal static class TextLayout
{
    /// <summary>Gap (in font sizes) that separates words when glyph widths are trustworthy; poppler uses 0.1.</summary>
    private const double WordGap = 0.12;

    /// <summary>Larger gap when widths are guessed (no /Widths, unknown font).</summary>
    private const double GuessedWordGap = 0.3;

    /// <summary>Baseline offset (in font sizes) beyond which a glyph is on a new line; sub/superscripts stay.</summary>
    private const double LineShift = 0.6;

    public static string Build(IEnumerable<TextGlyph> glyphs)
    {
        var sb = new StringBuilder(1024);
        TextGlyph? previous = null;
        var pendingSpace = false;
        var deferredNewline = false;
        var recent = new TextGlyph[RecentWindow];
        var recentCount = 0;
        TextGlyph? lastDrawn = null;
        var lastWasDuplicate = false;
        foreach (var glyph in glyphs)
        {
            if (glyph.Text.Length == 0)
            {
                continue;
            }

            // Only a glyph that jumps back (or follows a duplicate) can be an overprint; flowing text skips the scan.
            var continues = lastDrawn is { } d && Math.Abs(glyph.X0 - d.X1) + Math.Abs(glyph.Y0 - d.Y1) < 0.05 * Math.Max(glyph.FontSize, 0.01);
            lastDrawn = glyph;
            if (lastWasDuplicate && continues && string.IsNullOrWhiteSpace(glyph.Text))
            {
                continue; // a space inside a duplicated string
            }

            if ((!continues || lastWasDuplicate) && IsOverprint(glyph, recent, Math.Min(recentCount, RecentWindow)))
            {
                lastWasDuplicate = true;
                continue; // fake bold / shadow: the same glyph drawn again almost on top of itself
            }

            lastWasDuplicate = false;
            recent[recentCount++ % RecentWindow] = glyph;

            if (string.IsNullOrWhiteSpace(glyph.Text))
            {
                pendingSpace = true;
                if (previous is { } p)
                {
                    // Keep walking the baseline through the space so the next gap is measured from here.
                    previous = p with { X1 = glyph.X1, Y1 = glyph.Y1 };
                }

                continue;
            }

            if (previous is { } prev)
            {
                var dx = prev.X1 - prev.X0;
                var dy = prev.Y1 - prev.Y0;
                var length = Math.Sqrt((dx * dx) + (dy * dy));
                double ux = 1, uy = 0;
                if (length > 1e-6)
                {
                    ux = dx / length;
                    uy = dy / length;
                }

                var gx = glyph.X0 - prev.X1;
                var gy = glyph.Y0 - prev.Y1;
                var along = (gx * ux) + (gy * uy);
                var across = (gy * ux) - (gx * uy);
                var size = Math.Max(Math.Max(prev.FontSize, glyph.FontSize), 0.01);
                var gapLimit = (prev.ReliableWidth ? WordGap : GuessedWordGap) * size; // the gap starts where the previous glyph ends
                if (Math.Abs(across) > LineShift * size || along < -3 * size)
                {
                    TrimEnd(sb);
                    if (!pendingSpace && EndsWithHyphenatedWord(sb) && char.IsLower(glyph.Text[0]))
                    {
                        // "treat-" + "ment" on the next line: join the word, break the line after it (as pdftotext does).
                        sb.Length--;
                        deferredNewline = true;
                    }
                    else
                    {
                        sb.Append('\n');
                        deferredNewline = false;
                    }
                }
                else if (pendingSpace || along > gapLimit || along < -0.5 * size)
                {
                    if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n')
                    {
                        sb.Append(deferredNewline ? '\n' : ' ');
                        deferredNewline = false;
                    }
                }
            }

            pendingSpace = false;
            AppendText(sb, glyph.Text);
            previous = glyph;
        }

        TrimEnd(sb);
        return sb.ToString();
    }

    /// <summary>How many recent glyphs are checked for overprinting.</summary>
    private const int RecentWindow = 48;

    private static bool IsOverprint(TextGlyph glyph, TextGlyph[] recent, int count)
    {
        if (string.IsNullOrWhiteSpace(glyph.Text))
        {
            return false;
        }

        var tolerance = 0.1 * Math.Max(glyph.FontSize, 0.01);
        for (var i = 0; i < count; i++)
        {
            var r = recent[i];
            if (Math.Abs(r.X0 - glyph.X0) < tolerance && Math.Abs(r.Y0 - glyph.Y0) < tolerance && r.Text == glyph.Text)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithHyphenatedWord(StringBuilder sb) =>
        sb.Length >= 3 && sb[^1] == '-' && char.IsLetter(sb[^2]) && char.IsLetter(sb[^3]);

    private static void AppendText(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\uFB00': sb.Append("ff"); break;
                case '\uFB01': sb.Append("fi"); break;
                case '\uFB02': sb.Append("fl"); break;
                case '\uFB03': sb.Append("ffi"); break;
                case '\uFB04': sb.Append("ffl"); break;
                case '\uFB05':
                case '\uFB06': sb.Append("st"); break;
                case '\u00A0': sb.Append(' '); break;
                case '\r':
                case '\n':
                case '\t': sb.Append(' '); break;
                case '\0': break;
                default: sb.Append(c); break;
            }
        }
    }

    private static void TrimEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && (sb[^1] == ' ' || sb[^1] == '\n'))
        {
            sb.Length--;
        }
    }
}
