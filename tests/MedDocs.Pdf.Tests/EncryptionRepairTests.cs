using System.Text;

namespace MedDocs.Pdf.Tests;

/// <summary>
/// Encrypted files whose cross-reference data must be rebuilt: the trailer's /Encrypt and /ID have to survive the
/// repair, and object streams have to be decrypted after it. Files are made in the test (TestPdfEncryptor) and
/// taken from the qpdf fixtures with their startxref broken.
/// </summary>
public class EncryptionRepairTests
{
    private const string Phrase = "Ceftriaxone 2 g intravenously";

    [Theory]
    [InlineData(TestEncryption.Rc4, false)]
    [InlineData(TestEncryption.Aes128, false)]
    [InlineData(TestEncryption.Aes256, false)]
    [InlineData(TestEncryption.Rc4, true)]
    [InlineData(TestEncryption.Aes128, true)]
    [InlineData(TestEncryption.Aes256, true)]
    public void Generated_encrypted_files_open_intact(TestEncryption encryption, bool objectStreams)
    {
        using var pdf = PdfFile.Open(TestPdfEncryptor.SinglePage(encryption, Phrase, objectStreams));
        Assert.True(pdf.Metadata.Encrypted);
        Assert.False(pdf.Metadata.Repaired);
        Assert.Equal(Phrase, pdf.GetPage(1).Text);
    }

    [Theory]
    [InlineData(TestEncryption.Rc4, false)]
    [InlineData(TestEncryption.Aes128, false)]
    [InlineData(TestEncryption.Aes256, false)]
    [InlineData(TestEncryption.Rc4, true)]
    [InlineData(TestEncryption.Aes128, true)]
    [InlineData(TestEncryption.Aes256, true)]
    public void Generated_encrypted_files_with_a_broken_startxref_are_repaired_and_decrypted(TestEncryption encryption, bool objectStreams)
    {
        using var pdf = PdfFile.Open(TestPdfEncryptor.SinglePage(encryption, Phrase, objectStreams, breakStartXref: true));
        Assert.True(pdf.Metadata.Repaired);
        Assert.True(pdf.Metadata.Encrypted);
        Assert.Equal(1, pdf.PageCount);
        Assert.Equal(Phrase, pdf.GetPage(1).Text);
    }

    [Theory]
    [InlineData("enc-rc4-40.pdf")]
    [InlineData("enc-rc4-128.pdf")]
    [InlineData("enc-aes-128.pdf")]
    [InlineData("enc-aes-256.pdf")]
    [InlineData("enc-aes-256-r5.pdf")]
    public void Qpdf_encrypted_files_with_a_broken_startxref_keep_their_text(string name)
    {
        var broken = BreakStartXref(Fixtures.Bytes(name));
        using var pdf = PdfFile.Open(broken);
        Assert.True(pdf.Metadata.Repaired);
        Assert.True(pdf.Metadata.Encrypted);
        using var intact = PdfFile.Open(Fixtures.Bytes(name));
        Assert.Equal(intact.PageCount, pdf.PageCount);
        Assert.Equal(Fixtures.AllText(intact), Fixtures.AllText(pdf));
    }

    [Fact]
    public void Encrypt_kept_when_only_an_older_trailer_has_it()
    {
        // An incremental update whose trailer lost /Encrypt and /ID: the older trailer still names them.
        var original = TestPdfEncryptor.SinglePage(TestEncryption.Aes128, Phrase);
        var text = Encoding.Latin1.GetString(original);
        var update = "\ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n999999\n%%EOF\n";
        using var pdf = PdfFile.Open(Encoding.Latin1.GetBytes(text + update));
        Assert.True(pdf.Metadata.Repaired);
        Assert.Equal(Phrase, pdf.GetPage(1).Text);
    }

    [Fact]
    public void Lost_trailer_with_an_identifier_based_key_is_a_clear_error()
    {
        // Every trailer is gone, so the /ID that RC4 and AES-128 keys derive from is lost: say so, not "password".
        var original = Encoding.Latin1.GetString(TestPdfEncryptor.SinglePage(TestEncryption.Aes128, Phrase));
        var cut = original[..original.LastIndexOf("trailer", StringComparison.Ordinal)];
        var ex = Assert.Throws<PdfException>(() => PdfFile.Open(Encoding.Latin1.GetBytes(cut)));
        Assert.IsNotType<PdfPasswordException>(ex);
        Assert.Contains("identifier", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lost_trailer_of_an_aes256_file_still_decrypts()
    {
        // AES-256 keys do not depend on /ID: the encryption dictionary is found by scanning.
        var original = Encoding.Latin1.GetString(TestPdfEncryptor.SinglePage(TestEncryption.Aes256, Phrase));
        var cut = original[..original.LastIndexOf("trailer", StringComparison.Ordinal)];
        using var pdf = PdfFile.Open(Encoding.Latin1.GetBytes(cut));
        Assert.True(pdf.Metadata.Encrypted);
        Assert.Equal(Phrase, pdf.GetPage(1).Text);
    }

    internal static byte[] BreakStartXref(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text[..at] + "startxref\n123\n%%EOF\n");
    }
}
