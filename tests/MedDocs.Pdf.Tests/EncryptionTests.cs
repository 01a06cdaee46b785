namespace MedDocs.Pdf.Tests;

public class EncryptionTests
{
    [Theory]
    [InlineData("enc-rc4-40.pdf")]
    [InlineData("enc-rc4-128.pdf")]
    [InlineData("enc-aes-128.pdf")]
    [InlineData("enc-aes-256.pdf")]
    [InlineData("enc-aes-256-r5.pdf")]
    public void Empty_user_password_files_open_and_decrypt(string name)
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf(name));
        Assert.True(pdf.Metadata.Encrypted);
        var text = Fixtures.AllText(pdf);
        Assert.True(WordF1.Score(text, Fixtures.Reference(name)) >= 0.95);
        Assert.NotNull(pdf.Metadata.Producer); // /Info strings are encrypted too
    }

    [Theory]
    [InlineData("enc-userpw-aes-256.pdf")]
    [InlineData("enc-userpw-rc4-128.pdf")]
    public void User_password_is_required(string name)
    {
        var ex = Assert.Throws<PdfPasswordException>(() => PdfFile.Open(Fixtures.PathOf(name)));
        Assert.Contains("password-protected", ex.Message, StringComparison.Ordinal);
        Assert.Throws<PdfPasswordException>(() => PdfFile.Open(Fixtures.PathOf(name), new PdfOpenOptions { Password = "wrong" }));
    }

    [Theory]
    [InlineData("enc-userpw-aes-256.pdf", "secret")]
    [InlineData("enc-userpw-aes-256.pdf", "owner")]
    [InlineData("enc-userpw-rc4-128.pdf", "secret")]
    [InlineData("enc-userpw-rc4-128.pdf", "owner")]
    public void User_or_owner_password_opens(string name, string password)
    {
        using var pdf = PdfFile.Open(Fixtures.PathOf(name), new PdfOpenOptions { Password = password });
        Assert.Contains("Ceftriaxone 2 g intravenously", Fixtures.AllText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Rc4_matches_the_published_test_vector()
    {
        var cipher = Security.Rc4.Transform("Key"u8, "Plaintext"u8);
        Assert.Equal("BBF316E8D940AF0AD3", Convert.ToHexString(cipher));
    }
}
