namespace MedDocs.Pdf.Filters;

/// <summary>LZWDecode (variable code width 9–12 bits, EarlyChange 1 by default).</summary>
internal static class LzwFilter
{
    /// <param name="cut">True when the data decodes to more than <paramref name="maxOutput"/> and was cut there.</param>
    public static byte[] Decode(ReadOnlySpan<byte> input, bool earlyChange, int maxOutput, out bool cut)
    {
        cut = false;
        var output = new List<byte>(input.Length * 3);
        var table = new List<byte[]>(4096);
        ResetTable(table);
        var codeLength = 9;
        var bitBuffer = 0;
        var bitCount = 0;
        byte[]? previous = null;
        foreach (var b in input)
        {
            bitBuffer = (bitBuffer << 8) | b;
            bitCount += 8;
            while (bitCount >= codeLength)
            {
                var code = (bitBuffer >> (bitCount - codeLength)) & ((1 << codeLength) - 1);
                bitCount -= codeLength;
                if (code == 256)
                {
                    ResetTable(table);
                    codeLength = 9;
                    previous = null;
                    continue;
                }

                if (code == 257)
                {
                    return output.ToArray();
                }

                byte[] entry;
                if (code < table.Count)
                {
                    entry = table[code];
                    if (previous != null && table.Count < 4096)
                    {
                        table.Add([.. previous, entry[0]]);
                    }
                }
                else if (previous != null && code == table.Count)
                {
                    entry = [.. previous, previous[0]];
                    table.Add(entry);
                }
                else
                {
                    return output.ToArray(); // corrupt code: stop, keep what we have
                }

                output.AddRange(entry);
                if (output.Count > maxOutput)
                {
                    cut = true;
                    return output.GetRange(0, maxOutput).ToArray();
                }

                previous = entry;
                var threshold = table.Count + (earlyChange ? 1 : 0);
                codeLength = threshold >= 2048 ? 12 : threshold >= 1024 ? 11 : threshold >= 512 ? 10 : 9;
                if (table.Count >= 4096)
                {
                    codeLength = 12;
                }
            }
        }

        return output.ToArray();
    }

    private static void ResetTable(List<byte[]> table)
    {
        table.Clear();
        for (var i = 0; i < 256; i++)
        {
            table.Add([(byte)i]);
        }

        table.Add([]); // 256 clear
        table.Add([]); // 257 end of data
    }
}
