namespace MedDocs.Pdf.Filters;

/// <summary>The text-armouring filters: ASCIIHexDecode and ASCII85Decode; both stop at their end marker and skip junk.</summary>
internal static class AsciiFilters
{
    public static byte[] DecodeHex(ReadOnlySpan<byte> input) => DecodeHex(input, out _);

    /// <summary>
    /// Hex digits up to '>' (or the end), skipping anything else; an odd last digit counts as if followed by 0.
    /// Shared by the ASCIIHexDecode filter and hex strings in the lexer. <paramref name="consumed"/> includes the '>'.
    /// </summary>
    public static byte[] DecodeHex(ReadOnlySpan<byte> input, out int consumed)
    {
        var output = new List<byte>(input.Length / 2);
        var high = -1;
        consumed = input.Length;
        for (var i = 0; i < input.Length; i++)
        {
            var b = input[i];
            if (b == '>')
            {
                consumed = i + 1;
                break;
            }

            var v = Parsing.PdfLexer.HexValue(b);
            if (v < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                output.Add((byte)((high << 4) | v));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.Add((byte)(high << 4));
        }

        return output.ToArray();
    }

    public static byte[] Decode85(ReadOnlySpan<byte> input)
    {
        var output = new List<byte>(input.Length * 4 / 5);
        var start = 0;
        if (input.Length >= 2 && input[0] == '<' && input[1] == '~')
        {
            start = 2;
        }

        Span<uint> group = stackalloc uint[5];
        var count = 0;
        for (var i = start; i < input.Length; i++)
        {
            var b = input[i];
            if (b == '~')
            {
                break;
            }

            if (b == 'z' && count == 0)
            {
                output.AddRange([0, 0, 0, 0]);
                continue;
            }

            if (b < '!' || b > 'u')
            {
                continue; // whitespace and junk
            }

            group[count++] = (uint)(b - '!');
            if (count == 5)
            {
                Emit(output, group, 4);
                count = 0;
            }
        }

        if (count > 1)
        {
            for (var k = count; k < 5; k++)
            {
                group[k] = 84;
            }

            Emit(output, group, count - 1);
        }

        return output.ToArray();
    }

    private static void Emit(List<byte> output, Span<uint> group, int bytes)
    {
        ulong value = 0;
        for (var k = 0; k < 5; k++)
        {
            value = (value * 85) + group[k];
        }

        for (var k = 0; k < bytes; k++)
        {
            output.Add((byte)(value >> (24 - (8 * k))));
        }
    }

    public static byte[] DecodeRunLength(ReadOnlySpan<byte> input, int maxOutput, out bool cut)
    {
        cut = false;
        var output = new List<byte>(input.Length * 2);
        var i = 0;
        while (i < input.Length && output.Count < maxOutput)
        {
            var length = input[i++];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                var n = Math.Min(length + 1, input.Length - i);
                for (var k = 0; k < n; k++)
                {
                    output.Add(input[i + k]);
                }

                i += n;
            }
            else if (i < input.Length)
            {
                var value = input[i++];
                for (var k = 0; k < 257 - length; k++)
                {
                    output.Add(value);
                }
            }
        }

        if (output.Count >= maxOutput && ((i < input.Length && input[i] != 128) || output.Count > maxOutput))
        {
            cut = true;
            output.RemoveRange(maxOutput, output.Count - maxOutput);
        }

        return output.ToArray();
    }
}
