using System.IO.Compression;

namespace MedDocs.Pdf.Filters;

/// <summary>
/// FlateDecode via ZLibStream. Real files carry truncated streams, wrong checksums and missing
/// zlib headers, so on error we keep what was inflated so far and retry as raw deflate.
/// </summary>
internal static class FlateFilter
{
    /// <param name="input">The compressed bytes.</param>
    /// <param name="maxOutput">Most bytes to produce.</param>
    /// <param name="cut">True when the data decompresses to more than <paramref name="maxOutput"/> and was cut there.</param>
    public static byte[] Decode(ReadOnlySpan<byte> input, int maxOutput, out bool cut)
    {
        var bytes = input.ToArray();
        var zlib = Inflate(bytes, 0, useZlibHeader: true, maxOutput, out var zlibOk, out cut);
        if (zlibOk || input.Length < 3)
        {
            return zlib;
        }

        // Broken zlib header or checksum: try raw deflate after the 2-byte header, and without skipping.
        var raw = Inflate(bytes, 2, useZlibHeader: false, maxOutput, out _, out var rawCut);
        if (raw.Length > zlib.Length)
        {
            (zlib, cut) = (raw, rawCut);
        }

        var raw0 = Inflate(bytes, 0, useZlibHeader: false, maxOutput, out _, out var raw0Cut);
        if (raw0.Length > zlib.Length)
        {
            (zlib, cut) = (raw0, raw0Cut);
        }

        return zlib;
    }

    private static byte[] Inflate(byte[] input, int skip, bool useZlibHeader, int maxOutput, out bool ok, out bool cut)
    {
        using var output = new MemoryStream(Math.Min(Math.Max(input.Length * 4, 256), Math.Min(1 << 20, Math.Max(maxOutput, 256))));
        ok = false;
        cut = false;
        try
        {
            using var source = new MemoryStream(input, skip, input.Length - skip, writable: false);
            using Stream inflater = useZlibHeader ? new ZLibStream(source, CompressionMode.Decompress) : new DeflateStream(source, CompressionMode.Decompress);
            var buffer = new byte[16384];
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                var room = maxOutput - (int)output.Length;
                output.Write(buffer, 0, Math.Min(read, room));
                if (read > room)
                {
                    cut = true; // more data than the limit allows: stop decompressing (a bomb must not run on)
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
