using MedDocs.Pdf.Limits;
using MedDocs.Pdf.Objects;

namespace MedDocs.Pdf.Filters;

/// <summary>Runs a stream's /Filter chain with its /DecodeParms.</summary>
internal static class StreamFilters
{
    /// <summary>
    /// Runs the chain. Every expanding filter (Flate, LZW, RunLength) reserves its output from <paramref name="account"/>
    /// first, so a decompression bomb stops at the stream cap or the document's budget, and the cut is recorded.
    /// </summary>
    public static DecodedStream Decode(byte[] data, PdfObject? filterObject, PdfObject? parmsObject, Func<PdfObject?, PdfObject?> resolve, DecodeAccount account)
    {
        var filters = new List<string>();
        var parms = new List<PdfDictionary?>();
        var filter = resolve(filterObject);
        var parm = resolve(parmsObject);
        if (filter is PdfName single)
        {
            filters.Add(single.Value);
            parms.Add(parm as PdfDictionary ?? (parm is PdfArray pa && pa.Count > 0 ? resolve(pa[0]) as PdfDictionary : null));
        }
        else if (filter is PdfArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (resolve(array[i]) is PdfName name)
                {
                    filters.Add(name.Value);
                    parms.Add(parm is PdfArray parmArray && i < parmArray.Count ? resolve(parmArray[i]) as PdfDictionary : parm as PdfDictionary);
                }
            }
        }

        for (var i = 0; i < filters.Count; i++)
        {
            var p = parms[i];
            switch (filters[i])
            {
                case "FlateDecode":
                case "Fl":
                    data = Expand(account, max => (FlateFilter.Decode(data, max, out var cut), cut));
                    data = ApplyPredictor(data, p, resolve);
                    break;
                case "LZWDecode":
                case "LZW":
                    var early = p != null && resolve(p["EarlyChange"]) is PdfNumber ec ? ec.IntValue != 0 : true;
                    data = Expand(account, max => (LzwFilter.Decode(data, early, max, out var cut), cut));
                    data = ApplyPredictor(data, p, resolve);
                    break;
                case "ASCII85Decode":
                case "A85":
                    data = AsciiFilters.Decode85(data);
                    break;
                case "ASCIIHexDecode":
                case "AHx":
                    data = AsciiFilters.DecodeHex(data);
                    break;
                case "RunLengthDecode":
                case "RL":
                    data = Expand(account, max => (AsciiFilters.DecodeRunLength(data, max, out var cut), cut));
                    break;
                case "DCTDecode":
                case "DCT":
                    return new DecodedStream(data, "DCTDecode", p);
                case "JPXDecode":
                    return new DecodedStream(data, "JPXDecode", p);
                case "CCITTFaxDecode":
                case "CCF":
                    return new DecodedStream(data, "CCITTFaxDecode", p);
                case "JBIG2Decode":
                    return new DecodedStream(data, "JBIG2Decode", p);
                case "Crypt":
                    break; // only /Identity crypt filters are left at this point
                default:
                    throw new PdfException($"The PDF uses the unsupported stream filter '{filters[i]}'; its content cannot be read. Re-save it with a PDF editor that uses standard compression.");
            }
        }

        return new DecodedStream(data, null, null);
    }

    private static byte[] Expand(DecodeAccount account, Func<int, (byte[] Data, bool Cut)> decode)
    {
        var reservation = account.Reserve();
        var (output, cut) = decode(reservation.Bytes);
        account.Settle(reservation, output.Length, cut);
        return output;
    }

    private static byte[] ApplyPredictor(byte[] data, PdfDictionary? parms, Func<PdfObject?, PdfObject?> resolve)
    {
        if (parms == null)
        {
            return data;
        }

        int Get(string key, int fallback) => resolve(parms[key]) is PdfNumber n ? n.IntValue : fallback;
        return Predictor.Apply(data, Get("Predictor", 1), Get("Colors", 1), Get("BitsPerComponent", 8), Get("Columns", 1));
    }
}
