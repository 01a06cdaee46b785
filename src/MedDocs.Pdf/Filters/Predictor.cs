namespace MedDocs.Pdf.Filters;

/// <summary>Undoes PNG (10–15) and TIFF (2) predictors used with Flate/LZW, e.g. in xref streams.</summary>
internal static class Predictor
{
    public static byte[] Apply(byte[] data, int predictor, int colors, int bitsPerComponent, int columns)
    {
        if (predictor <= 1)
        {
            return data;
        }

        colors = Math.Clamp(colors, 1, 32);
        bitsPerComponent = bitsPerComponent is 1 or 2 or 4 or 8 or 16 ? bitsPerComponent : 8;
        columns = Math.Clamp(columns, 1, 1 << 20);
        var bytesPerPixel = Math.Max(1, (colors * bitsPerComponent + 7) / 8);
        var rowLength = (int)(((long)colors * bitsPerComponent * columns + 7) / 8);
        return predictor == 2 ? Tiff(data, bitsPerComponent, bytesPerPixel, rowLength) : Png(data, bytesPerPixel, rowLength);
    }

    private static byte[] Png(byte[] data, int bpp, int rowLength)
    {
        var rows = data.Length / (rowLength + 1);
        var output = new byte[rows * rowLength];
        var previous = new byte[rowLength];
        for (var r = 0; r < rows; r++)
        {
            var inOffset = r * (rowLength + 1);
            var type = data[inOffset];
            var row = output.AsSpan(r * rowLength, rowLength);
            data.AsSpan(inOffset + 1, rowLength).CopyTo(row);
            for (var i = 0; i < rowLength; i++)
            {
                var left = i >= bpp ? row[i - bpp] : 0;
                var up = previous[i];
                var upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] = type switch
                {
                    1 => (byte)(row[i] + left),
                    2 => (byte)(row[i] + up),
                    3 => (byte)(row[i] + ((left + up) >> 1)),
                    4 => (byte)(row[i] + Paeth(left, up, upLeft)),
                    _ => row[i],
                };
            }

            row.CopyTo(previous);
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Tiff(byte[] data, int bitsPerComponent, int bpp, int rowLength)
    {
        if (bitsPerComponent != 8)
        {
            return data; // sub-byte TIFF prediction is vanishingly rare; leave untouched
        }

        var output = (byte[])data.Clone();
        for (var rowStart = 0; rowStart + rowLength <= output.Length; rowStart += rowLength)
        {
            for (var i = bpp; i < rowLength; i++)
            {
                output[rowStart + i] = (byte)(output[rowStart + i] + output[rowStart + i - bpp]);
            }
        }

        return output;
    }
}
