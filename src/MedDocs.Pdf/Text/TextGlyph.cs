namespace MedDocs.Pdf.Text;

/// <summary>
/// One shown glyph in device space: where it starts and ends along its line (for vertical writing, from its top
/// down its column), its font size on the page, and whether it was written vertically.
/// </summary>
internal readonly record struct TextGlyph(string Text, double X0, double Y0, double X1, double Y1, double FontSize, bool ReliableWidth, bool Vertical = false);
