using MedDocs.Pdf.Objects;
using MedDocs.Pdf.Parsing;

namespace MedDocs.Pdf.Images;

/// <summary>
/// Turns an image XObject into a usable file: JPEG/JPEG 2000 pass through, CCITT/JBIG2 stay raw,
/// and uncompressed or Flate samples in gray, RGB, CMYK or indexed colour become PNG.
/// </summary>
internal static class ImageConverter
{
    private const long MaxPixels = 200_000_000;

    public static PdfImage? Convert(PdfStream stream, PdfObjectStore store, bool coversPage)
    {
        var dict = stream.Dictionary;
        var width = store.Resolve(dict["Width"]) is PdfNumber w ? w.IntValue : 0;
        var height = store.Resolve(dict["Height"]) is PdfNumber h ? h.IntValue : 0;
        if (width <= 0 || height <= 0 || (long)width * height > MaxPixels)
        {
            return null;
        }

        var decoded = store.Decode(stream);
        switch (decoded.ImageFilter)
        {
            case "DCTDecode":
                return new PdfImage(width, height, PdfImageFormat.Jpeg, decoded.Data, coversPage);
            case "JPXDecode":
                return new PdfImage(width, height, PdfImageFormat.Jpeg2000, decoded.Data, coversPage);
            case "CCITTFaxDecode":
                var parms = decoded.ImageParameters;
                var k = parms != null && store.Resolve(parms["K"]) is PdfNumber kn ? kn.IntValue : 0;
                var columns = parms != null && store.Resolve(parms["Columns"]) is PdfNumber cn ? cn.IntValue : 1728;
                var rows = parms != null && store.Resolve(parms["Rows"]) is PdfNumber rn && rn.IntValue > 0 ? rn.IntValue : height;
                var aligned = parms != null && store.Resolve(parms["EncodedByteAlign"]) is PdfBoolean { Value: true };
                return new PdfImage(columns, rows, PdfImageFormat.Ccitt, CcittTiffWrapper.Wrap(decoded.Data, columns, rows, k, aligned), coversPage);
            case "JBIG2Decode":
                return new PdfImage(width, height, PdfImageFormat.Jbig2, decoded.Data, coversPage);
            default:
                break;
        }

        var isMask = store.Resolve(dict["ImageMask"]) is PdfBoolean { Value: true };
        var bpc = isMask ? 1 : store.Resolve(dict["BitsPerComponent"]) is PdfNumber b ? b.IntValue : 8;
        var colorSpace = isMask ? new PdfName("DeviceGray") : store.Resolve(dict["ColorSpace"]);
        var (components, palette, paletteBase) = DescribeColorSpace(colorSpace, store);
        if (components == 0 || bpc is not (1 or 2 or 4 or 8 or 16))
        {
            return new PdfImage(width, height, PdfImageFormat.Raw, decoded.Data, coversPage);
        }

        var rowBytes = (int)(((long)width * components * bpc + 7) / 8);
        var samples = decoded.Data;
        if ((long)rowBytes * height != samples.Length)
        {
            // Truncated scans are padded, surplus is cut. A tiny stream declaring a huge image would make the
            // padding a memory bomb: it is charged to the decoding budget like decompressed bytes.
            if ((long)rowBytes * height > samples.Length && !store.Account.TryCharge(((long)rowBytes * height) - samples.Length))
            {
                return null;
            }

            Array.Resize(ref samples, rowBytes * height);
        }

        if (InvertedDecode(dict, store) && components == 1 && palette == null)
        {
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] = (byte)~samples[i];
            }
        }

        if (palette != null)
        {
            if (bpc == 16)
            {
                return new PdfImage(width, height, PdfImageFormat.Raw, decoded.Data, coversPage);
            }

            var rgbPalette = ToRgbPalette(palette, paletteBase);
            return new PdfImage(width, height, PdfImageFormat.Png, PngEncoder.Encode(width, height, PngEncoder.Palette, (byte)bpc, samples, rowBytes, rgbPalette), coversPage);
        }

        if (components == 1)
        {
            return new PdfImage(width, height, PdfImageFormat.Png, PngEncoder.Encode(width, height, PngEncoder.Gray, (byte)bpc, samples, rowBytes), coversPage);
        }

        if (bpc != 8 && !(components == 3 && bpc == 16))
        {
            return new PdfImage(width, height, PdfImageFormat.Raw, decoded.Data, coversPage);
        }

        if (components == 4)
        {
            samples = CmykToRgb(samples);
            rowBytes = width * 3;
        }

        return new PdfImage(width, height, PdfImageFormat.Png, PngEncoder.Encode(width, height, PngEncoder.Rgb, (byte)bpc, samples, rowBytes), coversPage);
    }

    private static bool InvertedDecode(PdfDictionary dict, PdfObjectStore store) =>
        store.Resolve(dict["Decode"]) is PdfArray d && d.Count >= 2 && d[0] is PdfNumber d0 && d[1] is PdfNumber d1 && d0.Value > d1.Value;

    /// <summary>Components per sample, and for /Indexed the lookup table and its base component count.</summary>
    private static (int Components, byte[]? Palette, int PaletteBase) DescribeColorSpace(PdfObject? colorSpace, PdfObjectStore store)
    {
        switch (colorSpace)
        {
            case PdfName name:
                return (ComponentsOf(name.Value), null, 0);
            case PdfArray array when array.Count > 0 && store.Resolve(array[0]) is PdfName family:
                switch (family.Value)
                {
                    case "ICCBased":
                        var profile = array.Count > 1 ? store.Resolve(array[1]) as PdfStream : null;
                        return (profile != null && store.Resolve(profile.Dictionary["N"]) is PdfNumber n ? n.IntValue : 3, null, 0);
                    case "CalGray":
                        return (1, null, 0);
                    case "CalRGB":
                    case "Lab":
                        return (3, null, 0);
                    case "Indexed":
                    case "I":
                        if (array.Count < 4)
                        {
                            return (0, null, 0);
                        }

                        var baseComponents = DescribeColorSpace(store.Resolve(array[1]), store).Components;
                        var lookup = store.Resolve(array[3]) switch
                        {
                            PdfString s => s.Bytes,
                            PdfStream st => store.Decode(st).Data,
                            _ => null,
                        };
                        return lookup == null || baseComponents is not (1 or 3 or 4) ? (0, null, 0) : (1, lookup, baseComponents);
                    default:
                        return (0, null, 0);
                }

            default:
                return (0, null, 0);
        }
    }

    private static int ComponentsOf(string name) => name switch
    {
        "DeviceGray" or "G" or "CalGray" => 1,
        "DeviceRGB" or "RGB" or "CalRGB" => 3,
        "DeviceCMYK" or "CMYK" => 4,
        _ => 0,
    };

    private static byte[] ToRgbPalette(byte[] lookup, int baseComponents)
    {
        var entries = Math.Min(256, lookup.Length / baseComponents);
        var rgb = new byte[Math.Max(1, entries) * 3];
        for (var i = 0; i < entries; i++)
        {
            var at = i * baseComponents;
            if (baseComponents == 1)
            {
                rgb[i * 3] = rgb[(i * 3) + 1] = rgb[(i * 3) + 2] = lookup[at];
            }
            else if (baseComponents == 3)
            {
                rgb[i * 3] = lookup[at];
                rgb[(i * 3) + 1] = lookup[at + 1];
                rgb[(i * 3) + 2] = lookup[at + 2];
            }
            else
            {
                var k = lookup[at + 3];
                rgb[i * 3] = (byte)((255 - lookup[at]) * (255 - k) / 255);
                rgb[(i * 3) + 1] = (byte)((255 - lookup[at + 1]) * (255 - k) / 255);
                rgb[(i * 3) + 2] = (byte)((255 - lookup[at + 2]) * (255 - k) / 255);
            }
        }

        return rgb;
    }

    private static byte[] CmykToRgb(byte[] cmyk)
    {
        var pixels = cmyk.Length / 4;
        var rgb = new byte[pixels * 3];
        for (var i = 0; i < pixels; i++)
        {
            var k = cmyk[(i * 4) + 3];
            rgb[i * 3] = (byte)((255 - cmyk[i * 4]) * (255 - k) / 255);
            rgb[(i * 3) + 1] = (byte)((255 - cmyk[(i * 4) + 1]) * (255 - k) / 255);
            rgb[(i * 3) + 2] = (byte)((255 - cmyk[(i * 4) + 2]) * (255 - k) / 255);
        }

        return rgb;
    }
}
