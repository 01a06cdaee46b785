using System.Globalization;
using System.Text;

namespace MedDocs.Pdf.Fonts;

/// <summary>Glyph name → Unicode: the embedded Adobe Glyph List subset plus the uniXXXX / uXXXX[XX] conventions.</summary>
internal static class GlyphNames
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(Load);

    private static Dictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>(1400, StringComparer.Ordinal);
        using var stream = typeof(GlyphNames).Assembly.GetManifestResourceStream("MedDocs.Pdf.GlyphList.txt")
            ?? throw new InvalidOperationException("The embedded glyph list resource is missing from MedDocs.Pdf.");
        using var reader = new StreamReader(stream, Encoding.ASCII);
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                table[line[..space]] = char.ConvertFromUtf32(int.Parse(line.AsSpan(space + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }
        }

        return table;
    }

    public static string? ToUnicode(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (Table.Value.TryGetValue(name, out var direct))
        {
            return direct;
        }

        // "f_f_i" ligature components, "a.sc" variants.
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            return ToUnicode(name[..dot]);
        }

        if (name.Contains('_', StringComparison.Ordinal))
        {
            var sb = new StringBuilder();
            foreach (var part in name.Split('_'))
            {
                var u = ToUnicode(part);
                if (u == null)
                {
                    return null;
                }

                sb.Append(u);
            }

            return sb.ToString();
        }

        if (name.Length >= 7 && name.StartsWith("uni", StringComparison.Ordinal) && (name.Length - 3) % 4 == 0)
        {
            var sb = new StringBuilder();
            for (var i = 3; i < name.Length; i += 4)
            {
                if (!int.TryParse(name.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
                {
                    return null;
                }

                sb.Append((char)value);
            }

            return sb.ToString();
        }

        if (name.Length is >= 5 and <= 7 && name[0] == 'u' && int.TryParse(name.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
        {
            return char.ConvertFromUtf32(code);
        }

        return null;
    }
}
