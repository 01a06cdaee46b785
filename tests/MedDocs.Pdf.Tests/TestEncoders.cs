using System.Text;

namespace MedDocs.Pdf.Tests;

/// <summary>Reference encoders for the PDF filters, so decoding can be tested on arbitrary data.</summary>
public static class TestEncoders
{
    public static byte[] AsciiHex(byte[] data) => Encoding.ASCII.GetBytes(Convert.ToHexString(data) + ">");

    public static byte[] Ascii85(byte[] data)
    {
        var sb = new StringBuilder("<~");
        for (var i = 0; i < data.Length; i += 4)
        {
            var n = Math.Min(4, data.Length - i);
            uint value = 0;
            for (var k = 0; k < 4; k++)
            {
                value = (value << 8) | (k < n ? data[i + k] : (byte)0);
            }

            if (value == 0 && n == 4)
            {
                sb.Append('z');
                continue;
            }

            var digits = new char[5];
            for (var k = 4; k >= 0; k--)
            {
                digits[k] = (char)('!' + (value % 85));
                value /= 85;
            }

            sb.Append(digits, 0, n + 1);
            if (i % 60 == 56)
            {
                sb.Append('\n');
            }
        }

        return Encoding.ASCII.GetBytes(sb.Append("~>").ToString());
    }

    public static byte[] RunLength(byte[] data)
    {
        var output = new List<byte>();
        var i = 0;
        while (i < data.Length)
        {
            var run = 1;
            while (i + run < data.Length && run < 128 && data[i + run] == data[i])
            {
                run++;
            }

            if (run >= 3)
            {
                output.Add((byte)(257 - run));
                output.Add(data[i]);
                i += run;
                continue;
            }

            var literal = Math.Min(128, data.Length - i);
            var end = i;
            while (end < i + literal && !(end + 2 < data.Length && data[end] == data[end + 1] && data[end] == data[end + 2]))
            {
                end++;
            }

            end = Math.Max(end, i + 1);
            output.Add((byte)(end - i - 1));
            output.AddRange(data.AsSpan(i, end - i).ToArray());
            i = end;
        }

        output.Add(128);
        return output.ToArray();
    }

    /// <summary>LZW with EarlyChange 1, as PDF writers produce it.</summary>
    public static byte[] Lzw(byte[] data)
    {
        var table = new Dictionary<string, int>();
        for (var c = 0; c < 256; c++)
        {
            table[((char)c).ToString()] = c;
        }

        var next = 258;
        var width = 9;
        var bits = new List<bool>();
        void Emit(int code)
        {
            for (var b = width - 1; b >= 0; b--)
            {
                bits.Add(((code >> b) & 1) != 0);
            }
        }

        Emit(256);
        var w = string.Empty;
        foreach (var b in data)
        {
            var wc = w + (char)b;
            if (table.ContainsKey(wc))
            {
                w = wc;
                continue;
            }

            Emit(table[w]);
            table[wc] = next++;
            if (next + 1 > (1 << width) && width < 12)
            {
                width++;
            }

            if (next >= 4094)
            {
                // Table full: emit Clear and start over, as real encoders do.
                Emit(256);
                table.Clear();
                for (var c = 0; c < 256; c++)
                {
                    table[((char)c).ToString()] = c;
                }

                next = 258;
                width = 9;
            }

            w = ((char)b).ToString();
        }

        if (w.Length > 0)
        {
            Emit(table[w]);
        }

        Emit(257);
        var bytes = new byte[(bits.Count + 7) / 8];
        for (var i = 0; i < bits.Count; i++)
        {
            if (bits[i])
            {
                bytes[i / 8] |= (byte)(0x80 >> (i % 8));
            }
        }

        return bytes;
    }
}
