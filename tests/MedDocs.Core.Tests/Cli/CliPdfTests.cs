namespace MedDocs.Core.Tests.Cli;

/// <summary>`meddocs text` on real PDFs from the reader's fixture corpus: encrypted and scanned.</summary>
public sealed class CliPdfTests
{
    internal static string Fixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "MedDocs.Pdf.Tests", "Fixtures", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException(name);
    }

    [Fact]
    public async Task PasswordProtectedPdfIsOneClearErrorWithoutThePassword()
    {
        var run = await CliHarness.RunAsync("text", Fixture("enc-userpw-aes-256.pdf"), "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.OutLines);
        var error = Assert.Single(run.ErrLines);
        Assert.Contains("password-protected", error, StringComparison.Ordinal);
        Assert.Contains("--password", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordOpensTheEncryptedPdf()
    {
        var run = await CliHarness.RunAsync("text", Fixture("enc-userpw-aes-256.pdf"), "--password", "secret", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Discharge Summary", Assert.Single(run.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScannedPageIsMarkedScanned()
    {
        var run = await CliHarness.RunAsync("text", Fixture("scanned-jpeg.pdf"), "--per-page", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        using var record = System.Text.Json.JsonDocument.Parse(Assert.Single(run.OutLines));
        Assert.True(record.RootElement.GetProperty("Scanned").GetBoolean());
        Assert.Equal(1, record.RootElement.GetProperty("Page").GetInt32());
    }
}
