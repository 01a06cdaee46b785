namespace MedDocs.Pdf.Security;

/// <summary>RC4 stream cipher (not in .NET; required by PDF security revisions 2–4).</summary>
internal static class Rc4
{
    public static byte[] Transform(ReadOnlySpan<byte> key, ReadOnlySpan<byte> input)
    {
        Span<byte> s = stackalloc byte[256];
        for (var i = 0; i < 256; i++)
        {
            s[i] = (byte)i;
        }

        if (key.Length == 0)
        {
            return input.ToArray();
        }

        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[input.Length];
        for (int n = 0, i = 0, j = 0; n < input.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(input[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }
}
