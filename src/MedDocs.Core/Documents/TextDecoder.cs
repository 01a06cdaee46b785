using System.Text;
using System.Text.Unicode;

namespace MedDocs.Core.Documents;

/// <summary>The text of a file and the encoding it was read with.</summary>
internal sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Turns the bytes of a text file into a string: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
/// without one, valid UTF-8 is UTF-8, BOM-less UTF-16 is recognised by its zero bytes, and anything else is
/// Windows-1252 — what Word, Notepad and older EHR exports write on Windows (curly quotes 0x93/0x94, é 0xE9).
/// Line endings are normalised to LF.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 from the code-pages provider (part of the shared framework), used without registering it globally.</summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available from CodePagesEncodingProvider.");

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bomLength, name) = Detect(bytes);
        var text = encoding.GetString(bytes[bomLength..]);
        return new DecodedText(LineEndings.ToLf(text), name);
    }

    /// <summary>The encoding of <paramref name="bytes"/> and how many leading bytes are its byte-order mark.</summary>
    public static (Encoding Encoding, int BomLength, string Name) Detect(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE's mark starts with UTF-16 LE's, so test it first.
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: false), 4, "utf-32LE");
        }

        if (bytes.StartsWith(new byte[] { 0x00, 0x00, 0xFE, 0xFF }))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: false), 4, "utf-32BE");
        }

        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return (Encoding.UTF8, 3, "utf-8 (BOM)");
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return (Encoding.Unicode, 2, "utf-16LE");
        }

        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return (Encoding.BigEndianUnicode, 2, "utf-16BE");
        }

        var utf16 = GuessBomlessUtf16(bytes);
        if (utf16 is not null)
        {
            return utf16.Value;
        }

        if (Utf8.IsValid(bytes))
        {
            return (StrictUtf8, 0, "utf-8");
        }

        return (Windows1252, 0, "windows-1252");
    }

    /// <summary>
    /// Mostly-ASCII text saved as UTF-16 without a mark has a zero in every other byte; real binary data
    /// does not show that regular pattern.
    /// </summary>
    private static (Encoding, int, string)? GuessBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 8 || sample.Length % 2 != 0 && sample.Length == bytes.Length)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0, pairs = sample.Length / 2;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) { evenZeros++; }
            if (sample[i + 1] == 0) { oddZeros++; }
        }

        // At least 70% zeros on one side and almost none on the other.
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 50 <= pairs)
        {
            return (Encoding.Unicode, 0, "utf-16LE (no BOM)");
        }

        if (evenZeros * 10 >= pairs * 7 && oddZeros * 50 <= pairs)
        {
            return (Encoding.BigEndianUnicode, 0, "utf-16BE (no BOM)");
        }

        return null;
    }
}
