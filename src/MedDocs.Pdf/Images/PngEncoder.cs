using System.Buffers.Binary;
using System.IO.Compression;

namespace MedDocs.Pdf.Images;

/// <summary>A minimal PNG writer: IHDR, optional PLTE, one IDAT (zlib, filter type 0 per row), IEND.</summary>
internal static class PngEncoder
{
    public const byte Gray = 0;
    public const byte Rgb = 2;
    public const byte Palette = 3;

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes packed rows (each <c>rowBytes</c> long, no padding between rows).</summary>
    public static byte[] Encode(int width, int height, byte colorType, byte bitDepth, byte[] samples, int rowBytes, byte[]? palette = null)
    {
        using var output = new MemoryStream(samples.Length / 4 + 1024);
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = bitDepth;
        header[9] = colorType;
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering (we always use filter 0)
        header[12] = 0; // no interlace
        WriteChunk(output, "IHDR"u8, header);
        if (palette != null)
        {
            WriteChunk(output, "PLTE"u8, palette);
        }

        using (var compressed = new MemoryStream(samples.Length / 4 + 64))
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                for (var row = 0; row < height; row++)
                {
                    zlib.WriteByte(0);
                    zlib.Write(samples, row * rowBytes, rowBytes);
                }
            }

            WriteChunk(output, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        }

        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Compute(data, Crc32.Compute(type)));
        output.Write(word);
    }
}
