using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests.Configuration;

public sealed class SecretSettingTests : IDisposable
{
    private const string LongKey = "sk-proj-synthetic000000000000wxyz";

    private readonly SettingsSandbox sandbox = new();

    public void Dispose() => sandbox.Dispose();

    [Theory]
    [InlineData(null, null)]
    [InlineData("short", "****")]
    [InlineData("elevenchars", "****")]
    [InlineData("twelve-chars", "****hars")]
    [InlineData(LongKey, "****wxyz")]
    public void MaskShowsOnlyThatASecretIsSet(string? secret, string? expected) =>
        Assert.Equal(expected, SecretMask.Mask(secret));

    [Fact]
    public void ApiKeyEntryIsMaskedButTheSettingHoldsTheKey()
    {
        sandbox.Environment["OPENAI_API_KEY"] = LongKey;

        var effective = sandbox.Load();

        Assert.Equal(LongKey, effective.Settings.ApiKey);
        Assert.Equal("****wxyz", effective.Find("ApiKey")!.Value);
        Assert.DoesNotContain(effective.Entries, e => e.Value?.Contains(LongKey[..12], StringComparison.Ordinal) == true);
    }

    [Fact]
    public void CatalogMarksOnlyTheKeyAndThePdfPasswordAsSecret() =>
        Assert.Equal(["ApiKey", "PdfPassword"], SettingsCatalog.Definitions.Where(d => d.IsSecret).Select(d => d.Name).Order());

    [Fact]
    public void PdfPasswordFromTheEnvironmentIsMaskedButTheSettingHoldsIt()
    {
        sandbox.Environment["MEDDOCS_PDF_PASSWORD"] = "secret";

        var effective = sandbox.Load();

        Assert.Equal("secret", effective.Settings.PdfPassword);
        Assert.Equal("****", effective.Find("PdfPassword")!.Value);
    }

    public static TheoryData<string> BadSecretSources => new() { "environment", "dotenv", "config", "parameter" };

    [Theory]
    [MemberData(nameof(BadSecretSources))]
    public void InvalidSecretIsNeverQuotedInTheError(string source)
    {
        const string BadKey = "sk-synthetic secret-with-space-1234";
        switch (source)
        {
            case "environment": sandbox.Environment["OPENAI_API_KEY"] = BadKey; break;
            case "dotenv": sandbox.WriteDotEnv($"OPENAI_API_KEY=\"{BadKey}\"\n"); break;
            case "config": sandbox.WriteDefaultConfig($$"""{"ApiKey":"{{BadKey}}"}"""); break;
            default: sandbox.Parameters["ApiKey"] = BadKey; break;
        }

        var error = sandbox.LoadFails();

        Assert.StartsWith("Invalid setting ApiKey:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not shown: it is secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("synthetic", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretIsAbsentFromErrorsAboutOtherSettings()
    {
        sandbox.Environment["OPENAI_API_KEY"] = LongKey;
        sandbox.Environment["LLM_PROVIDER"] = "openia";

        var error = sandbox.LoadFails();

        Assert.DoesNotContain("wxyz", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("synthetic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretInAMalformedJsonFileIsNotQuoted()
    {
        sandbox.WriteDefaultConfig($$"""{"ApiKey": {{LongKey}}}""");

        var error = sandbox.LoadFails();

        Assert.Contains("is not valid JSON at line 1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("synthetic", error.Message, StringComparison.Ordinal);
    }
}
