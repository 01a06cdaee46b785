using System.Text;
using System.Text.RegularExpressions;

namespace MedDocs.Pdf.Fonts;

/// <summary>The built-in encoding of an embedded Type 1 font ("dup 65 /A put" in its clear-text part).</summary>
internal static partial class Type1BuiltinEncoding
{
    [GeneratedRegex(@"dup\s+(\d{1,3})\s*/([A-Za-z0-9_.\-]+)\s+put", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DupPut();

    public static Dictionary<int, string>? TryRead(byte[] program, int clearTextLength)
    {
        var length = clearTextLength > 0 ? Math.Min(clearTextLength, program.Length) : Math.Min(program.Length, 64 * 1024);
        var text = Encoding.Latin1.GetString(program, 0, length);
        if (!text.Contains("/Encoding", StringComparison.Ordinal) || text.Contains("/Encoding StandardEncoding", StringComparison.Ordinal))
        {
            return null;
        }

        var map = new Dictionary<int, string>();
        try
        {
            foreach (Match match in DupPut().Matches(text))
            {
                var code = int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (code < 256)
                {
                    map[code] = match.Groups[2].Value;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return map.Count > 0 ? map : null;
    }
}
