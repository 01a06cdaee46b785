using MedDocs.Pdf.Objects;
using MedDocs.Pdf.Parsing;

namespace MedDocs.Pdf.Fonts;

/// <summary>Builds fonts from their dictionaries, once per document (fonts are shared by many pages).</summary>
internal sealed class FontFactory(PdfObjectStore store)
{
    private const int MaxCachedFonts = 512;

    private readonly Dictionary<PdfDictionary, PdfFont> cache = new(ReferenceEqualityComparer.Instance);

    public PdfFont Get(PdfDictionary dict)
    {
        if (cache.TryGetValue(dict, out var font))
        {
            return font;
        }

        try
        {
            font = dict.GetName("Subtype") == "Type0" ? new Type0Font(dict, store) : new SimpleFont(dict, store);
        }
        catch (PdfException)
        {
            font = new SimpleFont(new PdfDictionary(), store); // unreadable font: Standard encoding, default widths
        }

        if (cache.Count >= MaxCachedFonts)
        {
            cache.Clear();
        }

        cache[dict] = font;
        return font;
    }

    public static CMap? ReadToUnicode(PdfDictionary dict, PdfObjectStore store)
    {
        if (store.Resolve(dict["ToUnicode"]) is not PdfStream stream)
        {
            return null;
        }

        try
        {
            var cmap = CMap.Parse(store.Decode(stream).Data);
            return cmap.HasUnicode ? cmap : null;
        }
        catch (PdfException)
        {
            return null;
        }
    }
}
