using System.IO.Compression;

namespace MedDocs.Pdf.Filters;

/// <summary>
/// FlateDecode via ZLibStream. Real files carry truncated streams, wrong checksums and missing
/// zlib headers, so on error we keep what was inflated so far and retry as raw deflate.
/// </summary>
internal static class FlateFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, int maxOutput)
    {
        var zlib = Inflate(input.ToArray(), 0, useZlibHeader: true, maxOutput, out var zlibOk);
        if (zlibOk || input.Length < 3)
        {
            return zlib;
        }

        // Broken zlib header or checksum: try raw deflate after the 2-byte header, and without skipping.
        var raw = Inflate(input.ToArray(), 2, useZlibHeader: false, maxOutput, out _);
        if (raw.Length > zlib.Length)
        {
            zlib = raw;
        }

        var raw0 = Inflate(input.ToArray(), 0, useZlibHeader: false, maxOutput, out _);
        return raw0.Length > zlib.Length ? raw0 : zlib;
    }

    private static byte[] Inflate(byte[] input, int skip, bool useZlibHeader, int maxOutput, out bool ok)
    {
        using var output = new MemoryStream(Math.Min(Math.Max(input.Length * 4, 256), 1 << 20));
        ok = false;
        try
        {
            using var source = new MemoryStream(input, skip, input.Length - skip, writable: false);
            using Stream inflater = useZlibHeader ? new ZLibStream(source, CompressionMode.Decompress) : new DeflateStream(source, CompressionMode.Decompress);
            var buffer = new byte[16384];
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, Math.Min(read, maxOutput - (int)output.Length));
                if (output.Length >= maxOutput)
                {
                    break;
                }
            }

            ok = true;
        }
        catch (InvalidDataException)
        {
            // Keep the partial output: most of a page is better than none.
        }
        catch (IOException)
        {
        }

        return output.ToArray();
    }
}
