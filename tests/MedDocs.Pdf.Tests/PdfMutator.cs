using System.Text;

namespace MedDocs.Pdf.Tests;

/// <summary>
/// Seeded mutations of valid PDFs at the byte and keyword level: flipped bytes, truncation, deleted and duplicated
/// chunks, structural keywords overwritten, numbers made huge or negative, a broken startxref. Used by the reader's
/// robustness test here, and (linked) by the loader's fuzz test and the long fuzz harness in the benchmarks.
/// </summary>
public static class PdfMutator
{
    private static readonly string[] PdfKeywords = ["endobj", "endstream", "xref", ">>", "R ", "/Length", "/Filter", "/Kids", "/Count", "/Encrypt", "stream"];

    public static byte[] Mutate(byte[] original, Random random)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(random);
        var data = (byte[])original.Clone();
        switch (random.Next(7))
        {
            case 0: // flip random bytes
                for (var k = random.Next(1, 40); k > 0; k--)
                {
                    data[random.Next(data.Length)] = (byte)random.Next(256);
                }

                return data;
            case 1: // truncate
                return data[..random.Next(1, data.Length)];
            case 2: // delete a chunk
                var start = random.Next(data.Length);
                var count = Math.Min(random.Next(1, 2000), data.Length - start);
                return [.. data[..start], .. data[(start + count)..]];
            case 3: // duplicate a chunk somewhere else
                var from = random.Next(data.Length);
                var length = Math.Min(random.Next(1, 3000), data.Length - from);
                var to = random.Next(data.Length);
                return [.. data[..to], .. data.AsSpan(from, length).ToArray(), .. data[to..]];
            case 4: // structural keywords overwritten with delimiters or digits
                var text = Encoding.Latin1.GetString(data);
                foreach (var word in PdfKeywords)
                {
                    var at = text.IndexOf(word, random.Next(text.Length), StringComparison.Ordinal);
                    if (at >= 0 && random.Next(2) == 0)
                    {
                        data[at] = (byte)"[[[(<<9"[random.Next(7)];
                    }
                }

                return data;
            case 5: // numbers made huge or negative (lengths, counts, offsets, widths)
                var latin = Encoding.Latin1.GetString(data);
                var builder = new StringBuilder(latin);
                for (var k = random.Next(1, 8); k > 0; k--)
                {
                    var at = latin.IndexOfAny("0123456789".ToCharArray(), random.Next(latin.Length));
                    if (at >= 0)
                    {
                        builder[at] = "9-"[random.Next(2)];
                        builder.Insert(at, random.Next(2) == 0 ? "99999999" : "-1");
                        latin = builder.ToString();
                    }
                }

                return Encoding.Latin1.GetBytes(builder.ToString());
            default: // the startxref offset broken, forcing repair
                var whole = Encoding.Latin1.GetString(data);
                var startXref = whole.LastIndexOf("startxref", StringComparison.Ordinal);
                return startXref < 0 ? data : Encoding.Latin1.GetBytes(whole[..startXref] + $"startxref\n{random.Next(data.Length)}\n%%EOF\n");
        }
    }
}
