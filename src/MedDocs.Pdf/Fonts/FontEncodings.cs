using System.Text;

namespace MedDocs.Pdf.Fonts;

/// <summary>The simple-font base encodings (ISO 32000-1 Annex D) as code → Unicode tables; null entries are undefined.</summary>
internal static class FontEncodings
{
    public static readonly string?[] Standard = BuildStandard();
    public static readonly string?[] WinAnsi = BuildWinAnsi();
    public static readonly string?[] MacRoman = BuildMacRoman();
    public static readonly string?[] Symbol = BuildSymbol();
    public static readonly string?[] ZapfDingbats = BuildZapfDingbats();

    public static string?[]? ByName(string? name) => name switch
    {
        "WinAnsiEncoding" => WinAnsi,
        "MacRomanEncoding" => MacRoman,
        "StandardEncoding" => Standard,
        "MacExpertEncoding" => Standard,
        "PDFDocEncoding" => WinAnsi,
        _ => null,
    };

    private static string?[] Ascii()
    {
        var table = new string?[256];
        for (var c = 0x20; c < 0x7F; c++)
        {
            table[c] = ((char)c).ToString();
        }

        return table;
    }

    private static string?[] BuildStandard()
    {
        var t = Ascii();
        t[0x27] = "\u2019";
        t[0x60] = "\u2018";
        const string high = "A1\u00A1A2\u00A2A3\u00A3A4\u2044A5\u00A5A6\u0192A7\u00A7A8\u00A4A9'AA\u201CAB\u00ABAC\u2039AD\u203AAE\uFB01AF\uFB02B1\u2013B2\u2020B3\u2021B4\u00B7B6\u00B6B7\u2022B8\u201AB9\u201EBA\u201DBB\u00BBBC\u2026BD\u2030BF\u00BFC1`C2\u00B4C3\u02C6C4\u02DCC5\u00AFC6\u02D8C7\u02D9C8\u00A8CA\u02DACB\u00B8CD\u02DDCE\u02DBCF\u02C7D0\u2014E1\u00C6E3\u00AAE8\u0141E9\u00D8EA\u0152EB\u00BAF1\u00E6F5\u0131F8\u0142F9\u00F8FA\u0153FB\u00DF";
        for (var i = 0; i + 2 < high.Length; i += 3)
        {
            t[Convert.ToInt32(high.Substring(i, 2), 16)] = high[i + 2].ToString();
        }

        return t;
    }

    private static string?[] BuildWinAnsi()
    {
        var t = Ascii();
        const string c1 = "\u20AC\u2022\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u2022\u017D\u2022\u2022\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u2022\u017E\u0178";
        for (var i = 0; i < 32; i++)
        {
            t[0x80 + i] = c1[i].ToString();
        }

        for (var c = 0xA0; c <= 0xFF; c++)
        {
            t[c] = ((char)c).ToString();
        }

        t[0xA0] = " ";
        t[0xAD] = "-";
        return t;
    }

    private static string?[] BuildMacRoman()
    {
        var t = Ascii();
        try
        {
            var mac = CodePagesEncodingProvider.Instance.GetEncoding(10000);
            if (mac != null)
            {
                for (var c = 0x80; c <= 0xFF; c++)
                {
                    t[c] = mac.GetString([(byte)c]);
                }
            }
        }
        catch (ArgumentException)
        {
            // Code page data unavailable: the ASCII half still works.
        }

        return t;
    }

    private static string?[] BuildSymbol()
    {
        var t = Ascii();
        const string low = "\u0020!\u2200#\u2203%&\u220B()\u2217+,\u2212./0123456789:;<=>?\u2245\u0391\u0392\u03A7\u0394\u0395\u03A6\u0393\u0397\u0399\u03D1\u039A\u039B\u039C\u039D\u039F\u03A0\u0398\u03A1\u03A3\u03A4\u03A5\u03C2\u03A9\u039E\u03A8\u0396[\u2234]\u22A5_\uF8E5\u03B1\u03B2\u03C7\u03B4\u03B5\u03C6\u03B3\u03B7\u03B9\u03D5\u03BA\u03BB\u03BC\u03BD\u03BF\u03C0\u03B8\u03C1\u03C3\u03C4\u03C5\u03D6\u03C9\u03BE\u03C8\u03B6{|}\u223C";
        for (var i = 0; i < low.Length; i++)
        {
            t[0x20 + i] = low[i].ToString();
        }

        const string high = "\u20AC\u03D2\u2032\u2264\u2044\u221E\u0192\u2663\u2666\u2665\u2660\u2194\u2190\u2191\u2192\u2193\u00B0\u00B1\u2033\u2265\u00D7\u221D\u2202\u2022\u00F7\u2260\u2261\u2248\u2026\u23D0\u23AF\u21B5\u2135\u2111\u211C\u2118\u2297\u2295\u2205\u2229\u222A\u2283\u2287\u2284\u2282\u2286\u2208\u2209\u2220\u2207\u00AE\u00A9\u2122\u220F\u221A\u22C5\u00AC\u2227\u2228\u21D4\u21D0\u21D1\u21D2\u21D3\u25CA\u2329\u00AE\u00A9\u2122\u2211";
        for (var i = 0; i < high.Length; i++)
        {
            t[0xA0 + i] = high[i].ToString();
        }

        t[0xF1] = "\u232A";
        t[0xF2] = "\u222B";
        return t;
    }

    private static string?[] BuildZapfDingbats()
    {
        // Unicode's Dingbats block follows the ZapfDingbats layout, except where a character already existed elsewhere.
        var t = new string?[256];
        t[0x20] = " ";
        for (var c = 0x21; c < 0x7F; c++)
        {
            t[c] = ((char)(0x2700 + c - 0x20)).ToString();
        }

        t[0x25] = "\u260E";
        t[0x2A] = "\u261B";
        t[0x2B] = "\u261E";
        t[0x48] = "\u2605";
        t[0x6C] = "\u25CF";
        t[0x6E] = "\u25A0";
        t[0x73] = "\u25B2";
        t[0x74] = "\u25BC";
        t[0x75] = "\u25C6";
        t[0x77] = "\u25D7";
        for (var c = 0xA1; c <= 0xFE; c++)
        {
            t[c] = ((char)(0x2761 + c - 0xA1)).ToString();
        }

        return t;
    }
}
