using System.Buffers.Binary;

namespace MedDocs.Pdf.Images;

/// <summary>
/// Wraps CCITT fax data in a single-strip little-endian TIFF (Compression 3 or 4), because the raw stream
/// cannot be decoded without the PDF's /DecodeParms; OCR engines read such TIFFs directly (fax scans).
/// </summary>
internal static class CcittTiffWrapper
{
    public static byte[] Wrap(byte[] data, int width, int height, int k, bool byteAligned)
    {
        // K < 0: pure 2-D (Group 4, TIFF compression 4); K >= 0: Group 3 (compression 3), 2-D when K > 0.
        var compression = (ushort)(k < 0 ? 4 : 3);
        var entries = new List<(ushort Tag, ushort Type, uint Value)>
        {
            (256, 4, (uint)width),
            (257, 4, (uint)height),
            (258, 3, 1),
            (259, 3, compression),
            (262, 3, 0), // WhiteIsZero: the usual fax convention, colours come from the run codes
            (273, 4, 0), // strip offset, patched below
            (277, 3, 1),
            (278, 4, (uint)height),
            (279, 4, (uint)data.Length),
        };
        if (compression == 3)
        {
            entries.Add((292, 4, (uint)((k > 0 ? 1 : 0) | (byteAligned ? 4 : 0))));
        }
        else
        {
            entries.Add((293, 4, 0));
        }

        var ifdSize = 2 + (entries.Count * 12) + 4;
        var dataOffset = 8 + ifdSize;
        var output = new byte[dataOffset + data.Length];
        "II*\0"u8.CopyTo(output);
        BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(output.AsSpan(8), (ushort)entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var (tag, type, value) = entries[i];
            if (tag == 273)
            {
                value = (uint)dataOffset;
            }

            var at = 10 + (i * 12);
            BinaryPrimitives.WriteUInt16LittleEndian(output.AsSpan(at), tag);
            BinaryPrimitives.WriteUInt16LittleEndian(output.AsSpan(at + 2), type);
            BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(at + 4), 1);
            if (type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(output.AsSpan(at + 8), (ushort)value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(at + 8), value);
            }
        }

        data.CopyTo(output, dataOffset);
        return output;
    }
}
