using System.Globalization;
using System.Text;

namespace MedDocs.Benchmarks;

/// <summary>Writes a plain multi-page Helvetica PDF when no producer (groff, gs) is installed.</summary>
internal static class SimplePdfWriter
{
    public static byte[] Write(int pages)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            string.Empty, // pages tree, filled below
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        var kids = new StringBuilder();
        for (var p = 0; p < pages; p++)
        {
            var content = new StringBuilder("BT /F1 11 Tf 14 TL 72 740 Td\n");
            for (var line = 0; line < 48; line++)
            {
                content.Append(CultureInfo.InvariantCulture, $"(Page {p + 1} line {line + 1}: the patient reports mild dyspnea, blood pressure stable.) '\n");
            }

            content.Append("ET");
            objects.Add($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count} 0 R >>");
            kids.Append(CultureInfo.InvariantCulture, $"{objects.Count} 0 R ");
        }

        objects[1] = $"<< /Type /Pages /Count {pages} /Kids [{kids}] >>";
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }
}
