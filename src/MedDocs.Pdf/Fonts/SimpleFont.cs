using MedDocs.Pdf.Objects;
using MedDocs.Pdf.Parsing;

namespace MedDocs.Pdf.Fonts;

/// <summary>Type1, MMType1, TrueType and Type3 fonts: one byte per code, 256-entry encoding.</summary>
internal sealed class SimpleFont : PdfFont
{
    private readonly string?[] codeToText = new string?[256];
    private readonly double[] widths = new double[256];
    private readonly CMap? toUnicode;

    public SimpleFont(PdfDictionary dict, PdfObjectStore store)
    {
        var subtype = dict.GetName("Subtype");
        var baseFont = StripSubset(store.Resolve(dict["BaseFont"]) is PdfName bn ? bn.Value : string.Empty);
        var descriptor = store.ResolveDictionary(dict["FontDescriptor"]);
        var flags = descriptor != null && store.Resolve(descriptor["Flags"]) is PdfNumber f ? f.IntValue : 0;
        var symbolic = (flags & 4) != 0 && (flags & 32) == 0;
        toUnicode = FontFactory.ReadToUnicode(dict, store);

        // Width scale: glyph space → text space (1/1000, or the Type 3 FontMatrix).
        var scale = 0.001;
        if (subtype == "Type3" && store.Resolve(dict["FontMatrix"]) is PdfArray fm && fm.Count >= 4 && store.Resolve(fm[0]) is PdfNumber a)
        {
            scale = Math.Abs(a.Value) is > 0 and < 10 ? Math.Abs(a.Value) : 0.001;
        }

        BuildEncoding(dict, store, baseFont, subtype, symbolic, descriptor);

        var metrics = Standard14Metrics.ForFont(baseFont, out var defaultWidth);
        var isSymbol = baseFont.StartsWith("Symbol", StringComparison.Ordinal) && subtype != "Type3";
        var missing = descriptor != null && store.Resolve(descriptor["MissingWidth"]) is PdfNumber mw && mw.Value > 0 ? mw.Value : -1;
        var firstChar = store.Resolve(dict["FirstChar"]) is PdfNumber fc ? fc.IntValue : 0;
        var widthArray = store.Resolve(dict["Widths"]) as PdfArray;
        ReliableWidths = widthArray != null || metrics != null || isSymbol;
        for (var code = 0; code < 256; code++)
        {
            double width = -1;
            var index = code - firstChar;
            if (widthArray != null && index >= 0 && index < widthArray.Count && store.Resolve(widthArray[index]) is PdfNumber w)
            {
                width = w.Value;
            }

            if (width <= 0 && isSymbol)
            {
                width = Standard14Metrics.SymbolWidth(code);
            }

            if (width <= 0 && metrics != null && subtype != "Type3")
            {
                width = Standard14Metrics.Width(metrics, codeToText[code], defaultWidth);
            }

            if (width <= 0)
            {
                width = missing > 0 ? missing : subtype == "Type3" ? 0 : 500;
            }

            widths[code] = width * scale;
        }
    }

    private static bool IsPictographic(string baseFont) =>
        baseFont.Contains("Wingding", StringComparison.OrdinalIgnoreCase) || baseFont.Contains("Webding", StringComparison.OrdinalIgnoreCase)
        || baseFont.Contains("Dingbat", StringComparison.OrdinalIgnoreCase) || baseFont.Contains("Symbol", StringComparison.OrdinalIgnoreCase)
        || baseFont.Contains("Marlett", StringComparison.OrdinalIgnoreCase);

    public static string StripSubset(string name) =>
        name.Length > 7 && name[6] == '+' && name[..6].All(char.IsAsciiLetterUpper) ? name[7..] : name;

    private void BuildEncoding(PdfDictionary dict, PdfObjectStore store, string baseFont, string? subtype, bool symbolic, PdfDictionary? descriptor)
    {
        var encoding = store.Resolve(dict["Encoding"]);
        var encodingDict = encoding as PdfDictionary;
        var baseTable = FontEncodings.ByName((encoding as PdfName)?.Value ?? encodingDict?.GetName("BaseEncoding"));
        if (baseTable == null)
        {
            if (baseFont.StartsWith("Symbol", StringComparison.Ordinal))
            {
                baseTable = FontEncodings.Symbol;
            }
            else if (baseFont.StartsWith("ZapfDingbats", StringComparison.Ordinal) || baseFont.Contains("Dingbats", StringComparison.Ordinal))
            {
                baseTable = FontEncodings.ZapfDingbats;
            }
            else if (FontProgramEncoding(store, descriptor, subtype) is { } builtin)
            {
                baseTable = builtin;
            }
            else if (symbolic && subtype == "TrueType")
            {
                // Symbolic TrueType without an encoding: codes index the font's (3,0) cmap. Text fonts that are
                // merely flagged symbolic (common from office suites) use ASCII codes; pictograph fonts do not.
                baseTable = IsPictographic(baseFont) ? null : FontEncodings.Standard;
            }
            else
            {
                baseTable = FontEncodings.Standard;
            }
        }

        if (baseTable != null)
        {
            Array.Copy(baseTable, codeToText, 256);
        }

        if (encodingDict != null && store.Resolve(encodingDict["Differences"]) is PdfArray differences)
        {
            var code = 0;
            foreach (var item in differences.Items)
            {
                switch (store.Resolve(item))
                {
                    case PdfNumber n:
                        code = n.IntValue;
                        break;
                    case PdfName name:
                        if (code is >= 0 and < 256)
                        {
                            codeToText[code] = GlyphNames.ToUnicode(name.Value) ?? (name.Value == ".notdef" ? codeToText[code] : null);
                        }

                        code++;
                        break;
                }
            }
        }
    }

    /// <summary>The embedded font's own encoding: Type 1 "dup N /name put", or a TrueType cmap.</summary>
    private static string?[]? FontProgramEncoding(PdfObjectStore store, PdfDictionary? descriptor, string? subtype)
    {
        if (descriptor == null)
        {
            return null;
        }

        try
        {
            if (store.Resolve(descriptor["FontFile"]) is PdfStream type1)
            {
                var clear = store.Resolve(type1.Dictionary["Length1"]) is PdfNumber l1 ? l1.IntValue : 0;
                var names = Type1BuiltinEncoding.TryRead(store.Decode(type1).Data, clear);
                if (names != null)
                {
                    var table = new string?[256];
                    foreach (var (code, name) in names)
                    {
                        table[code] = GlyphNames.ToUnicode(name);
                    }

                    return table;
                }
            }

            if (subtype == "TrueType" && store.Resolve(descriptor["FontFile2"]) is PdfStream trueType)
            {
                var cmap = TrueTypeCmap.TryParse(store.Decode(trueType).Data);
                if (cmap != null && cmap.ByteCodes.Count > 0 && cmap.Unicode.Count > 0)
                {
                    var glyphText = cmap.GlyphToUnicode();
                    var table = new string?[256];
                    foreach (var (code, glyph) in cmap.ByteCodes)
                    {
                        if (code < 256 && glyphText.TryGetValue(glyph, out var text))
                        {
                            table[code] = text;
                        }
                    }

                    return table;
                }
            }
        }
        catch (PdfException)
        {
            // A broken font program only costs us its built-in encoding.
        }

        return null;
    }

    public override int ReadCode(ReadOnlySpan<byte> bytes, int at, out int code)
    {
        code = bytes[at];
        return 1;
    }

    public override string? GetText(int code) => toUnicode?.Lookup(code) ?? (code is >= 0 and < 256 ? codeToText[code] : null);

    public override double GetWidth(int code) => code is >= 0 and < 256 ? widths[code] : 0.5;
}
