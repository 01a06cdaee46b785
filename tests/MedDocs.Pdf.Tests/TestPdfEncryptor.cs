using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MedDocs.Pdf.Tests;

#pragma warning disable CA5351 // MD5 and RC4 are what the PDF format mandates for these revisions

/// <summary>The encryption a <see cref="TestPdfEncryptor"/> writes (standard security handler, empty user password).</summary>
public enum TestEncryption
{
    /// <summary>RC4, 128-bit key, revision 3.</summary>
    Rc4,

    /// <summary>AES-128 (V4, crypt filter AESV2), revision 4.</summary>
    Aes128,

    /// <summary>AES-256 (V5, crypt filter AESV3), revision 6 with the SHA-2 hash of ISO 32000-2.</summary>
    Aes256,
}

/// <summary>
/// Writes small encrypted PDFs from plain objects, an independent implementation of ISO 32000-2 §7.6 (algorithms 2,
/// 3, 5, 2.B, 8, 9) so decryption can be tested on files made in the test, including with object streams, an xref
/// stream and a broken startxref. Object bodies must not hold strings (only streams are encrypted here).
/// </summary>
public sealed class TestPdfEncryptor
{
    private const string OwnerPassword = "owner";
    private const int Permissions = -3904;

    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly List<(string Body, byte[]? Stream)> objects = [];
    private readonly TestEncryption encryption;
    private readonly byte[] id = RandomNumberGenerator.GetBytes(16);
    private readonly byte[] fileKey;
    private readonly string encryptDictionary;

    public TestPdfEncryptor(TestEncryption encryption)
    {
        this.encryption = encryption;
        (fileKey, encryptDictionary) = encryption == TestEncryption.Aes256 ? SetUpAes256() : SetUpRc4Family();
    }

    /// <summary>Adds a non-stream object (no strings inside) and returns its number.</summary>
    public int Add(string body)
    {
        objects.Add((body, null));
        return objects.Count;
    }

    /// <summary>Adds a stream with its dictionary entries (without /Length) and returns its number.</summary>
    public int AddStream(string dictionaryEntries, byte[] data)
    {
        objects.Add((dictionaryEntries, data));
        return objects.Count;
    }

    public int Reserve() => Add("null");

    public void Set(int number, string body) => objects[number - 1] = (body, null);

    /// <summary>A one-page document showing <paramref name="text"/> in Helvetica.</summary>
    public static byte[] SinglePage(TestEncryption encryption, string text, bool objectStreams = false, bool breakStartXref = false)
    {
        var pdf = new TestPdfEncryptor(encryption);
        var catalog = pdf.Reserve();
        var pages = pdf.Reserve();
        var content = pdf.AddStream(string.Empty, TestPdfBuilder.Latin1($"BT /F1 12 Tf 72 700 Td ({text}) Tj ET"));
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources {TestPdfBuilder.HelveticaResources} /Contents {content} 0 R >>");
        pdf.Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        pdf.Set(pages, $"<< /Type /Pages /Count 1 /Kids [{page} 0 R] >>");
        return pdf.Build(catalog, objectStreams, breakStartXref);
    }

    /// <summary>
    /// The file: objects (non-stream ones packed into one encrypted object stream when asked), the encryption
    /// dictionary, and a classic xref table or an xref stream. With <paramref name="breakStartXref"/> the startxref
    /// offset points nowhere, so a reader must rebuild the cross-reference data and the trailer.
    /// </summary>
    public byte[] Build(int root, bool objectStreams = false, bool breakStartXref = false)
    {
        using var output = new MemoryStream();
        output.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new Dictionary<int, long>();
        var packed = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            var number = i + 1;
            var (body, stream) = objects[i];
            if (stream == null && objectStreams)
            {
                packed.Add(number);
                continue;
            }

            offsets[number] = output.Position;
            WriteObject(output, number, body, stream);
        }

        var next = objects.Count + 1;
        var objectStream = 0;
        if (packed.Count > 0)
        {
            objectStream = next++;
            var header = new StringBuilder();
            var bodies = new StringBuilder();
            foreach (var number in packed)
            {
                header.Append(CultureInfo.InvariantCulture, $"{number} {bodies.Length} ");
                bodies.Append(objects[number - 1].Body).Append('\n');
            }

            var first = header.Length;
            offsets[objectStream] = output.Position;
            WriteObject(output, objectStream, $"/Type /ObjStm /N {packed.Count} /First {first}", Encoding.Latin1.GetBytes(header + bodies.ToString()));
        }

        var encrypt = next++;
        offsets[encrypt] = output.Position;
        output.Write(Encoding.Latin1.GetBytes($"{encrypt} 0 obj\n{encryptDictionary}\nendobj\n"));

        var idHex = Convert.ToHexString(id);
        var trailerEntries = $"/Root {root} 0 R /Encrypt {encrypt} 0 R /ID [<{idHex}> <{idHex}>]";
        var xrefOffset = output.Position;
        if (objectStreams)
        {
            var xref = next++;
            offsets[xref] = xrefOffset;
            var rows = new MemoryStream();
            for (var number = 0; number < xref + 1; number++)
            {
                if (number == 0)
                {
                    rows.Write([0, 0, 0, 0, 0xFF, 0xFF]);
                }
                else if (packed.Contains(number))
                {
                    rows.Write([2, (byte)(objectStream >> 24), (byte)(objectStream >> 16), (byte)(objectStream >> 8), (byte)objectStream, (byte)packed.IndexOf(number)]);
                }
                else
                {
                    var at = offsets[number];
                    rows.Write([1, (byte)(at >> 24), (byte)(at >> 16), (byte)(at >> 8), (byte)at, 0]);
                }
            }

            var data = rows.ToArray();
            // The xref stream is never encrypted.
            output.Write(Encoding.Latin1.GetBytes($"{xref} 0 obj\n<< /Type /XRef /Size {xref + 1} /W [1 4 1] {trailerEntries} /Length {data.Length} >>\nstream\n"));
            output.Write(data);
            output.Write("\nendstream\nendobj\n"u8);
        }
        else
        {
            var table = new StringBuilder();
            table.Append(CultureInfo.InvariantCulture, $"xref\n0 {next}\n0000000000 65535 f \n");
            for (var number = 1; number < next; number++)
            {
                table.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n \n");
            }

            table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {next} {trailerEntries} >>\n");
            output.Write(Encoding.ASCII.GetBytes(table.ToString()));
        }

        var startXref = breakStartXref ? 123 : xrefOffset;
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{startXref}\n%%EOF\n")));
        return output.ToArray();
    }

    private void WriteObject(MemoryStream output, int number, string body, byte[]? stream)
    {
        if (stream == null)
        {
            output.Write(Encoding.Latin1.GetBytes($"{number} 0 obj\n{body}\nendobj\n"));
            return;
        }

        var encrypted = EncryptStream(stream, number);
        output.Write(Encoding.Latin1.GetBytes($"{number} 0 obj\n<< {body} /Length {encrypted.Length} >>\nstream\n"));
        output.Write(encrypted);
        output.Write("\nendstream\nendobj\n"u8);
    }

    private byte[] EncryptStream(byte[] data, int number)
    {
        switch (encryption)
        {
            case TestEncryption.Rc4:
                return Rc4(ObjectKey(number, aes: false), data);
            case TestEncryption.Aes128:
                return AesCbc(ObjectKey(number, aes: true), data);
            default:
                return AesCbc(fileKey, data);
        }
    }

    /// <summary>Algorithm 1: the file key extended with the object number and generation (and "sAlT" for AES).</summary>
    private byte[] ObjectKey(int number, bool aes)
    {
        var material = new List<byte>(fileKey) { (byte)number, (byte)(number >> 8), (byte)(number >> 16), 0, 0 };
        if (aes)
        {
            material.AddRange("sAlT"u8.ToArray());
        }

        return MD5.HashData(material.ToArray())[..Math.Min(fileKey.Length + 5, 16)];
    }

    private static byte[] AesCbc(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var iv = RandomNumberGenerator.GetBytes(16);
        return [.. iv, .. aes.EncryptCbc(data, iv, PaddingMode.PKCS7)];
    }

    /// <summary>RC4 128-bit (R3) and AES-128 (R4): algorithms 3 (O), 2 (file key) and 5 (U).</summary>
    private (byte[] Key, string Dictionary) SetUpRc4Family()
    {
        const int keyLength = 16;
        var ownerKey = MD5.HashData(Pad(OwnerPassword));
        for (var i = 0; i < 50; i++)
        {
            ownerKey = MD5.HashData(ownerKey);
        }

        var o = Rc4(ownerKey, Pad(string.Empty));
        for (var i = 1; i <= 19; i++)
        {
            o = Rc4(ownerKey.Select(b => (byte)(b ^ i)).ToArray(), o);
        }

        var p = BitConverter.GetBytes(Permissions);
        var key = MD5.HashData([.. Pad(string.Empty), .. o, .. p, .. id]);
        for (var i = 0; i < 50; i++)
        {
            key = MD5.HashData(key[..keyLength]);
        }

        key = key[..keyLength];
        var u = Rc4(key, MD5.HashData([.. Padding, .. id]));
        for (var i = 1; i <= 19; i++)
        {
            u = Rc4(key.Select(b => (byte)(b ^ i)).ToArray(), u);
        }

        u = [.. u, .. new byte[16]];
        var dictionary = encryption == TestEncryption.Rc4
            ? $"<< /Filter /Standard /V 2 /R 3 /Length 128 /P {Permissions} /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> >>"
            : $"<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /Length 16 /AuthEvent /DocOpen >> >> /StmF /StdCF /StrF /StdCF /P {Permissions} /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> >>";
        return (key, dictionary);
    }

    /// <summary>AES-256 R6: a random file key wrapped for the user (UE) and owner (OE) with algorithm 2.B hashes.</summary>
    private static (byte[] Key, string Dictionary) SetUpAes256()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var user = Array.Empty<byte>();
        var owner = Encoding.UTF8.GetBytes(OwnerPassword);
        var userValidation = RandomNumberGenerator.GetBytes(8);
        var userKeySalt = RandomNumberGenerator.GetBytes(8);
        byte[] u = [.. Hash2B(user, userValidation, []), .. userValidation, .. userKeySalt];
        var ue = WrapKey(Hash2B(user, userKeySalt, []), key);
        var ownerValidation = RandomNumberGenerator.GetBytes(8);
        var ownerKeySalt = RandomNumberGenerator.GetBytes(8);
        byte[] o = [.. Hash2B(owner, ownerValidation, u), .. ownerValidation, .. ownerKeySalt];
        var oe = WrapKey(Hash2B(owner, ownerKeySalt, u), key);
        var dictionary = $"<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /Length 32 /AuthEvent /DocOpen >> >> /StmF /StdCF /StrF /StdCF /P {Permissions} "
            + $"/O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> /OE <{Convert.ToHexString(oe)}> /UE <{Convert.ToHexString(ue)}> >>";
        return (key, dictionary);
    }

    private static byte[] WrapKey(byte[] intermediate, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = intermediate;
        return aes.EncryptCbc(key, new byte[16], PaddingMode.None);
    }

    /// <summary>Algorithm 2.B (ISO 32000-2): SHA-256, then rounds of AES-128-CBC and SHA-256/384/512.</summary>
    private static byte[] Hash2B(byte[] password, byte[] salt, byte[] userData)
    {
        var k = SHA256.HashData([.. password, .. salt, .. userData]);
        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            var block = new List<byte>();
            for (var i = 0; i < 64; i++)
            {
                block.AddRange(password);
                block.AddRange(k);
                block.AddRange(userData);
            }

            aes.Key = k[..16];
            var e = aes.EncryptCbc(block.ToArray(), k[16..32], PaddingMode.None);
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            if (round >= 63 && e[^1] <= round + 1 - 32)
            {
                return k[..32];
            }
        }
    }

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        return [.. bytes.Take(32), .. Padding.Take(32 - Math.Min(32, bytes.Length))];
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }
}
