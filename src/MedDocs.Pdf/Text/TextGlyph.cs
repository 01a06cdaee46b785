namespace MedDocs.Pdf.Text;

/// <summary>One shown glyph in device space: where it starts and ends on its baseline, and its font size on the page.</summary>
internal readonly record struct TextGlyph(string Text, double X0, double Y0, double X1, double Y1, double FontSize, bool ReliableWidth);
