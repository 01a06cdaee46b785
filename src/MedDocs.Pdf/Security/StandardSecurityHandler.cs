using System.Security.Cryptography;
using System.Text;
using MedDocs.Pdf.Objects;

namespace MedDocs.Pdf.Security;

/// <summary>
/// The standard security handler (ISO 32000-2 §7.6.4): RC4 40/128-bit (R2–R4), AES-128 (V4 AESV2)
/// and AES-256 (R5/R6). Tries the empty user password, then the supplied one as user and owner password.
/// </summary>
internal sealed class StandardSecurityHandler
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] fileKey;
    private readonly CipherKind streamCipher;
    private readonly CipherKind stringCipher;
    private readonly int revision;

    private enum CipherKind
    {
        Identity,
        Rc4,
        Aes128,
        Aes256,
    }

    private StandardSecurityHandler(byte[] fileKey, int revision, CipherKind streamCipher, CipherKind stringCipher)
    {
        this.fileKey = fileKey;
        this.revision = revision;
        this.streamCipher = streamCipher;
        this.stringCipher = stringCipher;
    }

    public static StandardSecurityHandler Create(PdfDictionary encrypt, byte[] firstId, string? password, Func<PdfObject?, PdfObject?> resolve)
    {
        var filter = resolve(encrypt["Filter"]) as PdfName;
        if (filter != null && filter.Value != "Standard")
        {
            throw new PdfException($"The PDF is encrypted with the '{filter.Value}' security handler (certificates or DRM); only password encryption is supported. Remove the protection with the producing application.");
        }

        int Int(string key, int fallback) => resolve(encrypt[key]) is PdfNumber n ? n.IntValue : fallback;
        byte[] Bytes(string key) => resolve(encrypt[key]) is PdfString s ? s.Bytes : [];
        var v = Int("V", 0);
        var r = Int("R", 2);
        var lengthBits = Int("Length", 40);
        var o = Bytes("O");
        var u = Bytes("U");
        var p = Int("P", -1);
        var encryptMetadata = resolve(encrypt["EncryptMetadata"]) is not PdfBoolean b || b.Value;
        var cipher = CipherKind.Rc4;
        var stringCipher = CipherKind.Rc4;
        if (v >= 4)
        {
            cipher = CryptFilter(encrypt, resolve(encrypt["StmF"]) as PdfName, resolve);
            stringCipher = CryptFilter(encrypt, resolve(encrypt["StrF"]) as PdfName, resolve);
            if (v == 4 && lengthBits < 128)
            {
                lengthBits = 128;
            }
        }

        if (r >= 5)
        {
            var key = Authenticate256(r, o, u, Bytes("OE"), Bytes("UE"), password)
                ?? throw new PdfPasswordException(PasswordMessage(password));
            return new StandardSecurityHandler(key, r, cipher, stringCipher);
        }

        var keyLength = r == 2 ? 5 : Math.Clamp(lengthBits / 8, 5, 16);
        var candidates = new List<byte[]> { Array.Empty<byte>() };
        if (!string.IsNullOrEmpty(password))
        {
            candidates.Add(Encoding.Latin1.GetBytes(password));
        }

        foreach (var candidate in candidates)
        {
            var userKey = ComputeKey(candidate, o, p, firstId, r, keyLength, encryptMetadata);
            if (CheckUserKey(userKey, u, firstId, r))
            {
                return new StandardSecurityHandler(userKey, r, cipher, stringCipher);
            }

            // As owner password: recover the user password from /O, then authenticate with it.
            var userPassword = RecoverUserPassword(candidate, o, r, keyLength);
            var ownerKey = ComputeKey(userPassword, o, p, firstId, r, keyLength, encryptMetadata);
            if (CheckUserKey(ownerKey, u, firstId, r))
            {
                return new StandardSecurityHandler(ownerKey, r, cipher, stringCipher);
            }
        }

        throw new PdfPasswordException(PasswordMessage(password));
    }

    private static string PasswordMessage(string? password) => string.IsNullOrEmpty(password)
        ? "The PDF is password-protected; give the document's user or owner password."
        : "The password given does not open this PDF; check it (it is tried as user and as owner password).";

    private static CipherKind CryptFilter(PdfDictionary encrypt, PdfName? name, Func<PdfObject?, PdfObject?> resolve)
    {
        if (name == null || name.Value == "Identity")
        {
            return CipherKind.Identity; // V4 default for a missing StmF/StrF is Identity too
        }

        var filters = resolve(encrypt["CF"]) as PdfDictionary;
        var cf = filters == null ? null : resolve(filters[name.Value]) as PdfDictionary;
        var cfm = cf == null ? null : resolve(cf["CFM"]) as PdfName;
        return cfm?.Value switch
        {
            "AESV2" => CipherKind.Aes128,
            "AESV3" => CipherKind.Aes256,
            "None" => CipherKind.Identity,
            _ => CipherKind.Rc4,
        };
    }

    private static byte[] Pad(ReadOnlySpan<byte> password)
    {
        var padded = new byte[32];
        var n = Math.Min(32, password.Length);
        password[..n].CopyTo(padded);
        Padding.AsSpan(0, 32 - n).CopyTo(padded.AsSpan(n));
        return padded;
    }

    // Algorithm 2: the file key from the user password.
    private static byte[] ComputeKey(byte[] password, byte[] o, int p, byte[] id, int r, int keyLength, bool encryptMetadata)
    {
        var input = new List<byte>(128);
        input.AddRange(Pad(password));
        input.AddRange(o.Length >= 32 ? o.AsSpan(0, 32).ToArray() : o);
        input.AddRange([(byte)p, (byte)(p >> 8), (byte)(p >> 16), (byte)(p >> 24)]);
        input.AddRange(id);
        if (r >= 4 && !encryptMetadata)
        {
            input.AddRange([0xFF, 0xFF, 0xFF, 0xFF]);
        }

#pragma warning disable CA5351 // MD5 is what the PDF format mandates here
        var hash = MD5.HashData(input.ToArray());
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, keyLength));
            }
        }
#pragma warning restore CA5351

        return hash.AsSpan(0, keyLength).ToArray();
    }

    // Algorithms 4/5/6: does this key reproduce /U?
    private static bool CheckUserKey(byte[] key, byte[] u, byte[] id, int r)
    {
        if (r == 2)
        {
            var expected = Rc4.Transform(key, Padding);
            return u.Length >= 32 && expected.AsSpan().SequenceEqual(u.AsSpan(0, 32));
        }

#pragma warning disable CA5351
        var hash = MD5.HashData([.. Padding, .. id]);
#pragma warning restore CA5351
        var value = Rc4.Transform(key, hash);
        var xorKey = new byte[key.Length];
        for (var i = 1; i <= 19; i++)
        {
            for (var k = 0; k < key.Length; k++)
            {
                xorKey[k] = (byte)(key[k] ^ i);
            }

            value = Rc4.Transform(xorKey, value);
        }

        return u.Length >= 16 && value.AsSpan(0, 16).SequenceEqual(u.AsSpan(0, 16));
    }

    // Algorithm 7: decrypt /O with the owner key to get the user password.
    private static byte[] RecoverUserPassword(byte[] ownerPassword, byte[] o, int r, int keyLength)
    {
#pragma warning disable CA5351
        var hash = MD5.HashData(Pad(ownerPassword));
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash);
            }
        }
#pragma warning restore CA5351

        var key = hash.AsSpan(0, keyLength).ToArray();
        var value = o.Length >= 32 ? o.AsSpan(0, 32).ToArray() : o;
        if (r == 2)
        {
            return Rc4.Transform(key, value);
        }

        var xorKey = new byte[key.Length];
        for (var i = 19; i >= 0; i--)
        {
            for (var k = 0; k < key.Length; k++)
            {
                xorKey[k] = (byte)(key[k] ^ i);
            }

            value = Rc4.Transform(xorKey, value);
        }

        return value;
    }

    // R5/R6 (AES-256): validate against U (then O) and unwrap the file key from UE/OE.
    private static byte[]? Authenticate256(int r, byte[] o, byte[] u, byte[] oe, byte[] ue, string? password)
    {
        if (u.Length < 48 || o.Length < 48)
        {
            return null;
        }

        var candidates = new List<byte[]> { Array.Empty<byte>() };
        if (!string.IsNullOrEmpty(password))
        {
            var utf8 = Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormKC));
            candidates.Add(utf8.Length > 127 ? utf8.AsSpan(0, 127).ToArray() : utf8);
        }

        var u48 = u.AsSpan(0, 48).ToArray();
        foreach (var pw in candidates)
        {
            if (Hash256(r, pw, u.AsSpan(32, 8), []).AsSpan().SequenceEqual(u.AsSpan(0, 32)))
            {
                var intermediate = Hash256(r, pw, u.AsSpan(40, 8), []);
                return UnwrapKey(intermediate, ue);
            }

            if (Hash256(r, pw, o.AsSpan(32, 8), u48).AsSpan().SequenceEqual(o.AsSpan(0, 32)))
            {
                var intermediate = Hash256(r, pw, o.AsSpan(40, 8), u48);
                return UnwrapKey(intermediate, oe);
            }
        }

        return null;
    }

    private static byte[]? UnwrapKey(byte[] intermediate, byte[] wrapped)
    {
        if (wrapped.Length < 32)
        {
            return null;
        }

        using var aes = Aes.Create();
        aes.Key = intermediate;
        return aes.DecryptCbc(wrapped.AsSpan(0, 32), new byte[16], PaddingMode.None);
    }

    // Algorithm 2.A (R5: one SHA-256) and 2.B (R6: the iterated SHA-256/384/512 with AES-128).
    private static byte[] Hash256(int r, byte[] password, ReadOnlySpan<byte> salt, byte[] userData)
    {
        var k = SHA256.HashData([.. password, .. salt, .. userData]);
        if (r < 6)
        {
            return k;
        }

        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            var block = new byte[password.Length + k.Length + userData.Length];
            password.CopyTo(block, 0);
            k.CopyTo(block, password.Length);
            userData.CopyTo(block, password.Length + k.Length);
            var k1 = new byte[block.Length * 64];
            for (var i = 0; i < 64; i++)
            {
                block.CopyTo(k1, i * block.Length);
            }

            aes.Key = k.AsSpan(0, 16).ToArray();
            var e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);
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
            if (round >= 63 && e[^1] <= round - 31)
            {
                break;
            }
        }

        return k.AsSpan(0, 32).ToArray();
    }

    public byte[] DecryptString(byte[] data, int objectNumber, int generation) => Decrypt(data, objectNumber, generation, stringCipher);

    public byte[] DecryptStream(ReadOnlySpan<byte> data, int objectNumber, int generation) => Decrypt(data, objectNumber, generation, streamCipher);

    private byte[] Decrypt(ReadOnlySpan<byte> data, int objectNumber, int generation, CipherKind kind)
    {
        if (kind == CipherKind.Identity)
        {
            return data.ToArray();
        }

        byte[] key;
        if (kind == CipherKind.Aes256 || revision >= 5)
        {
            key = fileKey;
        }
        else
        {
            var input = new List<byte>(fileKey.Length + 9);
            input.AddRange(fileKey);
            input.AddRange([(byte)objectNumber, (byte)(objectNumber >> 8), (byte)(objectNumber >> 16), (byte)generation, (byte)(generation >> 8)]);
            if (kind == CipherKind.Aes128)
            {
                input.AddRange("sAlT"u8.ToArray());
            }

#pragma warning disable CA5351
            var hash = MD5.HashData(input.ToArray());
#pragma warning restore CA5351
            key = hash.AsSpan(0, Math.Min(fileKey.Length + 5, 16)).ToArray();
        }

        if (kind == CipherKind.Rc4)
        {
            return Rc4.Transform(key, data);
        }

        // AES-CBC: the first 16 bytes are the IV; tolerate bad padding and ragged lengths.
        if (data.Length < 32)
        {
            return [];
        }

        using var aes = Aes.Create();
        aes.Key = key;
        var body = data[16..];
        body = body[..(body.Length & ~15)];
        var plain = aes.DecryptCbc(body, data[..16], PaddingMode.None);
        var pad = plain.Length > 0 ? plain[^1] : 0;
        return pad is >= 1 and <= 16 && pad <= plain.Length ? plain.AsSpan(0, plain.Length - pad).ToArray() : plain;
    }
}
